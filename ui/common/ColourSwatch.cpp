#include "ColourSwatch.h"

#include <QColor>

using namespace Qt::StringLiterals;

QString colourSwatch(const QColor& colour)
{
    return u"<span style=\"background-color:%1\">&nbsp;&nbsp;&nbsp;&nbsp;</span>"_s.arg(colour.name());
}
