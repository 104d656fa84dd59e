#pragma once

#include "MonthBilling.h"

// The bills of closed months, written when the month closes so that what was billed never changes afterwards,
// whatever happens to the policy, the roster or the calendar later. Reopening a month discards them.
class BillStore
{
    Q_DECLARE_TR_FUNCTIONS(BillStore)

public:
    // Inside the close's transaction: the month's row in closed_months exists already.
    static Status freeze(Database& db, const MonthBills& bills);
    static Status discard(Database& db, Month month);
    // The frozen bills of a closed month, by name; only the child's when one is given.
    static Result<MonthBills> load(Database& db, Month month, std::optional<qint64> childId = std::nullopt);
};
