#pragma once

#include "RosterRecords.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <optional>

class Database;

// A child's whole record as stored, for undo: details, guardians and the placement history.
struct ChildSnapshot
{
    ChildRecord record;
    QList<Placement> placements;
};

// Writes and reads children with their guardians and their placement history (class and care type, each from a
// day to a day). Each write is one transaction and needs Permission::EditRoster; the record must already have
// passed ChildValidator.
class ChildRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChildRepository)

public:
    explicit ChildRepository(Database& db)
        : m_db(db)
    {
    }

    // Adds an enrolled child with her first placement (from the enrolment date), or, without a placement, a child
    // on the waiting list.
    Result<qint64> add(const ChildRecord& child, const std::optional<Placement>& placement);
    Result<ChildRecord> load(qint64 childId) const;
    Result<QList<Placement>> placements(qint64 childId) const;
    // The child with this ID number, if any.
    Result<std::optional<qint64>> findByIdNumber(const QString& idNumber) const;

    // Changes details and guardians; enrolment dates and placements change only through the calls below.
    Status update(const ChildRecord& child);
    // Takes a child from the waiting list into care from placement.from.
    Status enrol(qint64 childId, const Placement& placement);
    // From `from` on (the first day in the new class or care type) until the next recorded change or the end. What
    // is not given stays as it was on that day.
    Status changePlacement(qint64 childId, QDate from, std::optional<qint64> classId, std::optional<CareType> careType);
    // lastDay is the child's last day in care; later placements end there.
    Status withdraw(qint64 childId, QDate lastDay);
    // Removes a child who has no attendance recorded (an entry made by mistake, a waiting-list application
    // withdrawn); a child with attendance has history that bills and claims were made from.
    Status remove(qint64 childId);

    Result<ChildSnapshot> snapshot(qint64 childId) const;
    // Writes the child back exactly as in the snapshot, re-creating her if she was removed.
    Status restore(const ChildSnapshot& snapshot);

private:
    Status writeGuardians(qint64 childId, const QList<Guardian>& guardians);
    Status insertPlacement(qint64 childId, const Placement& placement);
    Status requireEdit() const;
    // Two children never share an ID number; the message names the child who has it.
    Status requireFreeIdNumber(const ChildRecord& child) const;

    Database& m_db;
};
