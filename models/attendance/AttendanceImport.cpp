#include "AttendanceImport.h"

#include "AttendanceRepository.h"
#include "AttendanceRowReader.h"
#include "CareRoster.h"
#include "access/Access.h"
#include "store/CalendarRepository.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QFileInfo>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The child-days of the records that already have a record, read in one query over the file's dates.
Result<int> countRecorded(Database& db, const QList<AttendanceRecord>& records)
{
    if (records.isEmpty())
        return 0;
    const auto [first, last] = std::minmax_element(records.cbegin(), records.cend(),
                                                   [](const auto& a, const auto& b) { return a.day < b.day; });
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT child_id, CAST(julianday(day) + 0.5 AS INTEGER) FROM attendance WHERE day BETWEEN ? AND ?"_s);
    if (Status s = Sql::exec(query, {Sql::date(first->day), Sql::date(last->day)}); !s)
        return Result<int>::failure(s.error());
    QSet<QPair<qint64, qint64>> recorded;
    while (query.next())
        recorded.insert(qMakePair(query.value(0).toLongLong(), query.value(1).toLongLong()));
    int count = 0;
    for (const AttendanceRecord& r : records)
        count += recorded.contains(qMakePair(r.childId, r.day.toJulianDay())) ? 1 : 0;
    return count;
}

} // namespace

QMap<AttendanceStatus, int> AttendanceImportPlan::statusCounts() const
{
    QMap<AttendanceStatus, int> counts;
    for (const AttendanceRecord& r : records)
        ++counts[r.status];
    return counts;
}

QList<Month> AttendanceImportPlan::months() const
{
    QList<Month> list;
    for (const AttendanceRecord& r : records)
        if (list.isEmpty() || list.last() != Month::of(r.day))
            list.append(Month::of(r.day));
    std::sort(list.begin(), list.end());
    list.erase(std::unique(list.begin(), list.end()), list.end());
    return list;
}

QList<ImportColumn> AttendanceImport::columns()
{
    return {
        {u"date"_s, u"日期"_s, true},
        {u"id_number"_s, u"身份证号"_s, true},
        {u"name"_s, u"姓名"_s, false},
        {u"status"_s, u"状态"_s, true},
        {u"arrival"_s, u"到园"_s, false},
        {u"departure"_s, u"离园"_s, false},
        {u"hours"_s, u"时长"_s, false},
        {u"check"_s, u"晨检"_s, false},
        {u"check_note"_s, u"晨检说明"_s, false},
        {u"temperature"_s, u"体温"_s, false},
        {u"symptom"_s, u"症状"_s, false},
        {u"note"_s, u"备注"_s, false},
    };
}

Result<AttendanceImportPlan> AttendanceImport::preview(Database& db, const QString& path)
{
    const Result<CsvTable> table = CsvReader::read(path);
    if (!table)
        return Result<AttendanceImportPlan>::failure(table.error());
    Result<AttendanceImportPlan> plan = preview(db, table.value());
    if (plan)
        plan.value().source = QFileInfo(path).fileName();
    return plan;
}

Result<AttendanceImportPlan> AttendanceImport::preview(Database& db, const CsvTable& table)
{
    using R = Result<AttendanceImportPlan>;
    if (Status allowed = Access::require(db.actor(), Permission::RecordAttendance); !allowed)
        return R::failure(allowed.error());
    const Result<CareRoster> roster = CareRoster::load(db);
    if (!roster)
        return R::failure(roster.error());
    const Result<CareCalendar> calendar = CalendarRepository(db).load();
    if (!calendar)
        return R::failure(calendar.error());
    const Result<ClosedMonths> closed = ClosedMonths::load(db);
    if (!closed)
        return R::failure(closed.error());

    AttendanceImportPlan plan;
    plan.encoding = table.encoding;
    const ImportTable cells(table, columns());
    plan.report.warnings = cells.headerWarnings();
    plan.report.errors = cells.headerErrors();
    if (!plan.report.ok())
        return plan;
    if (cells.rows().isEmpty()) {
        plan.report.errors.append({{}, {}, tr("The file has a header but no rows."), 1});
        return plan;
    }
    AttendanceRowReader reader(cells, roster.value(), calendar.value(), closed.value(), db.actor());
    plan.records.reserve(cells.rows().size());
    for (const CsvRow& row : cells.rows())
        if (std::optional<AttendanceRecord> record = reader.read(row, plan.report.errors))
            plan.records.append(std::move(*record));
    const Result<int> replaced = countRecorded(db, plan.records);
    if (!replaced)
        return R::failure(replaced.error());
    plan.report.updated = replaced.value();
    plan.report.added = int(plan.records.size()) - replaced.value();
    return plan;
}

Result<ImportReport> AttendanceImport::apply(Database& db, const AttendanceImportPlan& plan)
{
    if (!plan.report.ok())
        return Result<ImportReport>::failure(
            tr("The file has %n problem(s); nothing was imported.", nullptr, int(plan.report.errors.size())));
    const QString source = plan.source.isEmpty() ? tr("an imported file") : plan.source;
    if (Status saved = AttendanceRepository(db).saveImported(plan.records, source); !saved)
        return Result<ImportReport>::failure(saved.error());
    return plan.report;
}
