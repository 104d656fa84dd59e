#pragma once

#include "CliContext.h"
#include "subsidy/ChildBasics.h"

#include <optional>

// Opens the database for a user with the permission and finds the child whose ID number was typed for `option`
// (spaces ignored, x as X). On failure prints why and returns the exit code: 3 when the user may not or no child has
// the number, 1 when the database failed.
std::optional<int> openForChild(CliContext& context, Permission permission, const QString& option, const QString& typed,
                                Database*& db, ChildBasics& child);
