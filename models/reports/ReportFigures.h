#pragma once

#include "common/Month.h"
#include "common/Ratio.h"
#include "common/Result.h"

#include <QJsonObject>

class Database;

// The money sections of a monthly report's figures, fees and subsidies, and the form every rate takes in it.
// Children are listed by ID number, so the same database gives the same bytes.
namespace ReportFigures {
// {"numerator": …, "denominator": …}: roll-ups add both and divide at the end, never averaging percentages.
QJsonObject ratio(Ratio ratio);
// The month's bills as frozen at its close, and what was paid for them.
Result<QJsonObject> fees(Database& db, Month month);
// The claim the county has (the latest version sent), else the claim as it would be built now.
Result<QJsonObject> operatingSubsidy(Database& db, Month month);
// The children in care at the month's end whose family may apply for the birth subsidy, and who applied by then.
Result<QJsonObject> birthSubsidy(Database& db, Month month);
} // namespace ReportFigures
