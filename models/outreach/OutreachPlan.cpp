#include "OutreachPlan.h"

#include "HouseholdRepository.h"
#include "HouseholdValidator.h"
#include "OutreachTeam.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Each household's latest visit day and the earliest next visit planned on that day (a household's children may be
// seen together and given different next days).
struct LatestVisit
{
    QDate day;
    QDate next;
};

Result<QHash<qint64, LatestVisit>> latestVisits(Database& db)
{
    using R = Result<QHash<qint64, LatestVisit>>;
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT c.household_id, v.visited_on, v.next_visit_on FROM visits v "
                    "JOIN outreach_children c ON c.id = v.child_id ORDER BY c.household_id, v.visited_on"_s))
        return R::failure(Sql::failure(query).error());
    QHash<qint64, LatestVisit> latest;
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const QDate next = QDate::fromString(query.value(2).toString(), Qt::ISODate);
        LatestVisit& l = latest[query.value(0).toLongLong()];
        if (day > l.day)
            l = {day, next};
        else if (day == l.day && next.isValid() && (!l.next.isValid() || next < l.next))
            l.next = next;
    }
    return latest;
}

bool hasChildUnderThree(const Household& household, QDate today)
{
    return std::any_of(household.children.cbegin(), household.children.cend(), [today](const OutreachChild& c) {
        return c.birthDate.addMonths(HouseholdValidator::MaximumAgeMonths) > today;
    });
}

} // namespace

bool OutreachPlan::isLongUnvisited(QDate since, QDate today)
{
    return since.isValid() && since.addMonths(UnvisitedMonths) < today;
}

Result<QHash<qint64, QDate>> OutreachPlan::lastVisits(Database& db)
{
    using R = Result<QHash<qint64, QDate>>;
    if (Status allowed = OutreachTeam::require(db); !allowed)
        return R::failure(allowed.error());
    const Result<QHash<qint64, LatestVisit>> latest = latestVisits(db);
    if (!latest)
        return R::failure(latest.error());
    QHash<qint64, QDate> days;
    for (auto it = latest->cbegin(); it != latest->cend(); ++it)
        days.insert(it.key(), it->day);
    return days;
}

Result<QList<DueHousehold>> OutreachPlan::dueList(Database& db, QDate today)
{
    using R = Result<QList<DueHousehold>>;
    const Result<QList<Household>> households = HouseholdRepository(db).all();
    if (!households)
        return R::failure(households.error());
    const Result<QHash<qint64, LatestVisit>> latest = latestVisits(db);
    if (!latest)
        return R::failure(latest.error());
    QList<DueHousehold> list;
    for (const Household& h : households.value()) {
        if ((h.closedOn.isValid() && h.closedOn <= today) || !hasChildUnderThree(h, today))
            continue;
        DueHousehold d;
        d.household = h;
        const auto seen = latest->constFind(h.id);
        d.lastVisit = seen == latest->constEnd() ? QDate() : seen->day;
        d.nextVisit = seen == latest->constEnd() ? h.registeredOn : seen->next;
        d.due = d.nextVisit.isValid() && d.nextVisit <= today;
        d.daysOverdue = d.due ? int(d.nextVisit.daysTo(today)) : 0;
        d.longUnvisited = isLongUnvisited(d.lastVisit.isValid() ? d.lastVisit : h.registeredOn, today);
        if (d.due || d.longUnvisited)
            list.append(d);
    }
    std::stable_sort(list.begin(), list.end(), [](const DueHousehold& a, const DueHousehold& b) {
        if (a.household.village != b.household.village)
            return a.household.village < b.household.village;
        // A household with no next day planned (flagged only) after those with one.
        if (a.nextVisit.isValid() != b.nextVisit.isValid())
            return a.nextVisit.isValid();
        if (a.nextVisit != b.nextVisit)
            return a.nextVisit < b.nextVisit;
        return a.household.id < b.household.id;
    });
    return list;
}
