#pragma once

#include "Month.h"
#include "OfficialCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

// Which days an institution gives care: the statutory working days (Monday to Friday, minus public holidays, plus
// make-up working days) minus the institution's own closures. Fees are prorated and subsidy attendance is judged
// against these days, so every count in billing and claims comes from here.
class CareCalendar
{
    Q_DECLARE_TR_FUNCTIONS(CareCalendar)

public:
    enum class DayKind
    {
        CareDay,
        Weekend,
        Holiday,
        MakeUpWorkday, // a weekend day worked instead of a holiday: a care day
        Closure, // a care day on which the institution is closed
    };

    // closures: the institution's own closure days with their reasons. A closure on a day without care anyway
    // (weekend or holiday) changes nothing.
    explicit CareCalendar(OfficialCalendar official = OfficialCalendar::bundled(), QMap<QDate, QString> closures = {});

    const OfficialCalendar& official() const { return m_official; }
    const QMap<QDate, QString>& closures() const { return m_closures; }

    // An invalid date is no care day and reports Weekend.
    DayKind kind(QDate date) const;
    bool isCareDay(QDate date) const;
    QList<QDate> careDays(Month month) const;
    int careDayCount(Month month) const;
    // Care days from first to last, both included (a partial month); 0 when last is before first.
    int careDayCount(QDate first, QDate last) const;

    // Without the year's notice the calendar counts Monday to Friday, which overcounts by the holidays; the
    // notice tells the user so and asks them to add the year.
    bool hasOfficialData(int year) const { return m_official.hasYear(year); }
    // Empty when the year has official data.
    QString fallbackNotice(int year) const;

private:
    OfficialCalendar m_official;
    QMap<QDate, QString> m_closures;
};
