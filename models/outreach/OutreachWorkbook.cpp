#include "OutreachWorkbook.h"

#include "VisitTerms.h"
#include "common/XlsxFile.h"
#include "roster/AgeBands.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

const QStringList countHeader = {u"入户家庭数"_s, u"指导幼儿数"_s, u"0-1岁"_s,    u"1-2岁"_s,     u"2-3岁"_s,
                                 u"3岁及以上"_s,  u"入户次数"_s,   u"转介次数"_s, u"留守幼儿数"_s};

SheetRow countsRow(const QString& lead, const QJsonObject& counts, bool bold = false)
{
    SheetRow row {SheetCell::text(lead, bold)};
    row << SheetCell::integer(counts[u"households"_s].toInteger(), bold)
        << SheetCell::integer(counts[u"children"_s].toInteger(), bold);
    const QJsonObject byAge = counts[u"children_by_age"_s].toObject();
    for (const QString& band : AgeBands::keys())
        row << SheetCell::integer(byAge[band].toInteger(), bold);
    row << SheetCell::integer(counts[u"visits"_s].toInteger(), bold)
        << SheetCell::integer(counts[u"referrals"_s].toInteger(), bold)
        << SheetCell::integer(counts[u"left_behind_children"_s].toInteger(), bold);
    return row;
}

Sheet summarySheet(const QJsonObject& content, Month month, int revision)
{
    const QJsonObject team = content[u"institution"_s].toObject();
    const QJsonObject summary = content[u"summary"_s].toObject();
    QList<SheetRow> rows;
    rows << SheetRow {
        SheetCell::heading(u"%1 %2 农村婴幼儿入户指导月报"_s.arg(team[u"name"_s].toString(), month.toString()))};
    rows << Sheet::textRow({u"统一社会信用代码：%1"_s.arg(team[u"credit_code"_s].toString()),
                            u"县区：%1"_s.arg(team[u"county"_s].toString()),
                            u"乡镇：%1"_s.arg(team[u"township"_s].toString()), u"版次：第%1版"_s.arg(revision)});
    rows << Sheet::textRow(QStringList {u"村"_s} + countHeader, true);
    for (const QJsonValue& value : summary[u"by_village"_s].toArray())
        rows << countsRow(value.toObject()[u"village"_s].toString(), value.toObject());
    rows << countsRow(u"合计"_s, summary, true);
    return Sheet(u"月度汇总"_s, rows, {3, true, true, true});
}

Sheet visitSheet(const QJsonObject& content)
{
    QList<SheetRow> rows {
        SheetRow {SheetCell::heading(u"入户记录"_s)},
        Sheet::textRow({u"序号"_s, u"入户日期"_s, u"村"_s, u"留守"_s, u"公民身份号码"_s, u"出生年月"_s, u"性别"_s,
                        u"月龄"_s, u"指导内容"_s, u"体重(kg)"_s, u"身长/身高(cm)"_s, u"头围(cm)"_s, u"转介"_s,
                        u"转介原因"_s, u"下次入户"_s, u"入户人数"_s},
                       true)};
    int number = 0;
    for (const QJsonValue& value : content[u"visits"_s].toArray()) {
        const QJsonObject v = value.toObject();
        const QJsonObject child = v[u"child"_s].toObject();
        QStringList topics;
        for (const QJsonValue& key : v[u"topics"_s].toArray())
            if (const auto topic = VisitTerms::topicFromKey(key.toString()))
                topics << VisitTerms::topicChineseName(*topic);
        const auto measure = [&v](const QString& key, bool grams) {
            const QJsonValue m = v[key];
            if (m.isNull() || m.isUndefined())
                return SheetCell::text(QString());
            return SheetCell::text(grams ? VisitTerms::kilograms(m.toInt()) : VisitTerms::centimetres(m.toInt()));
        };
        const QString referral = v[u"referral"_s].toString();
        const auto target = VisitTerms::referralFromKey(referral);
        rows << SheetRow {
            SheetCell::integer(++number),
            SheetCell::date(QDate::fromString(v[u"visited_on"_s].toString(), Qt::ISODate)),
            SheetCell::text(v[u"village"_s].toString()),
            SheetCell::text(v[u"left_behind"_s].toBool() ? u"是"_s : u"否"_s),
            SheetCell::text(child[u"id_number"_s].toString()),
            SheetCell::text(child[u"birth_month"_s].toString()),
            SheetCell::text(child[u"gender"_s].toString() == u"male"_s ? u"男"_s : u"女"_s),
            SheetCell::integer(child[u"age_months"_s].toInteger()),
            SheetCell::text(topics.join(u"、"_s)),
            measure(u"weight_g"_s, true),
            measure(u"length_mm"_s, false),
            measure(u"head_mm"_s, false),
            SheetCell::text(referral.isEmpty() || !target ? QString() : VisitTerms::referralChineseName(*target)),
            SheetCell::text(v[u"referral_reason"_s].toString()),
            SheetCell::date(QDate::fromString(v[u"next_visit_on"_s].toString(), Qt::ISODate)),
            SheetCell::integer(v[u"visitors"_s].toInteger())};
    }
    if (number == 0)
        rows << Sheet::textRow({QString(), u"本月无入户记录"_s});
    return Sheet(u"入户记录"_s, rows, {2, true, true, true});
}

} // namespace

Status OutreachWorkbook::write(const QString& path, const QJsonObject& content, Month month, int revision)
{
    return XlsxFile::write(path, {summarySheet(content, month, revision), visitSheet(content)});
}
