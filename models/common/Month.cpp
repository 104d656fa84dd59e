#include "Month.h"

#include <QStringView>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// Four-digit years only, so that every valid month has exactly one YYYY-MM spelling.
constexpr int firstYear = 1;
constexpr int lastYear = 9999;

bool isValidYearMonth(int year, int month)
{
    return year >= firstYear && year <= lastYear && month >= 1 && month <= 12;
}

// The leading run of ASCII digits; QChar::isDigit would also let full-width and other scripts' digits through.
QStringView leadingDigits(QStringView text)
{
    const auto end = std::find_if(text.begin(), text.end(), [](QChar c) { return c < u'0' || c > u'9'; });
    return text.left(end - text.begin());
}

} // namespace

Month::Month(int year, int month)
{
    if (isValidYearMonth(year, month)) {
        m_year = year;
        m_month = month;
    }
}

Result<Month> Month::parse(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Result<Month>::failure(tr("Enter a month as YYYY-MM, for example 2026-03."));

    const QStringView yearDigits = leadingDigits(trimmed);
    const QStringView afterYear = QStringView(trimmed).mid(yearDigits.size());
    const QStringView monthDigits = leadingDigits(afterYear.mid(1));
    const auto notAMonth = [&trimmed] {
        return Result<Month>::failure(
            tr("\"%1\" is not a month: write it as YYYY-MM, for example 2026-03.").arg(trimmed));
    };
    if (yearDigits.isEmpty())
        return notAMonth();
    if (!afterYear.startsWith(u'-')) {
        return Result<Month>::failure(
            tr("\"%1\" is not a month: separate the year and the month with \"-\", as in 2026-03.").arg(trimmed));
    }
    if (afterYear.size() != 1 + monthDigits.size())
        return notAMonth();
    if (yearDigits.size() != 4) {
        return Result<Month>::failure(
            tr("\"%1\" is not a month: the year must have four digits, as in 2026-03.").arg(trimmed));
    }
    if (monthDigits.size() != 2) {
        return Result<Month>::failure(
            tr("\"%1\" is not a month: the month must have two digits, as in 2026-03.").arg(trimmed));
    }

    const int year = yearDigits.toInt();
    const int month = monthDigits.toInt();
    if (month < 1 || month > 12) {
        return Result<Month>::failure(tr("\"%1\" is not a month: the month must be from 01 to 12.").arg(trimmed));
    }
    if (year < firstYear)
        return Result<Month>::failure(tr("\"%1\" is not a month: there is no year 0000.").arg(trimmed));
    return Month(year, month);
}

QDate Month::lastDay() const
{
    if (!isValid())
        return {};
    return QDate(m_year, m_month, daysInMonth());
}

// An invalid month stays invalid, and so does one carried outside the four-digit years.
Month Month::addMonths(int months) const
{
    if (!isValid())
        return {};
    const qint64 index = qint64(m_year) * 12 + (m_month - 1) + months;
    if (index < qint64(firstYear) * 12 || index >= qint64(lastYear + 1) * 12)
        return {};
    return Month(int(index / 12), int(index % 12) + 1);
}

int Month::monthsTo(Month other) const
{
    return (other.m_year - m_year) * 12 + (other.m_month - m_month);
}

QString Month::toString() const
{
    if (!isValid())
        return {};
    return u"%1-%2"_s.arg(m_year, 4, 10, QLatin1Char('0')).arg(m_month, 2, 10, QLatin1Char('0'));
}

int ageInCompletedMonths(QDate birthDate, QDate at)
{
    if (!birthDate.isValid() || !at.isValid() || at < birthDate)
        return -1;
    const int months = (at.year() - birthDate.year()) * 12 + (at.month() - birthDate.month());
    // A monthly birthday that does not exist in a short month (the 29th to 31st) falls on its last day.
    const int birthdayThisMonth = std::min(birthDate.day(), at.daysInMonth());
    return at.day() < birthdayThisMonth ? months - 1 : months;
}
