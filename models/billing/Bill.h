#pragma once

#include "common/Money.h"
#include "common/Month.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// One line of a child's monthly bill, with the figures it was worked out from so the clerk can explain it.
struct BillLine
{
    enum class Kind
    {
        CareFee, // 保育费
        InclusiveReduction, // 普惠减免
        AbsenceRefund, // 缺勤退费
        Meals, // 伙食费
        HourlyCare, // 计时托费
        HomeCare, // 上门托费
        OtherItem, // 代收费 such as accident insurance
    };

    Kind kind = Kind::CareFee;
    Money amount; // negative for reductions and refunds
    // The class types and care type of a care-fee line, or the item's name for other items.
    QString subject;
    // The arithmetic, e.g. "1,400.00 × 12/21" or "10% × 628.57".
    QString basis;
};

struct Bill
{
    Month month;
    QList<BillLine> lines;

    // The sum of the lines: each line was rounded to the fen on its own.
    Money total() const;
};

// Names of the line kinds, in Chinese for printed bills and translated for the screen.
class BillLines
{
    Q_DECLARE_TR_FUNCTIONS(BillLines)

public:
    // Every kind, in the order a bill lists them.
    static QList<BillLine::Kind> kinds();
    // The stable key stored in the database and written in JSON: "care_fee".
    static QString key(BillLine::Kind kind);
    static std::optional<BillLine::Kind> fromKey(const QString& key);
    static QString chineseName(BillLine::Kind kind);
    static QString label(BillLine::Kind kind);
};
