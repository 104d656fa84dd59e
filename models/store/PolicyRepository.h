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
    // Needs Permission::EditPolicy. Validates against the parameters in force, then records the value as
    // PolicyParameters::set() places it: an open-ended earlier value ends the month before it starts, and an
    // open-ended new value ends before a later one. Refused when the months it would be in force reach a closed
    // month, whose bills are final.
    Status save(const PolicyValue& value);

private:
    // Writes the rows of one parameter that differ between its history before and after a change.
    Status store(const QList<PolicyValue>& before, const QList<PolicyValue>& after);

    Database& m_db;
};
