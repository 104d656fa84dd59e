#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <optional>

// The State Council's yearly holiday arrangement (国务院办公厅关于部分节假日安排的通知): the public holidays and
// the weekend days that are worked instead (调休). One notice per year, published each November for the next year;
// the bundled years ship with the application and users add later years as they are published.
class OfficialCalendar
{
    Q_DECLARE_TR_FUNCTIONS(OfficialCalendar)

public:
    // A holiday period as the notice states it, first and last day included.
    struct DateRange
    {
        QDate first;
        QDate last;
        bool operator==(const DateRange&) const = default;
    };

    // One year's notice.
    struct Arrangement
    {
        QList<DateRange> holidays;
        QList<QDate> workdays;
        QString basis;
    };

    OfficialCalendar() = default;

    // Reads the "daycaredesk.calendar" format of resources/calendar/cn-official.json. A failure names the year
    // and the entry that is wrong.
    static Result<OfficialCalendar> fromJson(const QByteArray& json);
    // The calendar embedded in the application, parsed once.
    static const OfficialCalendar& bundled();

    // The same format as fromJson(), holding only the given years (those without data are skipped), e.g. to store
    // the years a user added.
    QByteArray toJson(const QList<int>& years) const;

    bool hasYear(int year) const { return m_years.contains(year); }
    QList<int> years() const { return m_years.keys(); }
    std::optional<Arrangement> arrangement(int year) const;

    // Adds or replaces one year's notice. Refused, with a message naming the entry, when a date is far outside the
    // year, a range ends before it starts, or a make-up working day is not a weekend day or falls in a holiday.
    Status setYear(int year, const QList<DateRange>& holidays, const QList<QDate>& workdays, const QString& basis);
    // Takes every year of other, replacing the years both have (e.g. user-added years over the bundled ones).
    void merge(const OfficialCalendar& other);

    bool isHoliday(QDate date) const;
    bool isMakeUpWorkday(QDate date) const;

private:
    struct YearData
    {
        Arrangement arrangement;
        QSet<QDate> holidayDays;
        QSet<QDate> workdays;
    };

    static Status validateYear(int year, const QList<DateRange>& holidays, const QList<QDate>& workdays);
    // The notice that decides a date: its own year's if that mentions it, else a neighbour's, because a notice can
    // reach into the adjacent year (the 2012 notice made 2011-12-31 a working day). Null when none mentions it.
    const YearData* noticeMentioning(QDate date) const;

    QMap<int, YearData> m_years;
};
