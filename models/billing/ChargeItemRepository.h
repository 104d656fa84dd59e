#pragma once

#include "BillCalculator.h"
#include "common/Money.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <optional>

class Database;

// A price of an item collected on behalf, in force from its month until the next price of the item.
struct ChargePrice
{
    Month validFrom;
    Money amount;

    bool operator==(const ChargePrice&) const = default;
};

// An item collected on behalf (代收费) such as accident insurance or bedding, billed at cost with no margin.
struct ChargeItem
{
    qint64 id = 0;
    QString name;
    bool active = true;
    // Sorted by validFrom.
    QList<ChargePrice> prices;

    // The price in force in month; none before the first price.
    std::optional<ChargePrice> priceIn(Month month) const;
};

// A month a child is billed for an item, at the item's price in that month.
struct ChildCharge
{
    qint64 itemId = 0;
    QString itemName;
    Month month;
    Money amount;
};

// The items collected on behalf with their dated prices, and the months each child is billed for them. Prices
// follow the rule of every dated figure: a change applies from a month and never reaches a closed month. The
// items and prices are the published fee list and readable by everyone; defining them needs
// Permission::EditPolicy, billing a child for them Permission::EditFees.
class ChargeItemRepository
{
    Q_DECLARE_TR_FUNCTIONS(ChargeItemRepository)

public:
    explicit ChargeItemRepository(Database& db)
        : m_db(db)
    {
    }

    // Every item, active ones first, by name.
    Result<QList<ChargeItem>> items() const;
    // Name required and unique, amount not negative, from not closed. Returns the new item's id.
    Result<qint64> add(const QString& name, Money amount, Month from);
    // The item's price from `from` until its next price; refused when those months reach a closed month.
    Status changePrice(qint64 itemId, Money amount, Month from);
    // No longer offered for new months; the months already chosen stay billed until removed.
    Status deactivate(qint64 itemId);

    // Needs Permission::ViewFees. By month, then item name.
    Result<QList<ChildCharge>> childCharges(qint64 childId) const;
    // Bills the child for an active item in each month from `from` to `to`; months already chosen stay as they are.
    // Refused for a closed month and for months before the item's first price.
    Status attach(qint64 childId, qint64 itemId, Month from, Month to);
    // Stops billing the child for the item in each month from `from` to `to`; refused for a closed month.
    Status detach(qint64 childId, qint64 itemId, Month from, Month to);

    // Needs Permission::ViewFees. What each child is billed for in month, by child id, each item at its price in
    // force that month and in the order of the item names.
    Result<QHash<qint64, QList<OtherCharge>>> chargesIn(Month month) const;

private:
    // Refuses a negative amount and a missing month, naming the field.
    static Status checkPrice(Money amount, Month from);
    Result<ChargeItem> item(qint64 itemId) const;
    // The item, after the checks attach and detach share: the right, the range and the closed months.
    Result<ChargeItem> itemForMonths(qint64 itemId, Month from, Month to) const;

    Database& m_db;
};
