#pragma once

#include "MonthBilling.h"
#include "common/Result.h"
#include "common/Sheet.h"

#include <QHash>
#include <functional>

class Database;
struct Actor;

// One money column of the bills table: its Chinese header and the amount it shows for a child. The totals row adds
// up the same amounts.
struct BillColumn
{
    QString header;
    std::function<Money(const ChildBill&)> amount;
};

// Writes a month's bills for the finance office (the frozen bills of a closed month, else those as they stand): per
// child the name, ID number (masked unless the actor may see it whole), class, the sum of each kind of line, the
// total due, what was paid and what is outstanding, then a totals row. A .xlsx path gets a workbook with
// the table under a title (sheet 账单) and every bill line (sheet 明细); anything else the table as CSV in UTF-8
// with a byte-order mark.
class BillsExport
{
public:
    // The money columns in file order: one per line kind, then 应收合计, 已收 (paid, by child id) and 欠费.
    static QList<BillColumn> moneyColumns(const QHash<qint64, Money>& paid);
    // The header, one row per child and the 合计 row.
    static QList<SheetRow> billTable(const MonthBills& bills, const QHash<qint64, Money>& paid, const Actor& actor);
    // The header and one row per bill line.
    static QList<SheetRow> lineTable(const MonthBills& bills);
    // Needs Permission::ViewFees.
    static Status write(Database& db, Month month, const QString& path);
};
