#pragma once

#include "common/Money.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

// Why a child-month is not claimed, one per rule of domain.md §8, in the order the rules are checked.
enum class ClaimReason
{
    None, // claimable
    NotInclusive, // the inclusive recognition does not cover the month
    TooOld, // 36 months or older on the 1st
    NoIdNumber,
    NotDayCare, // hourly or home care only
    TooFewDays, // attended fewer than the month's care days × the percentage, rounded up
    YearCapReached, // already the yearly number of claimed months
    OverPlaces, // beyond the approved inclusive places
};

// One child of a month's operating subsidy claim (运营补贴申报), claimable or not, with the figures the clerk
// explains it with.
struct ClaimLine
{
    qint64 childId = 0;
    QString name;
    QString idNumber;
    QString className;
    QDate birthDate;
    QDate enrolledOn;
    // Completed months on the 1st of the month.
    int ageMonths = 0;
    // 应出勤天数: the month's care days.
    int careDays = 0;
    // 实际出勤天数: days present in full-day or half-day care.
    int attendedDays = 0;
    // The fewest attended days that qualify.
    int neededDays = 0;
    // Months of the same year before this one in which the child was claimed.
    int claimedMonths = 0;
    // 月保育费标准: the care-fee lines of the bill.
    Money feeStandard;
    // 普惠减免 (negative or zero).
    Money reduction;
    // 实收保育费: care fee, reduction and absence refund.
    Money feeCharged;
    // 补贴标准: per child-month for the institution's type.
    Money rate;
    ClaimReason reason = ClaimReason::None;
    // What the county approved and paid for this child, when it returned a list.
    std::optional<Money> approved;
    std::optional<Money> paid;

    bool claimable() const { return reason == ClaimReason::None; }
    // 补贴金额: the rate when claimable, else nothing.
    Money amount() const { return claimable() ? rate : Money(); }
};

// What a list of claim lines adds up to.
struct ClaimTotals
{
    int children = 0;
    int claimable = 0;
    Money amount;

    static ClaimTotals of(const QList<ClaimLine>& lines);
};

// The reasons' stable keys (stored, written in JSON) and the sentences that explain a line: in Chinese for the
// claim workbook whatever the interface language, and translated for the screen.
class ClaimReasons
{
    Q_DECLARE_TR_FUNCTIONS(ClaimReasons)

public:
    static QString key(ClaimReason reason);
    static std::optional<ClaimReason> fromKey(const QString& key);
    // "出勤10天，未达应出勤21天的半数（需11天）"; empty for a claimable line.
    static QString chinese(const ClaimLine& line);
    // The same, translated; empty for a claimable line.
    static QString describe(const ClaimLine& line);
};
