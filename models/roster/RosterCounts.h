#pragma once

#include "common/Result.h"

class Database;

// How many classes, children in care and staff in post an institution has, for `info` and the status bar.
struct RosterCounts
{
    int classes = 0;
    int children = 0;
    int staff = 0;

    static Result<RosterCounts> load(Database& db);
};
