#pragma once

#include "roster/ClassOverview.h"

#include <QString>

// The warnings a placement would raise as lines for a form, each marked with a warning sign so it does not rely on
// colour; empty when there are none.
inline QString placementWarningText(const QList<ClassWarning>& warnings)
{
    QStringList lines;
    for (const ClassWarning& w : warnings)
        lines << QStringLiteral("⚠ ") + w.text;
    return lines.join(u'\n');
}
