#pragma once

#include "common/PolicyParameters.h"

class Database;

// The policy parameters in force for this database: the bundled defaults with the institution's own dated changes
// on top.
class PolicyRepository
{
public:
    explicit PolicyRepository(Database& db)
        : m_db(db)
    {
    }

    Result<PolicyParameters> load() const;
    // Validates against the parameters in force, then records the value.
    Status save(const PolicyValue& value);

private:
    Database& m_db;
};
