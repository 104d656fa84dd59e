#pragma once

#include "Household.h"
#include "common/FieldError.h"

#include <QCoreApplication>

// Checks a household before it is stored, normalising what it accepts (trimmed text, 11-digit phones, upper-case
// check characters). Every problem is reported, each naming its field: "children[1].birth_date".
class HouseholdValidator
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdValidator)

public:
    // A child followed at home is under three when registered; the team's work ends at 36 months.
    static constexpr int MaximumAgeMonths = 36;

    static FieldErrors validate(Household& household, QDate today);
};
