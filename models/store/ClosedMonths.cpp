#include "ClosedMonths.h"

#include "Database.h"
#include "Sql.h"
#include "common/Clock.h"

#include <QSqlQuery>
#include <algorithm>
#include <optional>

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

QList<Month> ClosedMonths::months() const
{
    QList<int> keys = m_months.values();
    std::sort(keys.begin(), keys.end());
    QList<Month> months;
    for (const int k : keys)
        months.append(fromKey(k));
    return months;
}

Month ClosedMonths::last() const
{
    return m_months.isEmpty() ? Month() : fromKey(*std::max_element(m_months.cbegin(), m_months.cend()));
}

Month ClosedMonths::suggestedStart(Database& db)
{
    const Result<ClosedMonths> closed = load(db);
    const Month last = closed ? closed->last() : Month();
    return last.isValid() ? last.next() : Month::of(Clock::today());
}

Status ClosedMonths::requireOpenPeriod(const QString& what, Month from, Month to) const
{
    std::optional<int> reached;
    for (const int closed : m_months) {
        if (closed >= key(from) && (!to.isValid() || closed <= key(to)) && (!reached || closed > *reached))
            reached = closed;
    }
    if (!reached)
        return {};
    const Month closed = fromKey(*reached);
    return Status::failure(tr("%1 cannot change from %2: %3 is closed, and the fees of a closed month never change. "
                              "Apply the change from %4 or later, or reopen %3 first.")
                               .arg(what, from.toString(), closed.toString(), closed.next().toString()));
}
