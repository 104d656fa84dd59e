#include "CareCalendar.h"

#include <utility>

CareCalendar::CareCalendar(OfficialCalendar official, QMap<QDate, QString> closures)
    : m_official(std::move(official))
    , m_closures(std::move(closures))
{
}

CareCalendar::DayKind CareCalendar::kind(QDate date) const
{
    if (!date.isValid())
        return DayKind::Weekend;
    DayKind statutory = DayKind::CareDay;
    if (m_official.isHoliday(date))
        statutory = DayKind::Holiday;
    else if (m_official.isMakeUpWorkday(date))
        statutory = DayKind::MakeUpWorkday;
    else if (date.dayOfWeek() >= Qt::Saturday)
        statutory = DayKind::Weekend;

    const bool working = statutory == DayKind::CareDay || statutory == DayKind::MakeUpWorkday;
    return working && m_closures.contains(date) ? DayKind::Closure : statutory;
}

bool CareCalendar::isCareDay(QDate date) const
{
    const DayKind dayKind = kind(date);
    return dayKind == DayKind::CareDay || dayKind == DayKind::MakeUpWorkday;
}

QList<QDate> CareCalendar::careDays(Month month) const
{
    QList<QDate> days;
    if (!month.isValid())
        return days;
    for (QDate day = month.firstDay(); day <= month.lastDay(); day = day.addDays(1)) {
        if (isCareDay(day))
            days.append(day);
    }
    return days;
}

int CareCalendar::careDayCount(Month month) const
{
    if (!month.isValid())
        return 0;
    return careDayCount(month.firstDay(), month.lastDay());
}

int CareCalendar::careDayCount(QDate first, QDate last) const
{
    if (!first.isValid() || !last.isValid())
        return 0;
    int count = 0;
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        if (isCareDay(day))
            ++count;
    }
    return count;
}

QString CareCalendar::fallbackNotice(int year) const
{
    if (hasOfficialData(year))
        return {};
    return tr("The official holiday calendar for %1 has not been added, so care days in %1 are counted as Monday to "
              "Friday. Add the year's holidays and make-up working days in Settings once the State Council publishes "
              "them.")
        .arg(year);
}
