#include "ClosedMonths.h"

#include "Database.h"
#include "Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<ClosedMonths> ClosedMonths::load(Database& db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT month FROM closed_months"_s))
        return Result<ClosedMonths>::failure(Sql::failure(query).error());
    ClosedMonths closed;
    while (query.next())
        if (const Result<Month> month = Month::parse(query.value(0).toString()))
            closed.m_months.insert(key(month.value()));
    return closed;
}

Status ClosedMonths::requireOpen(Month month) const
{
    if (!isClosed(month))
        return {};
    return Status::failure(tr("%1 is closed: reopen the month before changing its attendance.").arg(month.toString()));
}
