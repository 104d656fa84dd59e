#include "Arrears.h"

#include "access/Access.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QMap>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Money ArrearsList::total() const
{
    Money sum;
    for (const ArrearsRow& r : rows)
        sum += r.outstanding();
    return sum;
}

QList<ArrearsSubtotal> ArrearsList::byMonth() const
{
    QList<ArrearsSubtotal> months;
    for (const ArrearsRow& r : rows) {
        if (months.isEmpty() || months.last().label != r.month.toString())
            months << ArrearsSubtotal {r.month.toString(), 0, 0, {}};
        ++months.last().bills;
        months.last().outstanding += r.outstanding();
    }
    return months;
}

QList<ArrearsSubtotal> ArrearsList::byChild() const
{
    // Keyed by name then id, so two children of the same name stay apart and the list comes out by name.
    QMap<std::pair<QString, qint64>, ArrearsSubtotal> children;
    for (const ArrearsRow& r : rows) {
        ArrearsSubtotal& s = children[{r.name, r.childId}];
        s.label = r.name;
        s.childId = r.childId;
        ++s.bills;
        s.outstanding += r.outstanding();
    }
    return children.values();
}

Result<ArrearsList> Arrears::compute(Database& db, std::optional<QDate> asAt)
{
    using R = Result<ArrearsList>;
    if (Status allowed = Access::require(db.actor(), Permission::ViewFees); !allowed)
        return R::failure(allowed.error());
    // Without a day, one past every stored date and month.
    const QString day = asAt ? asAt->toString(Qt::ISODate) : u"9999-12-31"_s;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT b.child_id, c.name, b.month, b.total, "
                  "(SELECT COALESCE(SUM(p.amount), 0) FROM payments p "
                  " WHERE p.child_id = b.child_id AND p.month = b.month AND p.voided = 0 AND p.paid_on <= ?) "
                  "AS paid "
                  "FROM bills b JOIN children c ON c.id = b.child_id "
                  "WHERE b.total > paid AND b.month <= substr(?, 1, 7) ORDER BY b.month, c.name, b.child_id"_s);
    if (Status s = Sql::exec(query, {day, day}); !s)
        return R::failure(s.error());
    ArrearsList list;
    while (query.next())
        list.rows << ArrearsRow {query.value(0).toLongLong(), query.value(1).toString(),
                                 Month::parse(query.value(2).toString()).value_or(Month()),
                                 Money::fromFen(query.value(3).toLongLong()),
                                 Money::fromFen(query.value(4).toLongLong())};
    return list;
}
