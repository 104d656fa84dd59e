#pragma once

#include "ClaimLine.h"
#include "common/Month.h"
#include "common/Result.h"
#include "institution/InstitutionProfile.h"

#include <QCoreApplication>
#include <QList>

class Database;

// A month's operating subsidy claim as the rules make it today.
struct ClaimBuild
{
    Month month;
    int careDays = 0;
    bool inclusive = false;
    InstitutionType institutionType = InstitutionType::Independent;
    int inclusivePlaces = 0;
    // Every child with a bill of the month, by name.
    QList<ClaimLine> lines;

    ClaimTotals totals() const { return ClaimTotals::of(lines); }
};

// Works out which children of a month are claimable for the operating subsidy (domain.md §8) and why the others
// are not, from the month's bills (frozen once the month is closed), its attendance day by day, the children's
// birth and enrolment dates, the subsidy parameters in force in the month, the institution profile and the claim
// batches already submitted for earlier months of the year. A preview: nothing is written.
class ClaimBuilder
{
    Q_DECLARE_TR_FUNCTIONS(ClaimBuilder)

public:
    // Needs Permission::ManageClaims.
    static Result<ClaimBuild> build(Database& db, Month month);
};
