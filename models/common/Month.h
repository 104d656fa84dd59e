#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// A calendar month, written YYYY-MM. Bills, claims and reports are per month.
class Month
{
    Q_DECLARE_TR_FUNCTIONS(Month)

public:
    Month() = default;
    Month(int year, int month);
    static Month of(QDate date) { return Month(date.year(), date.month()); }
    // Strict "YYYY-MM" (e.g. 2026-03); a message says what is wrong otherwise.
    static Result<Month> parse(const QString& text);

    bool isValid() const { return m_year > 0; }
    int year() const { return m_year; }
    int month() const { return m_month; }
    QDate firstDay() const { return QDate(m_year, m_month, 1); }
    QDate lastDay() const;
    int daysInMonth() const { return firstDay().daysInMonth(); }
    bool contains(QDate date) const { return date.isValid() && Month::of(date) == *this; }
    Month next() const { return addMonths(1); }
    Month previous() const { return addMonths(-1); }
    Month addMonths(int months) const;
    // Months from this to other (other − this); negative when other is earlier.
    int monthsTo(Month other) const;
    QString toString() const;

    auto operator<=>(const Month&) const = default;

private:
    int m_year = 0;
    int m_month = 0;
};

// A child's age in completed months at a date: 0 until the first monthly birthday. A child born on the 31st
// completes a month on the last day of a shorter month. Returns -1 when the date is before the birth.
int ageInCompletedMonths(QDate birthDate, QDate at);
