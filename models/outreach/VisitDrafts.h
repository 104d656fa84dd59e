#pragma once

#include "Visit.h"
#include "common/Result.h"

#include <QDateTime>
#include <optional>

class Database;

// A visit form being filled in, one per user, written to the database on every change: the laptop may lose power
// mid-visit, and the next start offers the form back. Drafts are not records, so the audit trail leaves them out;
// the visit is audited when it is saved.
struct VisitDraft
{
    Visit visit;
    QDateTime savedAt;
};

namespace VisitDrafts {
// Keeps the acting user's form in progress, replacing her earlier draft.
Status save(Database& db, const Visit& visit);
// The acting user's draft, if one was left.
Result<std::optional<VisitDraft>> load(Database& db);
// The form was saved as a visit, or its user threw it away.
Status discard(Database& db);
} // namespace VisitDrafts
