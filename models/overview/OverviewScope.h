#pragma once

#include "common/Result.h"

#include <QSet>

class Database;

// What the overview shows a user: a caregiver her own classes and no money; the others every class, and money as
// their permissions allow.
struct OverviewScope
{
    // Empty: every class.
    QSet<qint64> classIds;
    bool allClasses = true;
    bool fees = false;
    bool claims = false;
    bool reports = false;
    bool staff = false;

    bool covers(qint64 classId) const { return allClasses || classIds.contains(classId); }

    // Needs Permission::ViewRoster.
    static Result<OverviewScope> of(Database& db);
};
