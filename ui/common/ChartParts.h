#pragma once

#include "common/Money.h"

#include <QString>

class QAbstractAxis;
class QAbstractSeries;
class QChart;
class QChartView;
class QValueAxis;
class QWidget;

// How the pages draw their Qt Charts the same way: a view without animation and with its legend below, a bold
// title, axis labels a point smaller than the text around them so twelve months fit under half a 1366-pixel screen.

QChartView* makeChartView(const QString& objectName, QWidget* parent, int minimumHeight = 200);
// The view's chart emptied of last time's series and axes, with its title.
QChart* clearedChart(QChartView* view, const QString& title);
// Adds the series on these axes, bottom and left; an axis the chart has already is shared as it is.
void attachSeries(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y);
// Whole numbers from 0 to at least `largest`, on nice steps.
QValueAxis* makeCountAxis(const QString& title, qint64 largest);
// Whole yuan from 0 to at least `largest`, on nice steps.
QValueAxis* makeYuanAxis(const QString& title, qreal largest);
// Charts draw in floating point: whole fen become yuan here, for the axis only, and nothing is added up after.
qreal yuanOnAxis(Money money);
