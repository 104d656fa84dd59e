#pragma once

#include "RosterRecords.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

// Writes and reads classes, children (with guardians and placement history) and staff. Each write is one
// transaction; callers that combine several writes wrap them in Database::transaction.
class RosterRepository
{
    Q_DECLARE_TR_FUNCTIONS(RosterRepository)

public:
    explicit RosterRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> addClass(const ClassRecord& record);
    Result<QList<ClassRecord>> classes() const;
    // Inserts the child, the guardians and the first placement together.
    Result<qint64> addChild(const ChildRecord& child, const Placement& placement);
    Result<qint64> addStaff(const StaffRecord& staff);

    struct Counts
    {
        int classes = 0;
        int children = 0;
        int staff = 0;
    };
    Result<Counts> counts() const;

private:
    Database& m_db;
};
