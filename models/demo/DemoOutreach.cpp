#include "DemoOutreach.h"

#include "DemoData.h"
#include "DemoPeople.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "common/CreditCode.h"
#include "common/Month.h"
#include "institution/InstitutionRepository.h"
#include "outreach/DevelopmentChecklist.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/VisitRepository.h"
#include "outreach/VisitTerms.h"
#include "store/Database.h"

#include <QRandomGenerator>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QStringList villages = {u"店上村"_s, u"马江沟村"_s, u"曲里村"_s, u"王家庄村"_s};
const QStringList memberFullNames = {u"刘红"_s, u"张丽"_s};

InstitutionProfile demoTeam()
{
    // The team is run by the township health centre, whose credit code it reports under.
    const QString first17 = u"12140406MB0195236"_s;
    InstitutionProfile p;
    p.name = u"潞城区店上镇农村婴幼儿照护服务队"_s;
    p.creditCode = first17 + CreditCode::checkCharacter(first17);
    p.county = u"潞城区"_s;
    p.township = u"店上镇"_s;
    p.type = InstitutionType::OutreachTeam;
    p.operatingModel = OperatingModel::Public;
    return p;
}

// Median-like growth of a child under three, by age in days: each month adds what it adds in the WHO standards,
// roughly (weight in grams, length and head circumference in millimetres).
struct GrowthRate
{
    int untilMonths;
    int weight;
    int length;
    int head;
};

const GrowthRate growthRates[] = {
    {3, 900, 35, 20}, {6, 600, 20, 10}, {12, 400, 13, 5}, {24, 200, 9, 2}, {36, 170, 7, 1},
};

Measurements typicalAt(int ageDays, int sizePercent)
{
    double months = ageDays / 30.44;
    double weight = 3300, length = 500, head = 345;
    int from = 0;
    for (const GrowthRate& rate : growthRates) {
        const double span = std::clamp(months - from, 0.0, double(rate.untilMonths - from));
        weight += span * rate.weight;
        length += span * rate.length;
        head += span * rate.head;
        from = rate.untilMonths;
    }
    // A child keeps her own size: a little above or below the median all along.
    return {int(weight * (100 + sizePercent * 2) / 100), int(length * (100 + sizePercent) / 100),
            int(head * (100 + sizePercent) / 100)};
}

struct Referrals
{
    Referral place;
    QString reason;
};

const QList<Referrals> referralReasons = {
    {Referral::TownshipHospital, u"体重增长缓慢，请卫生院儿保医生复查"_s},
    {Referral::TownshipHospital, u"反复咳嗽一周，建议就诊"_s},
    {Referral::MchCentre, u"发育检查有项目未通过，建议到妇幼保健院做发育评估"_s},
};

const QStringList adviceTexts = {
    u"坚持母乳喂养，按时添加辅食，每次只加一种新食物"_s,
    u"每天陪孩子读绘本、说话，多回应孩子的声音"_s,
    u"固定睡前程序，保证夜间睡眠"_s,
    u"收好药品和小物件，灶台和水缸加防护"_s,
    u"按时接种疫苗，下次接种前核对接种本"_s,
    u"照料人也要休息，可请邻居或亲戚帮忙看护"_s,
};

// When a household's last visit was and when the next is planned, so that the due list has a bit of everything.
struct Schedule
{
    QDate lastVisit; // invalid: never visited
    QDate nextVisit;
};

Schedule scheduleOf(int index, QRandomGenerator& rng, QDate today)
{
    if (index == DemoOutreach::householdCount - 1) // registered last week, not yet visited
        return {};
    if (index == DemoOutreach::householdCount - 2) { // not seen for over three months
        const QDate last = today.addDays(-qint64(105 + rng.bounded(10)));
        return {last, last.addDays(30)};
    }
    QDate next;
    if (index % 5 == 0)
        next = today.addDays(-qint64(rng.bounded(6))); // due
    else if (index % 7 == 3)
        next = today.addDays(-qint64(15 + rng.bounded(25))); // overdue
    else
        next = today.addDays(qint64(3 + rng.bounded(23)));
    return {next.addDays(-30), next};
}

class TeamBuilder
{
public:
    TeamBuilder(Database& db, quint32 seed, QDate today)
        : m_db(db)
        , m_rng(seed)
        , m_today(today)
    {
    }

    Status addHousehold(int index, DemoOutreach::Summary& summary)
    {
        const Schedule schedule = scheduleOf(index, m_rng, m_today);
        const QDate firstVisit = schedule.lastVisit.isValid()
            ? std::max(schedule.lastVisit.addDays(-30 * qint64(m_rng.bounded(4))), m_today.addMonths(-4))
            : QDate();
        Household h;
        h.village = villages.at(index % villages.size());
        h.address = h.village + u"%1号"_s.arg(1 + m_rng.bounded(120));
        h.registeredOn = firstVisit.isValid() ? firstVisit.addDays(-qint64(m_rng.bounded(8)))
                                              : m_today.addDays(-qint64(3 + m_rng.bounded(5)));
        const QString surname = m_people.surname(m_rng);
        for (const Guardian& g : m_people.guardians(m_rng, surname).mid(0, 2))
            h.guardians.append({g.name, g.relation, g.phone});
        h.leftBehind = index % 3 == 1;
        if (h.leftBehind) {
            const bool grandmother = m_rng.bounded(3) != 0;
            const QString carer = surname + m_people.adultGivenName(m_rng, grandmother ? Gender::Female : Gender::Male);
            h.carer = (grandmother ? u"祖母 "_s : u"祖父 "_s) + carer;
            h.guardians.prepend({carer, grandmother ? u"祖母"_s : u"祖父"_s, m_people.mobile(m_rng)});
        }
        h.consentBy = h.guardians.first().name;
        h.consentOn = h.registeredOn;
        // The youngest is at least a month old when first seen; one household has an older sibling too.
        const QDate earliest = firstVisit.isValid() ? firstVisit : h.registeredOn;
        // The household with two children has a baby and a toddler, both under three.
        const int ageMonths = index == 2 ? 2 + int(m_rng.bounded(6)) : 1 + int(m_rng.bounded(28));
        addChild(h, surname, earliest.addMonths(-ageMonths).addDays(-qint64(m_rng.bounded(25))), index % 2 == 0);
        if (index == 2)
            addChild(h, surname, earliest.addMonths(-(ageMonths + 20)).addDays(-qint64(m_rng.bounded(25))), true);
        if (index == 6)
            h.children.first().specialNeeds = u"早产（34周），出生体重2.1千克"_s;

        const Result<qint64> id = HouseholdRepository(m_db).add(h);
        if (!id)
            return Status::failure(id.error());
        const Result<Household> stored = HouseholdRepository(m_db).load(id.value());
        if (!stored)
            return Status::failure(stored.error());
        ++summary.households;
        summary.children += int(stored->children.size());
        if (!firstVisit.isValid())
            return {};
        for (QDate day = firstVisit; day <= schedule.lastVisit; day = day.addDays(30)) {
            const bool last = day.addDays(30) > schedule.lastVisit;
            for (const OutreachChild& child : stored->children)
                if (Status s = addVisit(child, day, last ? schedule.nextVisit : day.addDays(30), summary); !s)
                    return s;
        }
        return {};
    }

private:
    void addChild(Household& h, const QString& surname, QDate birth, bool withIdNumber)
    {
        OutreachChild c;
        c.gender = m_rng.bounded(2) ? Gender::Male : Gender::Female;
        c.name = surname + m_people.childGivenName(m_rng, c.gender);
        c.birthDate = std::min(birth, m_today.addMonths(-1));
        if (withIdNumber)
            c.idNumber = m_people.idNumber(m_rng, c.birthDate, c.gender);
        h.children.append(c);
    }

    Status addVisit(const OutreachChild& child, QDate day, QDate next, DemoOutreach::Summary& summary)
    {
        if (day < child.birthDate.addDays(14))
            return {};
        const int ageMonths = ageInCompletedMonths(child.birthDate, day);
        Visit v;
        v.childId = child.id;
        v.visitedOn = day;
        v.visitors = {DemoOutreach::MemberNames.at(int(child.householdId % 2))};
        if (m_rng.bounded(4) == 0)
            v.visitors.append(DemoData::DemoUser);
        for (VisitTopic topic : VisitTerms::allTopics())
            if (m_rng.bounded(100) < 40)
                v.topics.append(topic);
        if (!v.topics.contains(VisitTopic::Development))
            v.topics.append(VisitTopic::Development);
        // The same child keeps her size; each measurement is a little off, as a scale at home is.
        const int size = int(child.id * 7 % 11) - 5;
        const Measurements typical = typicalAt(int(child.birthDate.daysTo(day)), size);
        v.measurements = {typical.weightGrams.value() + int(m_rng.bounded(100)) - 50,
                          typical.lengthMm.value() + int(m_rng.bounded(7)) - 3,
                          typical.headMm.value() + int(m_rng.bounded(5)) - 2};
        bool allSeen = true;
        for (const DevelopmentChecklist::Item& item : DevelopmentChecklist::forAge(ageMonths)) {
            const bool seen = m_rng.bounded(10) != 0;
            v.checklist.insert(item.key, seen);
            allSeen = allSeen && seen;
        }
        v.advice = adviceTexts.at(int(m_rng.bounded(adviceTexts.size())));
        if (m_rng.bounded(100) < 8) {
            const Referrals& r = referralReasons.at(allSeen ? int(m_rng.bounded(2)) : 2);
            v.referral = r.place;
            v.referralReason = r.reason;
            ++summary.referrals;
        }
        v.nextVisitOn = next;
        const Result<qint64> id = VisitRepository(m_db).add(v);
        if (!id)
            return Status::failure(id.error());
        ++summary.visits;
        return {};
    }

    Database& m_db;
    QRandomGenerator m_rng;
    QDate m_today;
    DemoPeople m_people;
};

} // namespace

Result<DemoOutreach::Summary> DemoOutreach::generate(Database& db, quint32 seed)
{
    using R = Result<Summary>;
    InstitutionRepository institutions(db);
    const auto existing = institutions.load();
    if (!existing)
        return R::failure(existing.error());
    if (existing.value() || UserRepository(db).hasUsers())
        return R::failure(tr("This database is not empty; a demo team goes only into a new, empty database."));

    const Actor previous = db.actor();
    db.setActor(Actor::systemActor());
    Summary summary;
    const Status status = db.transaction([&]() -> Status {
        UserRepository users(db);
        if (const Result<qint64> admin = users.createFirstDirector(DemoData::DemoUser, DemoData::DemoPassword, false);
            !admin)
            return Status::failure(admin.error());
        for (qsizetype i = 0; i < MemberNames.size(); ++i)
            if (const Result<qint64> member
                = users.add(MemberNames.at(i), Role::Outreach, MemberPassword, memberFullNames.at(i));
                !member)
                return Status::failure(member.error());
        const Result<FieldErrors> saved = institutions.save(demoTeam());
        if (!saved)
            return Status::failure(saved.error());
        if (!saved.value().isEmpty())
            return Status::failure(saved.value().first().message);
        TeamBuilder builder(db, seed, Clock::today());
        for (int i = 0; i < householdCount; ++i)
            if (Status s = builder.addHousehold(i, summary); !s)
                return s;
        return {};
    });
    db.setActor(previous);
    if (!status)
        return R::failure(status.error());
    return summary;
}
