#include "CalendarRepository.h"

#include "Database.h"
#include "Sql.h"
#include "access/Access.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// Stored years keep single days; consecutive holiday days are rebuilt into the notice's ranges.
QList<OfficialCalendar::DateRange> rangesOf(QList<QDate> days)
{
    std::sort(days.begin(), days.end());
    QList<OfficialCalendar::DateRange> ranges;
    for (QDate day : days) {
        if (!ranges.isEmpty() && ranges.last().last.addDays(1) == day)
            ranges.last().last = day;
        else
            ranges.append({day, day});
    }
    return ranges;
}

} // namespace

Result<CareCalendar> CalendarRepository::load() const
{
    OfficialCalendar official = OfficialCalendar::bundled();
    QSqlDatabase db = m_db.connection();
    QSqlQuery years(db);
    if (!years.exec(u"SELECT year, basis FROM calendar_years ORDER BY year"_s))
        return Result<CareCalendar>::failure(Sql::failure(years).error());
    QSqlQuery days(db);
    days.prepare(u"SELECT day, kind FROM calendar_days WHERE day BETWEEN ? AND ? ORDER BY day"_s);
    while (years.next()) {
        const int year = years.value(0).toInt();
        // A notice can reach into the neighbouring years, so its days are those stored within a month either side.
        if (Status s = Sql::exec(
                days, {QDate(year - 1, 12, 1).toString(Qt::ISODate), QDate(year + 1, 1, 31).toString(Qt::ISODate)});
            !s)
            return Result<CareCalendar>::failure(s.error());
        QList<QDate> holidays;
        QList<QDate> workdays;
        while (days.next()) {
            const QDate day = QDate::fromString(days.value(0).toString(), Qt::ISODate);
            (days.value(1).toString() == u"holiday"_s ? holidays : workdays).append(day);
        }
        if (Status s = official.setYear(year, rangesOf(holidays), workdays, years.value(1).toString()); !s)
            return Result<CareCalendar>::failure(s.error());
    }

    QMap<QDate, QString> closures;
    QSqlQuery query(db);
    if (!query.exec(u"SELECT day, reason FROM closures"_s))
        return Result<CareCalendar>::failure(Sql::failure(query).error());
    while (query.next())
        closures.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate), query.value(1).toString());
    return CareCalendar(official, closures);
}

Status CalendarRepository::addClosure(QDate day, const QString& reason)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditInstitution); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Please give the reason for closing on %1.").arg(day.toString(Qt::ISODate)));
    const Result<CareCalendar> calendar = load();
    if (!calendar)
        return Status::failure(calendar.error());
    if (!calendar->isCareDay(day))
        return Status::failure(tr("%1 is not a care day (weekend or public holiday), so there is nothing to close.")
                                   .arg(day.toString(Qt::ISODate)));
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT OR REPLACE INTO closures (day, reason) VALUES (?, ?)"_s);
        return Sql::exec(query, {Sql::date(day), reason.trimmed()});
    });
}

Status CalendarRepository::removeClosure(QDate day)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditInstitution); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM closures WHERE day = ?"_s);
        return Sql::exec(query, {Sql::date(day)});
    });
}

Status CalendarRepository::saveYear(int year, const QList<OfficialCalendar::DateRange>& holidays,
                                    const QList<QDate>& workdays, const QString& basis)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditInstitution); !allowed)
        return allowed;
    OfficialCalendar check;
    if (Status valid = check.setYear(year, holidays, workdays, basis); !valid)
        return valid;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM calendar_days WHERE day BETWEEN ? AND ?"_s);
        if (Status s
            = Sql::exec(query, {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate)});
            !s)
            return s;
        query.prepare(u"INSERT OR REPLACE INTO calendar_years (year, basis) VALUES (?, ?)"_s);
        if (Status s = Sql::exec(query, {year, basis}); !s)
            return s;
        query.prepare(u"INSERT OR REPLACE INTO calendar_days (day, kind) VALUES (?, ?)"_s);
        for (const OfficialCalendar::DateRange& range : holidays)
            for (QDate day = range.first; day <= range.last; day = day.addDays(1))
                if (Status s = Sql::exec(query, {Sql::date(day), u"holiday"_s}); !s)
                    return s;
        for (QDate day : workdays)
            if (Status s = Sql::exec(query, {Sql::date(day), u"workday"_s}); !s)
                return s;
        return {};
    });
}
