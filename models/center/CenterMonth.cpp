#include "CenterMonth.h"

#include "CenterRegistry.h"
#include "common/Clock.h"
#include "common/EnumNames.h"
#include "common/PolicyKey.h"
#include "reports/ReportFile.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSqlQuery>
#include <algorithm>
#include <functional>
#include <iterator>

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<ReportingStatus>>& statusNames()
{
    static const QList<EnumName<ReportingStatus>> names = {
        {ReportingStatus::Reported, u"reported"_s, u"已报送"_s},
        {ReportingStatus::NotReported, u"not_reported"_s, u"未报送"_s},
        {ReportingStatus::Late, u"late"_s, u"逾期未报"_s},
    };
    return names;
}

// The rows' figures added up by a key of each row.
QList<CenterGroupTotal> groupTotals(const QList<CenterMonthRow>& rows,
                                    const std::function<QString(const CenterMonthRow&)>& keyOf)
{
    QMap<QString, CenterFigures> groups;
    for (const CenterMonthRow& row : rows)
        groups[keyOf(row)].add(row.figures);
    QList<CenterGroupTotal> totals;
    for (auto it = groups.cbegin(); it != groups.cend(); ++it)
        totals.append({it.key(), it.value()});
    return totals;
}

QJsonObject groupsJson(const QList<CenterGroupTotal>& groups)
{
    QJsonObject json;
    for (const CenterGroupTotal& group : groups)
        json.insert(group.key, group.figures.toJson());
    return json;
}

// A sender with nothing in for the month still counts: as one institution when it is one, and as none when it is a
// county center, whose institutions the city learns of only from its roll-up.
CenterMonthRow missingRow(const CenterSender& sender)
{
    CenterMonthRow row {sender.creditCode, sender.name, sender.county, sender.type, QString(),
                        sender.status,     0,           QString(),     {},          QString()};
    const auto type = InstitutionProfile::typeFromKey(sender.type);
    row.figures.institutions = type && InstitutionProfile::isCenterType(*type) ? 0 : 1;
    return row;
}

} // namespace

Result<CenterMonth> CenterMonth::load(Database& db, Month month)
{
    using R = Result<CenterMonth>;
    if (Status allowed = CenterRegistry::requireCenter(db); !allowed)
        return R::failure(allowed.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return R::failure(policy.error());
    CenterMonth m;
    m.month = month;
    m.dueDate = month.lastDay().addDays(policy->valueOr(PolicyKey::ReportDaysAfterMonth, month, 10));
    const ReportingStatus missing = Clock::today() > m.dueDate ? ReportingStatus::Late : ReportingStatus::NotReported;

    const QSqlDatabase connection = db.connection();
    QSqlQuery lines(connection);
    lines.prepare(u"SELECT l.report_id, l.credit_code, l.name, l.county, l.institution_type, l.status, l.revision, "
                  "l.report_sha256, l.figures, l.township FROM center_report_lines l JOIN center_current_reports r "
                  "ON r.id = l.report_id WHERE r.month = :month ORDER BY l.county, l.name, l.id"_s);
    lines.bindValue(u":month"_s, month.toString());
    if (Status s = Sql::exec(lines); !s)
        return R::failure(s.error());
    QHash<qint64, QList<CenterMonthRow>> linesOfReport;
    while (lines.next()) {
        const QJsonObject figures = QJsonDocument::fromJson(lines.value(8).toString().toUtf8()).object();
        linesOfReport[lines.value(0).toLongLong()].append(
            {lines.value(1).toString(), lines.value(2).toString(), lines.value(3).toString(), lines.value(4).toString(),
             QString(), statusFromKey(lines.value(5).toString()).value_or(ReportingStatus::NotReported),
             lines.value(6).toInt(), lines.value(7).toString(), CenterFigures::fromJson(figures),
             lines.value(9).toString()});
    }

    QSqlQuery senders(connection);
    senders.prepare(u"SELECT i.id, i.credit_code, i.name, i.county, i.institution_type, r.id, r.revision, "
                    "r.file_name, r.imported_at, r.format, EXISTS (SELECT 1 FROM center_reports o WHERE "
                    "o.institution_id = i.id AND o.month = :month AND o.revision < r.revision AND o.id > r.id), "
                    "(SELECT min(f.imported_at) FROM center_reports f WHERE f.institution_id = i.id AND "
                    "f.month = :month) FROM center_institutions i LEFT JOIN center_current_reports r "
                    "ON r.institution_id = i.id AND r.month = :month ORDER BY i.county, i.name, i.id"_s);
    senders.bindValue(u":month"_s, month.toString());
    if (Status s = Sql::exec(senders); !s)
        return R::failure(s.error());
    while (senders.next()) {
        CenterSender sender {senders.value(0).toLongLong(),
                             senders.value(1).toString(),
                             senders.value(2).toString(),
                             senders.value(3).toString(),
                             senders.value(4).toString(),
                             missing,
                             0,
                             QString(),
                             {},
                             false,
                             false,
                             false};
        const qint64 report = senders.value(5).toLongLong();
        if (report) {
            sender.status = ReportingStatus::Reported;
            sender.revision = senders.value(6).toInt();
            sender.fileName = senders.value(7).toString();
            sender.importedAt = QDateTime::fromString(senders.value(8).toString(), Qt::ISODate);
            sender.rollUp = senders.value(9).toString() == ReportFile::RollUpFormat;
            sender.olderRevisionArrived = senders.value(10).toBool();
            const QDateTime first = QDateTime::fromString(senders.value(11).toString(), Qt::ISODate);
            sender.arrivedLate = first.toLocalTime().date() > m.dueDate;
        }
        m.senders.append(sender);
        if (!report) {
            m.rows.append(missingRow(sender));
            continue;
        }
        QList<CenterMonthRow> covered = linesOfReport.value(report);
        if (sender.rollUp)
            for (CenterMonthRow& row : covered)
                row.via = sender.name;
        m.rows.append(covered);
    }
    std::stable_sort(m.rows.begin(), m.rows.end(), [](const CenterMonthRow& a, const CenterMonthRow& b) {
        return std::tie(a.county, a.name) < std::tie(b.county, b.name);
    });
    for (const CenterMonthRow& row : std::as_const(m.rows))
        m.total.add(row.figures);
    m.byCounty = groupTotals(m.rows, [](const CenterMonthRow& row) { return row.county; });
    m.byType = groupTotals(m.rows, [](const CenterMonthRow& row) { return row.type; });
    QList<CenterMonthRow> teams;
    std::copy_if(m.rows.cbegin(), m.rows.cend(), std::back_inserter(teams),
                 [](const CenterMonthRow& row) { return !row.township.isEmpty(); });
    m.byTownship
        = groupTotals(teams, [](const CenterMonthRow& row) { return u"%1 %2"_s.arg(row.county, row.township); });
    return m;
}

Result<QList<qint64>> CenterMonth::subsidyClaimed(Database& db, Month first, Month last)
{
    using R = Result<QList<qint64>>;
    if (Status allowed = CenterRegistry::requireCenter(db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery lines(db.connection());
    lines.prepare(u"SELECT r.month, l.figures FROM center_report_lines l JOIN center_current_reports r "
                  "ON r.id = l.report_id WHERE r.month BETWEEN ? AND ?"_s);
    if (Status s = Sql::exec(lines, {first.toString(), last.toString()}); !s)
        return R::failure(s.error());
    QList<qint64> fen(qsizetype(12 * (last.year() - first.year()) + last.month() - first.month() + 1), 0);
    while (lines.next()) {
        const Month month = Month::parse(lines.value(0).toString()).value_or(first);
        const qsizetype index = 12 * (month.year() - first.year()) + month.month() - first.month();
        fen[index]
            += CenterFigures::fromJson(QJsonDocument::fromJson(lines.value(1).toString().toUtf8()).object()).subsidyFen;
    }
    return fen;
}

QJsonObject CenterMonth::toJson() const
{
    QJsonArray senderList;
    for (const CenterSender& s : senders)
        senderList.append(QJsonObject {{u"credit_code"_s, s.creditCode},
                                       {u"name"_s, s.name},
                                       {u"county"_s, s.county},
                                       {u"type"_s, s.type},
                                       {u"status"_s, statusKey(s.status)},
                                       {u"revision"_s, s.revision},
                                       {u"file"_s, s.fileName},
                                       {u"imported_at"_s, s.importedAt.toString(Qt::ISODate)},
                                       {u"roll_up"_s, s.rollUp},
                                       {u"older_revision_arrived"_s, s.olderRevisionArrived},
                                       {u"arrived_late"_s, s.arrivedLate}});
    QJsonArray rowList;
    for (const CenterMonthRow& r : rows)
        rowList.append(QJsonObject {{u"credit_code"_s, r.creditCode},
                                    {u"name"_s, r.name},
                                    {u"county"_s, r.county},
                                    {u"type"_s, r.type},
                                    {u"via"_s, r.via},
                                    {u"status"_s, statusKey(r.status)},
                                    {u"revision"_s, r.revision},
                                    {u"report_sha256"_s, r.reportSha256},
                                    {u"township"_s, r.township},
                                    {u"figures"_s, r.figures.toJson()}});
    return {{u"month"_s, month.toString()},
            {u"due_date"_s, dueDate.toString(Qt::ISODate)},
            {u"senders"_s, senderList},
            {u"institutions"_s, rowList},
            {u"by_county"_s, groupsJson(byCounty)},
            {u"by_type"_s, groupsJson(byType)},
            {u"by_township"_s, groupsJson(byTownship)},
            {u"total"_s, total.toJson()}};
}

QString CenterMonth::statusKey(ReportingStatus status)
{
    return enumKey(statusNames(), status);
}

std::optional<ReportingStatus> CenterMonth::statusFromKey(const QString& key)
{
    return enumFromKey(statusNames(), key);
}

QString CenterMonth::statusChineseName(ReportingStatus status)
{
    return enumChinese(statusNames(), status);
}

QString CenterMonth::statusLabel(ReportingStatus status)
{
    switch (status) {
    case ReportingStatus::Reported:
        return tr("Reported");
    case ReportingStatus::NotReported:
        return tr("Not reported yet");
    case ReportingStatus::Late:
        return tr("Late");
    }
    return {};
}
