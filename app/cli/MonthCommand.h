#pragma once

#include "CommandParser.h"
#include "access/Permission.h"
#include "common/Month.h"

#include <functional>

class Database;

// The shape of a command about one month (`month bill 2026-11`): MONTH is its one positional argument (the parser
// has its other options already), the database is opened for a user with the permission, then run does the work.
// Returns run's exit code, or that of whatever stopped it first.
int runForMonth(CliContext& context, CommandParser& parser, Permission permission,
                const std::function<int(Database&, Month)>& run);
