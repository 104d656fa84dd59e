#pragma once

#include "AttendanceRecord.h"
#include "common/Result.h"

#include <QList>

class Database;

// Stores daily attendance records; a batch is written in one transaction, replacing a child's earlier record of
// the same day.
class AttendanceRepository
{
public:
    explicit AttendanceRepository(Database& db)
        : m_db(db)
    {
    }

    Status save(const QList<AttendanceRecord>& records);
    static QString statusKey(AttendanceStatus status);

private:
    Database& m_db;
};
