#pragma once

#include "Bill.h"
#include "common/PolicyParameters.h"

#include <QDate>

// A care day of the month on which the child was enrolled, with the class type and care type of that day.
struct BilledDay
{
    QDate day;
    ClassType classType = ClassType::OlderToddler;
    CareType careType = CareType::FullDay;
    bool present = false;
    int hours = 0; // hourly and home care
};

// An item collected with the fees (代收费), billed as it is.
struct OtherCharge
{
    QString name;
    Money amount;
};

// What a child's bill for a month is worked out from.
struct BillFacts
{
    Month month;
    // D: the month's care days (closures excluded); a care-fee line is prorated over these.
    int careDays = 0;
    // The institution's inclusive (普惠) recognition covers the month.
    bool inclusive = false;
    // The child's enrolled care days of the month, in any order.
    QList<BilledDay> days;
    QList<OtherCharge> others;
};

// The fee rules of domain.md §7 for one child and month, with the policy parameters in force in that month:
// care fee per distinct price prorated over the care days, the inclusive reduction prorated the same way, the
// absence refund tier decided by days present against days enrolled, meals per day present, hours for hourly and
// home care, then other items. Each line is rounded half-up to the fen.
class BillCalculator
{
    Q_DECLARE_TR_FUNCTIONS(BillCalculator)

public:
    static Bill compute(const BillFacts& facts, const PolicyParameters& policy);
    // The monthly list price of full-day care in a class type.
    static Money listPrice(ClassType type, const PolicyParameters& policy, Month month);
};
