#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSet>

class Database;

// The months closed for billing (月结): their attendance is final until the month is reopened. Read once for a
// batch of changes, so checking each row is a lookup rather than a query.
class ClosedMonths
{
    Q_DECLARE_TR_FUNCTIONS(ClosedMonths)

public:
    static Result<ClosedMonths> load(Database& db);

    bool isClosed(Month month) const { return m_months.contains(key(month)); }
    // Fails with a message naming the month when it is closed.
    Status requireOpen(Month month) const;

private:
    static int key(Month month) { return month.year() * 100 + month.month(); }

    QSet<int> m_months;
};
