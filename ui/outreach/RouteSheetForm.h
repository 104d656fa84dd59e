#pragma once

#include "outreach/OutreachPlan.h"

#include <QCoreApplication>

class QPagedPaintDevice;

// 入户路线单: the due list on A4 landscape for the visitors to take along, one section per village, each household
// with whom to ask for, its address and children, when it was last and next to be seen, and blank columns to sign
// on arrival (到访签字) and to note what happened (备注) by hand.
class RouteSheetForm
{
    Q_DECLARE_TR_FUNCTIONS(RouteSheetForm)

public:
    RouteSheetForm(QList<DueHousehold> due, QString team, QString township, QDate day);

    // Prints on the device; returns the number of pages, 0 when the device could not be painted on.
    int print(QPagedPaintDevice& device) const;
    QString title() const;

private:
    QList<DueHousehold> m_due;
    QString m_team;
    QString m_township;
    QDate m_day;
};
