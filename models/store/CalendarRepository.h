#pragma once

#include "common/CareCalendar.h"

#include <QCoreApplication>

class Database;

// The care calendar of this database: the bundled official years, the years users added as the State Council
// published them, and the institution's own closure days.
class CalendarRepository
{
    Q_DECLARE_TR_FUNCTIONS(CalendarRepository)

public:
    explicit CalendarRepository(Database& db)
        : m_db(db)
    {
    }

    Result<CareCalendar> load() const;
    // Records a closure (e.g. a heating failure) with its reason; refused for a day that is no care day anyway.
    Status addClosure(QDate day, const QString& reason);
    Status removeClosure(QDate day);
    // Records a year's official arrangement, replacing what was recorded for it.
    Status saveYear(int year, const QList<OfficialCalendar::DateRange>& holidays, const QList<QDate>& workdays,
                    const QString& basis);

private:
    Database& m_db;
};
