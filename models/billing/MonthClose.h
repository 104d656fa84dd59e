#pragma once

#include "attendance/AttendanceMonth.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

// Month close (月结): once a month is over and every child's care days are recorded, its attendance and its bills
// become final; a closed month is reopened only by the director, with a written reason kept in the audit trail.
class MonthClose
{
    Q_DECLARE_TR_FUNCTIONS(MonthClose)

public:
    // The care days of the month on which an enrolled child has no record, which a close must have confirmed.
    static Result<QList<AttendanceDay>> unrecordedDays(Database& db, Month month);
    // The note of the absences a close records for days nobody recorded.
    static QString confirmedAbsenceNote();

    // Needs Permission::EditFees. Refuses a month already closed and a month not over yet. While care days are
    // not recorded it refuses and names them, unless acceptMissing: then, with Permission::ConfirmAbsences, each
    // is recorded as an "other" absence with confirmedAbsenceNote(), in the same transaction as the close.
    // Returns how many absences were confirmed.
    static Result<int> close(Database& db, Month month, bool acceptMissing);
    // Needs Permission::ReopenMonth; the reason is required and kept with the month.
    static Status reopen(Database& db, Month month, const QString& reason);
    // How often the month has been reopened: a report of the month made before the last reopening is outdated.
    static Result<int> timesReopened(Database& db, Month month);
};
