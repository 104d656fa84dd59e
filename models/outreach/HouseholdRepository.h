#pragma once

#include "Household.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <optional>

class Database;

// Writes and reads the households a team follows, with their guardians and children. Each write is one transaction
// and needs an outreach team's database and Permission::RecordOutreach (OutreachTeam::require); the household must
// already have passed HouseholdValidator.
class HouseholdRepository
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdRepository)

public:
    explicit HouseholdRepository(Database& db)
        : m_db(db)
    {
    }

    Result<qint64> add(const Household& household);
    // Details, guardians and children. A child left out is removed only when no visit names her.
    Status update(const Household& household);
    Result<Household> load(qint64 householdId) const;
    // Every household, by village then id, each with its guardians and children; three queries in all.
    Result<QList<Household>> all() const;
    Result<OutreachChild> child(qint64 childId) const;
    // The child with this ID number, if any.
    Result<std::optional<qint64>> findChildByIdNumber(const QString& idNumber) const;

private:
    Status writeMembers(qint64 householdId, const Household& household);
    Status requireFreeIdNumbers(const Household& household) const;

    Database& m_db;
};
