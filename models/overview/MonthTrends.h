#pragma once

#include "OverviewScope.h"
#include "common/Money.h"
#include "common/Month.h"
#include "common/Ratio.h"
#include "common/Result.h"

#include <QList>
#include <optional>

class Database;

// A month's operating subsidy: what the latest version sent to the county claimed, and what it paid.
struct SubsidyMonth
{
    Money claimed;
    Money received;
};

// One month of the overview's charts.
struct MonthTrend
{
    Month month;
    // 出勤率 of the classes in scope; a month in progress has its rate so far; 0 / 0 for a month without a record.
    Ratio attendance;
    // When the scope shows money: the cash taken in the month, and the subsidy received for the month's claim.
    std::optional<Money> collected;
    std::optional<Money> subsidyReceived;
};

// The months behind the overview's charts.
class MonthTrends
{
public:
    // The `count` months up to and including `last`, oldest first. Needs Permission::ViewRoster.
    static Result<QList<MonthTrend>> load(Database& db, const OverviewScope& scope, Month last, int count = 12);

    // Nothing while no version was sent. Needs Permission::ManageClaims.
    static Result<SubsidyMonth> subsidyOf(Database& db, Month month);
};
