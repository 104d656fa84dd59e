#include "OutreachSummary.h"

#include "OutreachTeam.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct VisitRow
{
    qint64 id = 0;
    qint64 childId = 0;
    qint64 householdId = 0;
    QString village;
    bool leftBehind = false;
    int ageMonths = 0; // on the day of the visit
    bool referred = false;
};

// Counts each household, child and visit once, however many visits name it.
class Tally
{
public:
    void add(const VisitRow& v)
    {
        ++m_counts.visits;
        if (v.referred)
            ++m_counts.referrals;
        m_households.insert(v.householdId);
        if (m_children.contains(v.childId))
            return;
        // Visits come oldest first, so a child's band is her age at her first visit of the month.
        m_children.insert(v.childId);
        ++m_counts.childrenByAge[AgeBands::of(v.ageMonths)];
        if (v.leftBehind)
            ++m_counts.leftBehindChildren;
    }

    OutreachCounts counts() const
    {
        OutreachCounts c = m_counts;
        c.households = int(m_households.size());
        c.children = int(m_children.size());
        return c;
    }

private:
    OutreachCounts m_counts;
    QSet<qint64> m_households;
    QSet<qint64> m_children;
};

QList<OutreachGroup> groupsOf(const QMap<QString, Tally>& tallies)
{
    QList<OutreachGroup> groups;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it)
        groups.append({it.key(), it.value().counts()});
    return groups;
}

QJsonArray groupsJson(const QList<OutreachGroup>& groups, const QString& keyName)
{
    QJsonArray array;
    for (const OutreachGroup& g : groups) {
        QJsonObject o = g.counts.toJson();
        o.insert(keyName, g.key);
        array.append(o);
    }
    return array;
}

} // namespace

QJsonObject OutreachCounts::toJson() const
{
    QJsonObject byAge;
    for (int band = 0; band < AgeBands::Count; ++band)
        byAge.insert(AgeBands::key(band), childrenByAge.at(band));
    return {
        {u"households"_s, households}, {u"children"_s, children},   {u"children_by_age"_s, byAge},
        {u"visits"_s, visits},         {u"referrals"_s, referrals}, {u"left_behind_children"_s, leftBehindChildren},
    };
}

Result<OutreachSummary> OutreachSummary::build(Database& db, Month month)
{
    using R = Result<OutreachSummary>;
    if (Status allowed = OutreachTeam::require(db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT v.id, v.child_id, c.household_id, h.village, h.left_behind, c.birth_date, v.visited_on, "
                  "v.referral <> '' FROM visits v JOIN outreach_children c ON c.id = v.child_id "
                  "JOIN households h ON h.id = c.household_id WHERE v.visited_on BETWEEN ? AND ? "
                  "ORDER BY v.visited_on, v.id"_s);
    if (Status s = Sql::exec(query, {Sql::date(month.firstDay()), Sql::date(month.lastDay())}); !s)
        return R::failure(s.error());
    QList<VisitRow> rows;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        VisitRow v;
        v.id = query.value(0).toLongLong();
        v.childId = query.value(1).toLongLong();
        v.householdId = query.value(2).toLongLong();
        v.village = query.value(3).toString();
        v.leftBehind = query.value(4).toBool();
        v.ageMonths = ageInCompletedMonths(QDate::fromString(query.value(5).toString(), Qt::ISODate),
                                           QDate::fromString(query.value(6).toString(), Qt::ISODate));
        v.referred = query.value(7).toBool();
        index.insert(v.id, rows.size());
        rows.append(v);
    }
    QSqlQuery visitors(db.connection());
    visitors.prepare(u"SELECT w.visit_id, w.member FROM visit_visitors w JOIN visits v ON v.id = w.visit_id "
                     "WHERE v.visited_on BETWEEN ? AND ? ORDER BY v.visited_on, v.id"_s);
    if (Status s = Sql::exec(visitors, {Sql::date(month.firstDay()), Sql::date(month.lastDay())}); !s)
        return R::failure(s.error());

    OutreachSummary summary;
    summary.month = month;
    Tally total;
    QMap<QString, Tally> byVillage;
    for (const VisitRow& v : std::as_const(rows)) {
        total.add(v);
        byVillage[v.village].add(v);
    }
    QMap<QString, Tally> byMember;
    while (visitors.next())
        if (const auto at = index.constFind(visitors.value(0).toLongLong()); at != index.constEnd())
            byMember[visitors.value(1).toString()].add(rows.at(*at));
    summary.total = total.counts();
    summary.byMember = groupsOf(byMember);
    summary.byVillage = groupsOf(byVillage);
    return summary;
}

QJsonObject OutreachSummary::toJson() const
{
    QJsonObject json = total.toJson();
    json.insert(u"month"_s, month.toString());
    json.insert(u"by_member"_s, groupsJson(byMember, u"member"_s));
    json.insert(u"by_village"_s, groupsJson(byVillage, u"village"_s));
    return json;
}
