#pragma once

#include "AttendanceRecord.h"
#include "common/Result.h"

#include <QList>

class Database;

// Stores daily attendance records; a batch is written in one transaction, replacing a child's earlier record of
// the same day. A sick day opens the child's follow-up (FollowUpRepository) in the same transaction. A batch that
// touches a closed month is refused whole.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(Database& db)
        : m_db(db)
    {
    }

    Status save(const QList<AttendanceRecord>& records);
    // The records from first to last, by day and child. Needs Permission::ViewRoster.
    Result<QList<AttendanceRecord>> records(QDate first, QDate last) const;
    // The sick absences from first to last, each with the class the child was placed in that day.
    Result<QList<SickAbsence>> sickAbsences(QDate first, QDate last) const;

private:
    Database& m_db;
};
