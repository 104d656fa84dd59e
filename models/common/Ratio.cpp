#include "Ratio.h"

using namespace Qt::StringLiterals;

qint64 Ratio::permille() const
{
    if (denominator <= 0)
        return 0;
    return (2000 * numerator + denominator) / (2 * denominator);
}

QString Ratio::text() const
{
    if (denominator <= 0)
        return u"%1 / %2"_s.arg(numerator).arg(denominator);
    const qint64 tenths = permille();
    return u"%1 / %2 = %3.%4%"_s.arg(numerator).arg(denominator).arg(tenths / 10).arg(tenths % 10);
}

QString Ratio::percentText() const
{
    if (denominator <= 0)
        return u"–"_s;
    const qint64 tenths = permille();
    return u"%1.%2%"_s.arg(tenths / 10).arg(tenths % 10);
}
