#pragma once

#include "common/Money.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class Database;

// A closed month's bill that is not paid in full.
struct ArrearsRow
{
    qint64 childId = 0;
    QString name;
    Month month;
    Money billed;
    Money paid;

    Money outstanding() const { return billed - paid; }
    bool partlyPaid() const { return paid.fen() > 0; }
};

// A subtotal of the arrears: of a month, or of a child over all months.
struct ArrearsSubtotal
{
    QString label; // the month "2026-10", or the child's name
    qint64 childId = 0; // for a child's subtotal
    int bills = 0;
    Money outstanding;
};

struct ArrearsList
{
    // By month, then name.
    QList<ArrearsRow> rows;

    Money total() const;
    QList<ArrearsSubtotal> byMonth() const;
    // By name.
    QList<ArrearsSubtotal> byChild() const;
};

// The arrears (欠费): the unpaid and partly paid bills of closed months (only a closed month has final bills).
class Arrears
{
    Q_DECLARE_TR_FUNCTIONS(Arrears)

public:
    // Needs Permission::ViewFees. As things stand now, or as they stood at the end of a day: the bills of the
    // months up to that day's and the payments made by then.
    static Result<ArrearsList> compute(Database& db, std::optional<QDate> asAt = std::nullopt);
};
