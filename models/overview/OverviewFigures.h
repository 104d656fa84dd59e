#pragma once

#include "OverviewScope.h"
#include "common/Money.h"
#include "common/Month.h"
#include "common/Ratio.h"
#include "common/Result.h"
#include "roster/AgeBands.h"
#include "roster/StaffOverview.h"

#include <QDate>
#include <QList>
#include <array>
#include <optional>

class Database;

// A class's places and the children in care in it on the day.
struct ClassOccupancy
{
    qint64 classId = 0;
    QString name;
    int children = 0;
    int capacity = 0;
};

// The day's figures a director reads first (domain.md §9's rates kept as two integers), over the classes of the
// user's scope. Money is there only when the scope shows it.
struct OverviewFigures
{
    QDate day;
    OverviewScope scope;
    // 托位使用率: children in care on the day over the places of the active classes.
    Ratio placeUse;
    // Present over expected on the day; days without a record yet are counted apart.
    Ratio today;
    int todayNotRecorded = 0;
    // The month's 出勤率 so far: the care days up to the day.
    Ratio monthRate;
    // The month's bills (as they would be now while the month is open), the cash taken in it, and the arrears of
    // closed months.
    std::optional<Money> billed;
    std::optional<Money> collected;
    std::optional<Money> outstanding;
    // The operating subsidy of the year's months: claimed in the latest version sent, and received.
    std::optional<Money> subsidyClaimed;
    std::optional<Money> subsidyReceived;
    // What the county still owes of it.
    std::optional<Money> subsidyOwed() const
    {
        return subsidyClaimed && subsidyReceived ? std::optional(*subsidyClaimed - *subsidyReceived) : std::nullopt;
    }
    // 持证上岗率 against the target.
    std::optional<CertifiedRate> certified;
    // In the order the classes were made.
    QList<ClassOccupancy> classes;
    // Children in care by AgeBands, youngest first.
    std::array<int, AgeBands::Count> ageBands {};

    // Needs Permission::ViewRoster.
    static Result<OverviewFigures> load(Database& db, QDate day);
};
