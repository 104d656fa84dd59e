#pragma once

#include "RosterRecords.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

// Writes and reads classes with the staff assigned to them. Writes need Permission::EditRoster.
class ClassRepository
{
    Q_DECLARE_TR_FUNCTIONS(ClassRepository)

public:
    explicit ClassRepository(Database& db)
        : m_db(db)
    {
    }

    // Refuses an empty or taken name and a capacity under 1; a capacity over the national maximum is allowed
    // (the Classes page warns about it).
    Result<qint64> add(const ClassRecord& record);
    Status update(const ClassRecord& record);
    // Only a class no child was ever placed in.
    Status remove(qint64 classId);
    Result<ClassRecord> load(qint64 classId) const;
    // Active classes in the order they were made.
    Result<QList<ClassRecord>> classes() const;
    // The active classes whose attendance the actor keeps: a caregiver's own, every class for anyone else.
    Result<QList<ClassRecord>> attendanceClasses() const;
    // The class with this name (exact, after trimming), if any.
    Result<std::optional<ClassRecord>> findByName(const QString& name) const;
    // Writes the class back as it was, re-creating it if it was removed.
    Status restore(const ClassRecord& record);

private:
    Status check(const ClassRecord& record) const;
    Status writeStaff(qint64 classId, const QList<qint64>& staffIds);

    Database& m_db;
};
