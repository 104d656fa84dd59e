#include "ChargeItemRepository.h"

#include "access/Access.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Enough for a school year and the summer after it; a longer range is more likely a mistyped year.
constexpr int MaxMonthsAtOnce = 24;

// The amount of item i in force in month c.month: months are YYYY-MM, so text order is month order, and the price in
// force is the latest one not after the month. Attaching refuses months before an item's first price.
const QString PriceInForce = u"(SELECT p.amount FROM charge_item_prices p WHERE p.item_id = i.id "
                             "AND p.valid_from <= c.month ORDER BY p.valid_from DESC LIMIT 1)"_s;

} // namespace

std::optional<ChargePrice> ChargeItem::priceIn(Month month) const
{
    std::optional<ChargePrice> found;
    for (const ChargePrice& p : prices) {
        if (p.validFrom <= month)
            found = p;
    }
    return found;
}

Result<QList<ChargeItem>> ChargeItemRepository::items() const
{
    using R = Result<QList<ChargeItem>>;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT i.id, i.name, i.active, p.valid_from, p.amount FROM charge_items i "
                    "LEFT JOIN charge_item_prices p ON p.item_id = i.id "
                    "ORDER BY i.active DESC, i.name, i.id, p.valid_from"_s))
        return R::failure(Sql::failure(query).error());
    QList<ChargeItem> items;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        if (items.isEmpty() || items.last().id != id)
            items.append(ChargeItem {id, query.value(1).toString(), query.value(2).toBool(), {}});
        if (!query.value(3).isNull())
            items.last().prices.append(ChargePrice {Month::parse(query.value(3).toString()).value_or(Month()),
                                                    Money::fromFen(query.value(4).toLongLong())});
    }
    return items;
}

Result<ChargeItem> ChargeItemRepository::item(qint64 itemId) const
{
    const Result<QList<ChargeItem>> all = items();
    if (!all)
        return Result<ChargeItem>::failure(all.error());
    for (const ChargeItem& i : all.value())
        if (i.id == itemId)
            return i;
    return Result<ChargeItem>::failure(tr("The item collected on behalf no longer exists."));
}

Status ChargeItemRepository::checkPrice(Money amount, Month from)
{
    if (amount.fen() < 0)
        return Status::failure(tr("Amount: an item collected on behalf cannot cost less than nothing."));
    if (!from.isValid())
        return Status::failure(tr("From: the month the price applies from is missing."));
    return {};
}

Result<qint64> ChargeItemRepository::add(const QString& name, Money amount, Month from)
{
    using R = Result<qint64>;
    if (Status allowed = Access::require(m_db.actor(), Permission::EditPolicy); !allowed)
        return R::failure(allowed.error());
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return R::failure(tr("Name: enter what is collected, for example 意外保险."));
    if (const Status valid = checkPrice(amount, from); !valid)
        return R::failure(valid.error());
    const Result<QList<ChargeItem>> existing = items();
    if (!existing)
        return R::failure(existing.error());
    if (std::any_of(existing->cbegin(), existing->cend(), [&](const ChargeItem& i) { return i.name == trimmed; }))
        return R::failure(tr("Name: there is already an item named %1.").arg(trimmed));
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    if (!closed)
        return R::failure(closed.error());
    if (const Status open = closed->requireOpenPeriod(trimmed, from, Month()); !open)
        return R::failure(open.error());

    qint64 id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO charge_items (name) VALUES (?)"_s);
        if (Status s = Sql::exec(query, {trimmed}); !s)
            return s;
        id = query.lastInsertId().toLongLong();
        query.prepare(u"INSERT INTO charge_item_prices (item_id, valid_from, amount) VALUES (?, ?, ?)"_s);
        return Sql::exec(query, {id, from.toString(), amount.fen()});
    });
    if (!done)
        return R::failure(done.error());
    return id;
}

Status ChargeItemRepository::changePrice(qint64 itemId, Money amount, Month from)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditPolicy); !allowed)
        return allowed;
    if (const Status valid = checkPrice(amount, from); !valid)
        return valid;
    const Result<ChargeItem> changed = item(itemId);
    if (!changed)
        return Status::failure(changed.error());
    const auto later = std::find_if(changed->prices.cbegin(), changed->prices.cend(),
                                    [&](const ChargePrice& p) { return p.validFrom > from; });
    const Month until = later == changed->prices.cend() ? Month() : later->validFrom.previous();
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    if (!closed)
        return Status::failure(closed.error());
    if (const Status open = closed->requireOpenPeriod(changed->name, from, until); !open)
        return open;
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT OR REPLACE INTO charge_item_prices (item_id, valid_from, amount) VALUES (?, ?, ?)"_s);
        return Sql::exec(query, {itemId, from.toString(), amount.fen()});
    });
}

Status ChargeItemRepository::deactivate(qint64 itemId)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditPolicy); !allowed)
        return allowed;
    if (const Result<ChargeItem> found = item(itemId); !found)
        return Status::failure(found.error());
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE charge_items SET active = 0 WHERE id = ?"_s);
        return Sql::exec(query, {itemId});
    });
}

Result<QList<ChildCharge>> ChargeItemRepository::childCharges(qint64 childId) const
{
    using R = Result<QList<ChildCharge>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewFees); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.item_id, i.name, c.month, %1 FROM child_charges c JOIN charge_items i ON i.id = c.item_id "
                  "WHERE c.child_id = ? ORDER BY c.month, i.name"_s.arg(PriceInForce));
    if (Status s = Sql::exec(query, {childId}); !s)
        return R::failure(s.error());
    QList<ChildCharge> charges;
    while (query.next())
        charges.append(ChildCharge {query.value(0).toLongLong(), query.value(1).toString(),
                                    Month::parse(query.value(2).toString()).value_or(Month()),
                                    Money::fromFen(query.value(3).toLongLong())});
    return charges;
}

Result<ChargeItem> ChargeItemRepository::itemForMonths(qint64 itemId, Month from, Month to) const
{
    using R = Result<ChargeItem>;
    if (Status allowed = Access::require(m_db.actor(), Permission::EditFees); !allowed)
        return R::failure(allowed.error());
    if (!from.isValid())
        return R::failure(tr("From: the first month is missing."));
    if (!to.isValid())
        return R::failure(tr("To: the last month is missing."));
    if (to < from)
        return R::failure(
            tr("To: the last month (%1) is before the first month (%2).").arg(to.toString(), from.toString()));
    if (from.monthsTo(to) >= MaxMonthsAtOnce)
        return R::failure(tr("To: choose at most %1 months at a time (%2 to %3 is %4 months).")
                              .arg(MaxMonthsAtOnce)
                              .arg(from.toString(), to.toString())
                              .arg(from.monthsTo(to) + 1));
    const Result<ChargeItem> chosen = item(itemId);
    if (!chosen)
        return chosen;
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    if (!closed)
        return R::failure(closed.error());
    if (const Status open = closed->requireOpenPeriod(chosen->name, from, to); !open)
        return R::failure(open.error());
    return chosen;
}

Status ChargeItemRepository::attach(qint64 childId, qint64 itemId, Month from, Month to)
{
    const Result<ChargeItem> chosen = itemForMonths(itemId, from, to);
    if (!chosen)
        return Status::failure(chosen.error());
    if (!chosen->active)
        return Status::failure(tr("Item: %1 is no longer offered.").arg(chosen->name));
    if (!chosen->priceIn(from))
        return Status::failure(
            tr("From: %1 has no price before %2.").arg(chosen->name, chosen->prices.value(0).validFrom.toString()));
    const Result<std::optional<qint64>> child
        = Sql::findId(m_db.connection(), u"SELECT id FROM children WHERE id = ?"_s, childId);
    if (!child)
        return Status::failure(child.error());
    if (!child.value())
        return Status::failure(tr("The child no longer exists."));
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT OR IGNORE INTO child_charges (child_id, item_id, month) VALUES (?, ?, ?)"_s);
        for (Month m = from; m <= to; m = m.next())
            if (Status s = Sql::exec(query, {childId, itemId, m.toString()}); !s)
                return s;
        return {};
    });
}

Status ChargeItemRepository::detach(qint64 childId, qint64 itemId, Month from, Month to)
{
    const Result<ChargeItem> chosen = itemForMonths(itemId, from, to);
    if (!chosen)
        return Status::failure(chosen.error());
    return m_db.transaction([&] {
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM child_charges WHERE child_id = ? AND item_id = ? AND month BETWEEN ? AND ?"_s);
        return Sql::exec(query, {childId, itemId, from.toString(), to.toString()});
    });
}

Result<QHash<qint64, QList<OtherCharge>>> ChargeItemRepository::chargesIn(Month month) const
{
    using R = Result<QHash<qint64, QList<OtherCharge>>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewFees); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.child_id, i.name, %1 FROM child_charges c JOIN charge_items i ON i.id = c.item_id "
                  "WHERE c.month = ? ORDER BY i.name"_s.arg(PriceInForce));
    if (Status s = Sql::exec(query, {month.toString()}); !s)
        return R::failure(s.error());
    QHash<qint64, QList<OtherCharge>> charges;
    while (query.next())
        charges[query.value(0).toLongLong()].append(
            OtherCharge {query.value(1).toString(), Money::fromFen(query.value(2).toLongLong())});
    return charges;
}
