#include "ChildBasics.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString Columns
    = u"id, name, COALESCE(id_number, ''), birth_date, birth_order, enrolled_on, withdrawn_on, insured"_s;

ChildBasics fromRow(const QSqlQuery& query)
{
    ChildBasics c;
    c.id = query.value(0).toLongLong();
    c.name = query.value(1).toString();
    c.idNumber = query.value(2).toString();
    c.birthDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    c.birthOrder = query.value(4).toInt();
    c.enrolledOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
    c.withdrawnOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    c.insuredMark = query.value(7).toBool();
    return c;
}

} // namespace

bool ChildBasics::inCareOn(QDate day) const
{
    return inCareDuring(day, day);
}

bool ChildBasics::inCareDuring(QDate from, QDate to) const
{
    return enrolledOn.isValid() && enrolledOn <= to && (!withdrawnOn.isValid() || withdrawnOn >= from);
}

Result<ChildBasics> ChildBasics::load(Database& db, qint64 childId)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT %1 FROM children WHERE id = ?"_s.arg(Columns));
    if (Status s = Sql::exec(query, {childId}); !s)
        return Result<ChildBasics>::failure(s.error());
    if (!query.next())
        return Result<ChildBasics>::failure(tr("There is no child with the number %1.").arg(childId));
    return fromRow(query);
}

Result<QList<ChildBasics>> ChildBasics::enrolled(Database& db)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT %1 FROM children WHERE enrolled_on IS NOT NULL ORDER BY name, id"_s.arg(Columns));
    if (Status s = Sql::exec(query); !s)
        return Result<QList<ChildBasics>>::failure(s.error());
    QList<ChildBasics> children;
    while (query.next())
        children << fromRow(query);
    return children;
}
