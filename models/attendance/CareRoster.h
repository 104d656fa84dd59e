#pragma once

#include "common/Result.h"
#include "roster/RosterTypes.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

class Database;

// The children as attendance needs them for a whole batch, read in two queries: who each is, when she was in
// care and the class she was placed in on each day. Checking a row is then a lookup, not a query.
class CareRoster
{
public:
    struct Child
    {
        qint64 id = 0;
        QString name;
        QString idNumber;
        QDate enrolledOn; // invalid while on the waiting list
        QDate withdrawnOn;

        bool enrolledOnDay(QDate day) const
        {
            return enrolledOn.isValid() && enrolledOn <= day && (!withdrawnOn.isValid() || day <= withdrawnOn);
        }
    };

    static Result<CareRoster> load(Database& db);

    const Child* byIdNumber(const QString& idNumber) const;
    const Child* byId(qint64 childId) const;
    struct Placement
    {
        qint64 classId = 0;
        CareType careType = CareType::FullDay;
        QDate from;
        QDate to; // invalid: still in force
    };

    // The child's placement on the day; nullptr when she was in no class.
    const Placement* placementOn(qint64 childId, QDate day) const;

private:
    QList<Child> m_children;
    QHash<QString, qsizetype> m_byIdNumber;
    QHash<qint64, qsizetype> m_byId;
    QHash<qint64, QList<Placement>> m_placements;
};
