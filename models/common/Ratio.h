#pragma once

#include <QString>

// A share kept as two whole numbers (出勤率: present ÷ expected), so reports add and compare exactly and only the
// text rounds: one decimal of a percentage, half up.
struct Ratio
{
    qint64 numerator = 0;
    qint64 denominator = 0;

    // Tenths of a percent, rounded half up; 0 when the denominator is 0.
    qint64 permille() const;
    // "2 / 3 = 66.7%"; "0 / 0" when there is nothing to divide by.
    QString text() const;
    // "66.7%"; "–" when there is nothing to divide by.
    QString percentText() const;

    bool operator==(const Ratio&) const = default;
};
