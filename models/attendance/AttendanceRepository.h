#pragma once

#include "AttendanceRecord.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <optional>

class CareRoster;
class Database;

// Stores daily attendance records; a batch is written in one transaction, replacing a child's earlier record of
// the same day. A sick day opens the child's follow-up (FollowUpRepository) in the same transaction. A batch is
// refused whole when it touches a closed month, a child not in care that day, a class the caregiver does not keep,
// or a record that breaks AttendanceValidator's rules.
class AttendanceRepository
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceRepository)

public:
    explicit AttendanceRepository(Database& db)
        : m_db(db)
    {
    }

    Status save(const QList<AttendanceRecord>& records);
    // The same for the records of an imported file (`source`: its name): the trail gets one row per few thousand
    // records, holding each record's values and those it replaced, rather than a row per record.
    Status saveImported(const QList<AttendanceRecord>& records, const QString& source);
    // The records from first to last, by day and child. Needs Permission::ViewRoster.
    Result<QList<AttendanceRecord>> records(QDate first, QDate last) const;
    // The day of the oldest record: when the institution started keeping attendance here. Invalid without any.
    // Needs Permission::ViewRoster.
    Result<QDate> firstRecordedDay() const;
    // The sick absences from first to last, each with the class the child was placed in that day.
    Result<QList<SickAbsence>> sickAbsences(QDate first, QDate last) const;

private:
    Status check(const CareRoster& roster, const AttendanceRecord& record) const;
    // save and saveImported: the checks, then the rows in one transaction; importedFrom chooses the bulk trail.
    Status write(const QList<AttendanceRecord>& records, const std::optional<QString>& importedFrom);

    Database& m_db;
};
