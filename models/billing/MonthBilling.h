#pragma once

#include "Bill.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>

class Database;

// A child's bill for the month, named for the list and the files.
struct ChildBill
{
    qint64 childId = 0;
    QString name;
    QString idNumber;
    // The class of her last care day in the month: a child who moved classes is listed where she ended it.
    QString className;
    Bill bill;
};

struct MonthBills
{
    Month month;
    int careDays = 0;
    bool inclusive = false;
    // The bills are final: frozen when the month was closed.
    bool closed = false;
    // By name.
    QList<ChildBill> children;

    Money total() const;
};

// Works out every bill of a month from the database: the care days of the calendar, each enrolled child's class
// type, care type and attendance of each day (classes and care types as they were on that day), the policy in
// force in the month, whether the institution's inclusive recognition covers the month and the items collected on
// behalf chosen for each child in the month. A preview: nothing is written.
class MonthBilling
{
    Q_DECLARE_TR_FUNCTIONS(MonthBilling)

public:
    // Needs Permission::ViewFees.
    static Result<MonthBills> compute(Database& db, Month month);
    // The frozen bills of a closed month, or those computed now for an open one. Needs Permission::ViewFees.
    static Result<MonthBills> forMonth(Database& db, Month month);
};
