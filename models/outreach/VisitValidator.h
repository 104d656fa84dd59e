#pragma once

#include "Household.h"
#include "Visit.h"
#include "common/FieldError.h"

#include <QCoreApplication>

// Checks a visit before it is stored: the day (not in the future, not before the child was born or the household
// registered), at least one visitor of the team and one topic, measurements a child under three can have, a reason
// for a referral and a next visit after this one. Trims what it keeps.
class VisitValidator
{
    Q_DECLARE_TR_FUNCTIONS(VisitValidator)

public:
    // The bounds a measurement must lie within to be taken as typed rather than mistyped (grams, millimetres).
    static constexpr int MinimumWeightGrams = 1000;
    static constexpr int MaximumWeightGrams = 25000;
    static constexpr int MinimumLengthMm = 400;
    static constexpr int MaximumLengthMm = 1200;
    static constexpr int MinimumHeadMm = 300;
    static constexpr int MaximumHeadMm = 560;

    static FieldErrors validate(Visit& visit, const OutreachChild& child, const QStringList& members, QDate today);
};
