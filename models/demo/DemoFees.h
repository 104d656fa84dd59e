#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QDate>

class Database;
class QRandomGenerator;

// The demo's past months as a finance clerk leaves them: closed, with most bills paid in the first days of the next
// month, some partly and a few not at all, so the Fees page has receipts and arrears to show.
namespace DemoFees {
// Closes every month from `first` up to the one before today's and records the families' payments.
Status settle(Database& db, QRandomGenerator& rng, Month first, QDate today);
} // namespace DemoFees
