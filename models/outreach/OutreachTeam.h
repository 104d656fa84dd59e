#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

// The team's own database and its members: what every outreach operation checks first.
class OutreachTeam
{
    Q_DECLARE_TR_FUNCTIONS(OutreachTeam)

public:
    // The actor may record outreach (Permission::RecordOutreach) and the database is an outreach team's.
    static Status require(Database& db);
    // The user names of the active accounts that may record visits, in name order: who can be a visitor.
    static Result<QStringList> members(Database& db);
};
