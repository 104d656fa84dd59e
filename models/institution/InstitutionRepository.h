#pragma once

#include "InstitutionProfile.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <optional>

class Database;

// Reads and writes the one institution row of a database.
class InstitutionRepository
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionRepository)

public:
    explicit InstitutionRepository(Database& db)
        : m_db(db)
    {
    }

    // The profile, or nullopt while the institution has not been set up yet.
    Result<std::optional<InstitutionProfile>> load() const;
    // The name printed forms carry on top; empty while the institution has not been set up or cannot be read.
    QString printedName() const;
    // Validates, then inserts or replaces the profile; a profile with errors changes nothing.
    Result<FieldErrors> save(InstitutionProfile profile);

private:
    Database& m_db;
};
