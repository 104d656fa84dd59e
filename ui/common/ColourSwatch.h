#pragma once

#include <QString>

class QColor;

// A small block of colour in rich text, for the legends that explain what a page's colours mean.
QString colourSwatch(const QColor& colour);
