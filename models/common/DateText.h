#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

// Dates and months as people write them in a spreadsheet or a form: ISO, with slashes or dots, in Chinese, or as
// eight digits. Parsing never guesses a day-first or two-digit-year order, so every accepted text has one meaning.
class DateText
{
    Q_DECLARE_TR_FUNCTIONS(DateText)

public:
    // Accepts 2026-03-01, 2026-3-1, 2026/3/1, 2026.3.1, 2026年3月1日 and 20260301, with surrounding spaces and
    // full-width digits. A date that does not exist (2026-02-30) fails with a message that says why.
    static Result<QDate> parse(const QString& text);
    // Accepts 2026-03, 2026-3, 2026/3, 2026.3 and 2026年3月; returns the month as YYYY-MM.
    static Result<QString> parseMonth(const QString& text);
};
