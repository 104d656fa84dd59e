#include "OutreachReport.h"

#include "OutreachSummary.h"
#include "OutreachTeam.h"
#include "OutreachWorkbook.h"
#include "VisitTerms.h"
#include "common/Clock.h"
#include "institution/InstitutionRepository.h"
#include "reports/ReportFile.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QJsonValue optionalNumber(const QVariant& value)
{
    return value.isNull() ? QJsonValue() : QJsonValue(value.toInt());
}

// The month's visits as the county sees them, oldest first.
Result<QJsonArray> visitRecords(Database& db, Month month)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT v.visited_on, h.village, h.left_behind, c.id_number, c.birth_date, c.gender, v.topics, "
                  "v.weight_g, v.length_mm, v.head_mm, v.referral, v.referral_reason, v.next_visit_on, "
                  "(SELECT count(*) FROM visit_visitors w WHERE w.visit_id = v.id) FROM visits v "
                  "JOIN outreach_children c ON c.id = v.child_id JOIN households h ON h.id = c.household_id "
                  "WHERE v.visited_on BETWEEN ? AND ? ORDER BY v.visited_on, v.id"_s);
    if (Status s = Sql::exec(query, {Sql::date(month.firstDay()), Sql::date(month.lastDay())}); !s)
        return Result<QJsonArray>::failure(s.error());
    QJsonArray records;
    while (query.next()) {
        const QDate visited = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        const QDate birth = QDate::fromString(query.value(4).toString(), Qt::ISODate);
        QJsonArray topics;
        for (const QString& key : query.value(6).toString().split(u',', Qt::SkipEmptyParts))
            topics.append(key);
        const QString referral = query.value(10).toString();
        const QString next = query.value(12).toString();
        records.append(QJsonObject {
            {u"visited_on"_s, visited.toString(Qt::ISODate)},
            {u"village"_s, query.value(1).toString()},
            {u"left_behind"_s, query.value(2).toBool()},
            {u"child"_s,
             QJsonObject {
                 {u"id_number"_s, query.value(3).isNull() ? QJsonValue() : QJsonValue(query.value(3).toString())},
                 {u"birth_month"_s, birth.toString(u"yyyy-MM"_s)},
                 {u"gender"_s, query.value(5).toString()},
                 {u"age_months"_s, ageInCompletedMonths(birth, visited)}}},
            {u"topics"_s, topics},
            {u"weight_g"_s, optionalNumber(query.value(7))},
            {u"length_mm"_s, optionalNumber(query.value(8))},
            {u"head_mm"_s, optionalNumber(query.value(9))},
            {u"referral"_s, referral.isEmpty() ? QJsonValue() : QJsonValue(referral)},
            {u"referral_reason"_s, referral.isEmpty() ? QJsonValue() : QJsonValue(query.value(11).toString())},
            {u"next_visit_on"_s, next.isEmpty() ? QJsonValue() : QJsonValue(next)},
            {u"visitors"_s, query.value(13).toInt()},
        });
    }
    return records;
}

} // namespace

Result<QJsonObject> OutreachReport::content(Database& db, Month month)
{
    using R = Result<QJsonObject>;
    if (Status allowed = OutreachTeam::require(db); !allowed)
        return R::failure(allowed.error());
    const Result<std::optional<InstitutionProfile>> team = InstitutionRepository(db).load();
    if (!team)
        return R::failure(team.error());
    const Result<OutreachSummary> summary = OutreachSummary::build(db, month);
    if (!summary)
        return R::failure(summary.error());
    const Result<QJsonArray> visits = visitRecords(db, month);
    if (!visits)
        return R::failure(visits.error());
    // The members' own counts stay with the team; the county counts teams and villages.
    QJsonObject counts = summary->toJson();
    counts.remove(u"by_member"_s);
    counts.remove(u"month"_s);
    return QJsonObject {
        {u"institution"_s, team.value()->toJson()},
        {u"summary"_s, counts},
        {u"visits"_s, visits.value()},
    };
}

Result<ExportedReport> OutreachReport::exportMonth(Database& db, Month month, const QString& passphrase,
                                                   const QString& directory)
{
    using R = Result<ExportedReport>;
    if (month > Month::of(Clock::today()))
        return R::failure(tr("%1 has not begun; a month is sent once its visits are made.").arg(month.toString()));
    const Result<QJsonObject> now = content(db, month);
    if (!now)
        return R::failure(now.error());
    return SignedExport::writeMonth(
        db, month, now.value(), {ReportFile::OutreachType, ReportFile::OutreachFormat, ReportFile::OutreachVersion},
        [&](const QString& path, int revision) { return OutreachWorkbook::write(path, now.value(), month, revision); },
        passphrase, directory);
}
