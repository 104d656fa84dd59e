#include "BillStore.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Status BillStore::freeze(Database& db, const MonthBills& bills)
{
    QSqlQuery month(db.connection());
    month.prepare(u"UPDATE closed_months SET care_days = ?, inclusive = ? WHERE month = ?"_s);
    if (Status s = Sql::exec(month, {bills.careDays, bills.inclusive ? 1 : 0, bills.month.toString()}); !s)
        return s;
    QSqlQuery bill(db.connection());
    bill.prepare(u"INSERT INTO bills (child_id, month, class_name, total) VALUES (?, ?, ?, ?)"_s);
    QSqlQuery line(db.connection());
    line.prepare(
        u"INSERT INTO bill_lines (bill_id, position, kind, amount, subject, basis) VALUES (?, ?, ?, ?, ?, ?)"_s);
    for (const ChildBill& c : bills.children) {
        if (Status s
            = Sql::exec(bill, {c.childId, bills.month.toString(), Sql::text(c.className), c.bill.total().fen()});
            !s)
            return s;
        const qint64 billId = bill.lastInsertId().toLongLong();
        for (qsizetype i = 0; i < c.bill.lines.size(); ++i) {
            const BillLine& l = c.bill.lines.at(i);
            if (Status s = Sql::exec(
                    line,
                    {billId, int(i), BillLines::key(l.kind), l.amount.fen(), Sql::text(l.subject), Sql::text(l.basis)});
                !s)
                return s;
        }
    }
    return {};
}

Status BillStore::discard(Database& db, Month month)
{
    QSqlQuery query(db.connection());
    query.prepare(u"DELETE FROM bills WHERE month = ?"_s);
    return Sql::exec(query, {month.toString()});
}

Result<MonthBills> BillStore::load(Database& db, Month month, std::optional<qint64> childId)
{
    using R = Result<MonthBills>;
    MonthBills bills;
    bills.month = month;
    bills.closed = true;
    QSqlQuery head(db.connection());
    head.prepare(u"SELECT care_days, inclusive FROM closed_months WHERE month = ?"_s);
    if (Status s = Sql::exec(head, {month.toString()}); !s)
        return R::failure(s.error());
    if (!head.next())
        return R::failure(tr("%1 is not closed, so it has no final bills yet.").arg(month.toString()));
    bills.careDays = head.value(0).toInt();
    bills.inclusive = head.value(1).toBool();

    QSqlQuery query(db.connection());
    query.prepare(u"SELECT b.id, b.child_id, c.name, COALESCE(c.id_number, ''), b.class_name, l.kind, l.amount, "
                  u"l.subject, l.basis "
                  "FROM bills b JOIN children c ON c.id = b.child_id "
                  "LEFT JOIN bill_lines l ON l.bill_id = b.id "
                  "WHERE b.month = ? AND (? IS NULL OR b.child_id = ?) ORDER BY c.name, b.child_id, l.position"_s);
    const QVariant child = childId ? QVariant(*childId) : QVariant();
    if (Status s = Sql::exec(query, {month.toString(), child, child}); !s)
        return R::failure(s.error());
    qint64 current = 0;
    while (query.next()) {
        if (const qint64 billId = query.value(0).toLongLong(); billId != current) {
            current = billId;
            bills.children.append(ChildBill {query.value(1).toLongLong(), query.value(2).toString(),
                                             query.value(3).toString(), query.value(4).toString(), Bill {month, {}}});
        }
        if (query.value(5).isNull())
            continue; // a bill without lines
        const std::optional<BillLine::Kind> kind = BillLines::fromKey(query.value(5).toString());
        if (!kind)
            return R::failure(
                tr("A bill line of %1 has an unknown kind \"%2\".").arg(month.toString(), query.value(5).toString()));
        bills.children.last().bill.lines.append(BillLine {*kind, Money::fromFen(query.value(6).toLongLong()),
                                                          query.value(7).toString(), query.value(8).toString()});
    }
    return bills;
}
