#include "ChartParts.h"

#include <QChart>
#include <QChartView>
#include <QValueAxis>

using namespace Qt::StringLiterals;

QChartView* makeChartView(const QString& objectName, QWidget* parent, int minimumHeight)
{
    auto* view = new QChartView(new QChart, parent);
    view->setObjectName(objectName);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    QChart* chart = view->chart();
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    return view;
}

QChart* clearedChart(QChartView* view, const QString& title)
{
    QChart* chart = view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis* axis : chart->axes()) {
        chart->removeAxis(axis);
        delete axis;
    }
    chart->setTitle(title);
    QFont font = chart->titleFont();
    font.setBold(true);
    chart->setTitleFont(font);
    return chart;
}

void attachSeries(QChart* chart, QAbstractSeries* series, QAbstractAxis* x, QAbstractAxis* y)
{
    chart->addSeries(series);
    for (QAbstractAxis* axis : {x, y}) {
        if (!chart->axes().contains(axis)) {
            QFont font = axis->labelsFont();
            font.setPointSizeF(std::max(7.0, font.pointSizeF() - 1));
            axis->setLabelsFont(font);
            chart->addAxis(axis, axis == x ? Qt::AlignBottom : Qt::AlignLeft);
        }
        series->attachAxis(axis);
    }
}

QValueAxis* makeCountAxis(const QString& title, qint64 largest)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setLabelFormat(u"%d"_s);
    axis->setRange(0, qreal(std::max<qint64>(largest, 1)));
    axis->applyNiceNumbers();
    return axis;
}

QValueAxis* makeYuanAxis(const QString& title, qreal largest)
{
    auto* axis = new QValueAxis;
    axis->setTitleText(title);
    axis->setRange(0, std::max(largest, 1.0));
    axis->applyNiceNumbers();
    axis->setLabelFormat(u"%.0f"_s);
    return axis;
}

qreal yuanOnAxis(Money money)
{
    return qreal(money.fen()) / 100;
}
