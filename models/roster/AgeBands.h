#pragma once

#include <QList>
#include <QString>

// The age bands reports and the overview count children in, by completed months: 0 to under 12, 12 to under 24,
// 24 to under 36, and the children who turned three while still in care.
class AgeBands
{
public:
    static constexpr int Count = 4;
    // 0 to 3, youngest first.
    static int of(int ageMonths);
    // The stable name for files: "0-12m", "12-24m", "24-36m", "36m_and_over".
    static QString key(int band);
    // The band in a few characters, for a chart's axis: "0–1", "3+".
    static QString shortLabel(int band);
    static QStringList keys();
};
