#pragma once

#include "center/CenterFigures.h"

#include <QCoreApplication>
#include <QVariant>

// The figures a center shows for an institution and for a group of them, in the same columns and the same words on
// the status page's institution table and its totals: places, enrolled, the three rates and the subsidy claimed.
class CenterFigureColumns
{
    Q_DECLARE_TR_FUNCTIONS(CenterFigureColumns)

public:
    enum Column
    {
        Places,
        Enrolled,
        PlaceUse,
        Attendance,
        Certified,
        SubsidyChildMonths,
        Subsidy,
        // From the outreach teams: children seen at home, visits, referrals; then in care plus seen at home.
        ChildrenVisited,
        Visits,
        Referrals,
        ChildrenReached,
        Count
    };

    static QString header(int column);
    // One of the outreach teams' columns, the only ones a township's total has.
    static bool isOutreach(int column);
    // Display text, or with ItemRoles::Raw the whole number (fen for money, permille for a rate).
    static QVariant data(const CenterFigures& figures, int column, int role);
    // The rate's numerator and denominator, for a rate column's tooltip.
    static QString toolTip(const CenterFigures& figures, int column);
};
