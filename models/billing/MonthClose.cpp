#include "MonthClose.h"

#include "BillStore.h"
#include "MonthBilling.h"
#include "access/Access.h"
#include "access/AuditTrail.h"
#include "attendance/AttendanceMonth.h"
#include "attendance/AttendanceRepository.h"
#include "common/Clock.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The gaps named in a refusal; the rest are counted.
constexpr int GapsNamed = 10;

QString gapList(const QList<AttendanceDay>& gaps)
{
    QStringList named;
    for (const AttendanceDay& g : gaps.first(std::min<qsizetype>(gaps.size(), GapsNamed)))
        named << u"%1 %2"_s.arg(g.childName, g.day.toString(Qt::ISODate));
    if (gaps.size() > GapsNamed)
        named << MonthClose::tr("and %n more", nullptr, int(gaps.size() - GapsNamed));
    return named.join(MonthClose::tr(", "));
}

} // namespace

Result<QList<AttendanceDay>> MonthClose::unrecordedDays(Database& db, Month month)
{
    const Result<AttendanceMonthSummary> attendance = AttendanceMonth::compute(db, month);
    if (!attendance)
        return Result<QList<AttendanceDay>>::failure(attendance.error());
    return attendance->gaps;
}

QString MonthClose::confirmedAbsenceNote()
{
    return u"月结时确认缺勤"_s;
}

Result<int> MonthClose::close(Database& db, Month month, bool acceptMissing)
{
    using R = Result<int>;
    if (Status allowed = Access::require(db.actor(), Permission::EditFees); !allowed)
        return R::failure(allowed.error());
    const Result<ClosedMonths> closed = ClosedMonths::load(db);
    if (!closed)
        return R::failure(closed.error());
    if (closed->isClosed(month))
        return R::failure(tr("%1 is already closed.").arg(month.toString()));
    if (month.lastDay() >= Clock::today())
        return R::failure(tr("%1 is not over yet: it can be closed from %2.")
                              .arg(month.toString(), month.lastDay().addDays(1).toString(Qt::ISODate)));
    const Result<QList<AttendanceDay>> unrecorded = unrecordedDays(db, month);
    if (!unrecorded)
        return R::failure(unrecorded.error());
    const QList<AttendanceDay>& gaps = unrecorded.value();
    if (!gaps.isEmpty() && !acceptMissing)
        return R::failure(tr("%1 has %n care day(s) without attendance: %2. Record them, or confirm them as absences.",
                             nullptr, int(gaps.size()))
                              .arg(month.toString(), gapList(gaps)));
    if (!gaps.isEmpty())
        if (Status allowed = Access::require(db.actor(), Permission::ConfirmAbsences); !allowed)
            return R::failure(allowed.error());
    const Status done = db.transaction([&]() -> Status {
        QList<AttendanceRecord> absences;
        for (const AttendanceDay& g : gaps) {
            AttendanceRecord r;
            r.childId = g.childId;
            r.day = g.day;
            r.status = AttendanceStatus::Other;
            r.note = confirmedAbsenceNote();
            absences << r;
        }
        if (!absences.isEmpty())
            if (Status s = AttendanceRepository(db).save(absences); !s)
                return s;
        QSqlQuery query(db.connection());
        query.prepare(u"INSERT INTO closed_months (month, closed_at, closed_by) VALUES (?, ?, ?)"_s);
        if (Status s = Sql::exec(query, {month.toString(), Clock::now().toString(Qt::ISODate), db.actor().name}); !s)
            return s;
        // Worked out after the confirmed absences are in, from the same connection.
        const Result<MonthBills> bills = MonthBilling::compute(db, month);
        if (!bills)
            return Status::failure(bills.error());
        return BillStore::freeze(db, bills.value());
    });
    if (!done)
        return R::failure(done.error());
    return int(gaps.size());
}

Status MonthClose::reopen(Database& db, Month month, const QString& reason)
{
    if (Status allowed = Access::require(db.actor(), Permission::ReopenMonth); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(
            tr("Say why %1 is reopened; the reason is kept in the audit trail.").arg(month.toString()));
    const Result<ClosedMonths> closed = ClosedMonths::load(db);
    if (!closed)
        return Status::failure(closed.error());
    if (!closed->isClosed(month))
        return Status::failure(tr("%1 is not closed.").arg(month.toString()));
    return db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(u"DELETE FROM closed_months WHERE month = ?"_s);
        if (Status s = Sql::exec(query, {month.toString()}); !s)
            return s;
        if (Status s = BillStore::discard(db, month); !s)
            return s;
        QSqlQuery reopening(db.connection());
        reopening.prepare(
            u"INSERT INTO month_reopenings (month, reopened_at, reopened_by, reason) VALUES (?, ?, ?, ?)"_s);
        if (Status s = Sql::exec(
                reopening, {month.toString(), Clock::now().toString(Qt::ISODate), db.actor().name, reason.trimmed()});
            !s)
            return s;
        return AuditTrail::recordAccess(db.connection(), u"reopen"_s, u"closed_months"_s, month.toString(),
                                        reason.trimmed());
    });
}

Result<int> MonthClose::timesReopened(Database& db, Month month)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT count(*) FROM month_reopenings WHERE month = ?"_s);
    if (Status s = Sql::exec(query, {month.toString()}); !s)
        return Result<int>::failure(s.error());
    query.next();
    return query.value(0).toInt();
}
