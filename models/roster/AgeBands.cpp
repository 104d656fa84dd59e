#include "AgeBands.h"

#include <algorithm>

using namespace Qt::StringLiterals;

int AgeBands::of(int ageMonths)
{
    return std::clamp(ageMonths / 12, 0, Count - 1);
}

QString AgeBands::key(int band)
{
    return keys().value(band);
}

QStringList AgeBands::keys()
{
    return {u"0-12m"_s, u"12-24m"_s, u"24-36m"_s, u"36m_and_over"_s};
}

QString AgeBands::shortLabel(int band)
{
    return band < Count - 1 ? u"%1–%2"_s.arg(band).arg(band + 1) : u"%1+"_s.arg(band);
}
