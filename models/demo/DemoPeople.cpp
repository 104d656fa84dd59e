#include "DemoPeople.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace {

template<typename T> const T& pick(QRandomGenerator& rng, const QList<T>& list)
{
    return list.at(qsizetype(rng.bounded(quint32(list.size()))));
}

// Changzhi's county-level region codes; the city proper appears most often.
struct Region
{
    QString code;
    QString county;
};

const QList<Region>& regions()
{
    static const QList<Region> list = {
        {u"140403"_s, u"潞州区"_s}, {u"140403"_s, u"潞州区"_s}, {u"140403"_s, u"潞州区"_s}, {u"140404"_s, u"上党区"_s},
        {u"140405"_s, u"屯留区"_s}, {u"140406"_s, u"潞城区"_s}, {u"140423"_s, u"襄垣县"_s}, {u"140425"_s, u"平顺县"_s},
        {u"140426"_s, u"黎城县"_s}, {u"140427"_s, u"壶关县"_s}, {u"140428"_s, u"长子县"_s}, {u"140429"_s, u"武乡县"_s},
        {u"140430"_s, u"沁县"_s},   {u"140431"_s, u"沁源县"_s},
    };
    return list;
}

const QStringList surnames
    = {u"王"_s, u"李"_s, u"张"_s, u"刘"_s, u"陈"_s, u"杨"_s, u"赵"_s, u"郭"_s, u"牛"_s, u"申"_s, u"秦"_s, u"武"_s,
       u"崔"_s, u"常"_s, u"段"_s, u"韩"_s, u"冯"_s, u"贾"_s, u"宋"_s, u"魏"_s, u"程"_s, u"史"_s, u"田"_s, u"曹"_s};
const QStringList boyChars = {u"子"_s, u"浩"_s, u"宇"_s, u"轩"_s, u"睿"_s, u"泽"_s, u"晨"_s, u"阳"_s,
                              u"博"_s, u"俊"_s, u"航"_s, u"铭"_s, u"一"_s, u"诺"_s, u"安"_s, u"皓"_s};
const QStringList girlChars = {u"欣"_s, u"怡"_s, u"梓"_s, u"涵"_s, u"雨"_s, u"萱"_s, u"可"_s, u"馨"_s,
                               u"悦"_s, u"诗"_s, u"琪"_s, u"语"_s, u"桐"_s, u"若"_s, u"汐"_s, u"沐"_s};
const QStringList manChars = {u"建"_s, u"伟"_s, u"强"_s, u"军"_s, u"磊"_s, u"鹏"_s, u"斌"_s, u"涛"_s, u"志"_s, u"刚"_s};
const QStringList womanChars
    = {u"丽"_s, u"娟"_s, u"敏"_s, u"静"_s, u"芳"_s, u"霞"_s, u"燕"_s, u"红"_s, u"艳"_s, u"婷"_s};
const QStringList mobilePrefixes = {u"134"_s, u"135"_s, u"138"_s, u"139"_s, u"150"_s, u"152"_s, u"157"_s,
                                    u"159"_s, u"177"_s, u"183"_s, u"186"_s, u"187"_s, u"189"_s, u"199"_s};

QString givenName(QRandomGenerator& rng, const QStringList& chars, int twoCharPercent)
{
    QString name = pick(rng, chars);
    if (int(rng.bounded(100)) < twoCharPercent)
        name += pick(rng, chars);
    return name;
}

} // namespace

QString DemoPeople::surname(QRandomGenerator& rng) const
{
    return pick(rng, surnames);
}

QString DemoPeople::childGivenName(QRandomGenerator& rng, Gender gender) const
{
    return givenName(rng, gender == Gender::Male ? boyChars : girlChars, 70);
}

QString DemoPeople::adultGivenName(QRandomGenerator& rng, Gender gender) const
{
    return givenName(rng, gender == Gender::Male ? manChars : womanChars, 50);
}

QString DemoPeople::idNumber(QRandomGenerator& rng, QDate birthDate, Gender gender) const
{
    // The sequence's last digit is odd for men and even for women (GB 11643-1999).
    int sequence = int(rng.bounded(1000));
    if ((sequence % 2 == 1) != (gender == Gender::Male))
        sequence = (sequence + 1) % 1000;
    const QString first17 = pick(rng, regions()).code + birthDate.toString(u"yyyyMMdd"_s)
        + u"%1"_s.arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

QString DemoPeople::countyOfRegion(const QString& regionCode) const
{
    for (const Region& r : regions())
        if (r.code == regionCode)
            return r.county;
    return {};
}

QString DemoPeople::mobile(QRandomGenerator& rng) const
{
    return pick(rng, mobilePrefixes) + u"%1"_s.arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
}

QList<Guardian> DemoPeople::guardians(QRandomGenerator& rng, const QString& childSurname) const
{
    Guardian mother {surname(rng) + adultGivenName(rng, Gender::Female), u"母亲"_s, mobile(rng), {}, true, true};
    Guardian father {childSurname + adultGivenName(rng, Gender::Male), u"父亲"_s, mobile(rng), {}, true, false};
    QList<Guardian> list = {mother, father};
    // Grandparents often do the daily pick-up.
    if (rng.bounded(100) < 40)
        list.append({childSurname + adultGivenName(rng, Gender::Male), u"祖父"_s, mobile(rng), {}, true, false});
    return list;
}

QList<Qualification> DemoPeople::qualifications(QRandomGenerator& rng, StaffRole role, bool certified, QDate hiredOn,
                                                QDate today) const
{
    QList<Qualification> list;
    auto number = [&rng](const QString& prefix) -> QString {
        return prefix + u"%1"_s.arg(rng.bounded(100000000), 8, 10, QLatin1Char('0'));
    };
    // The health certificate is renewed yearly; a few fall due soon, so the warnings have something to show.
    const QDate healthIssued = today.addDays(-qint64(rng.bounded(350)));
    list.append({u"health_certificate"_s,
                 {},
                 number(u"JK"_s),
                 u"长治市疾病预防控制中心"_s,
                 healthIssued,
                 healthIssued.addYears(1)});
    list.append({u"no_criminal_record"_s, {}, number(u"WF"_s), u"长治市公安局"_s, hiredOn.addDays(-20), {}});
    if (role == StaffRole::Caregiver && certified) {
        const bool childcareWorker = rng.bounded(100) < 75;
        const QStringList levels = {u"五级/初级工"_s, u"四级/中级工"_s, u"三级/高级工"_s};
        list.append({childcareWorker ? u"childcare_worker"_s : u"infant_carer"_s,
                     pick(rng, levels),
                     number(u"BY"_s),
                     u"山西省人力资源和社会保障厅"_s,
                     hiredOn.addDays(-qint64(rng.bounded(700))),
                     {}});
    }
    if (role == StaffRole::Head)
        list.append({u"childcare_worker"_s,
                     u"二级/技师"_s,
                     number(u"BY"_s),
                     u"山西省人力资源和社会保障厅"_s,
                     hiredOn.addYears(-2),
                     {}});
    if (role == StaffRole::Security)
        list.append({u"security_guard"_s, {}, number(u"BA"_s), u"长治市公安局"_s, hiredOn.addDays(-60), {}});
    return list;
}

QString DemoPeople::symptom(QRandomGenerator& rng) const
{
    static const QStringList symptoms = {u"发热"_s, u"咳嗽"_s, u"腹泻"_s, u"流涕"_s, u"呕吐"_s, u"皮疹"_s};
    return pick(rng, symptoms);
}

QString DemoPeople::allergy(QRandomGenerator& rng) const
{
    static const QStringList allergies = {u"鸡蛋过敏"_s, u"牛奶蛋白过敏"_s, u"花生过敏"_s, u"海鲜过敏"_s};
    return pick(rng, allergies);
}
