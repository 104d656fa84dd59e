#pragma once

#include "CliContext.h"
#include "subsidy/ChildBasics.h"

#include <optional>

// Finds the child whose ID number was typed for `option` (spaces ignored, x as X). On failure prints why and
// returns the exit code: 3 when no child has the number, 1 when the database failed.
std::optional<int> findChild(CliContext& context, Database& db, const QString& option, const QString& typed,
                             ChildBasics& child);
