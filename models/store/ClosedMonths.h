#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
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
    // The closed months, oldest first.
    QList<Month> months() const;
    // The latest closed month; invalid when none is.
    Month last() const;
    // Where a dated change (a price, a rate, an item chosen for a child) starts unless the user says otherwise: the
    // month after the last closed one, or this month when none is closed. The change itself checks again, so a
    // file whose closed months cannot be read suggests this month too.
    static Month suggestedStart(Database& db);
    // A change to what (a parameter's or an item's name) in force from `from` to `to` (invalid: until a later
    // change) must reach no closed month, whose bills are final. Fails naming the latest closed month it reaches.
    Status requireOpenPeriod(const QString& what, Month from, Month to) const;

private:
    static int key(Month month) { return month.year() * 100 + month.month(); }
    static Month fromKey(int key) { return Month(key / 100, key % 100); }

    QSet<int> m_months;
};
