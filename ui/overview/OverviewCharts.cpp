#include "OverviewCharts.h"

#include "common/ChartParts.h"
#include "overview/MonthTrends.h"
#include "overview/OverviewFigures.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QGridLayout>
#include <QHorizontalBarSeries>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

using namespace Qt::StringLiterals;

namespace {

using Place = OverviewAlert::Place;

// Month numbers: twelve names do not fit under a chart half a screen wide; the axis title gives the span.
QStringList monthLabels(const QList<MonthTrend>& months)
{
    QStringList labels;
    for (const MonthTrend& m : months)
        labels << QLocale().toString(m.month.month());
    return labels;
}

QString monthSpan(const QList<MonthTrend>& months)
{
    if (months.isEmpty())
        return {};
    return QCoreApplication::translate("OverviewCharts", "%1 to %2")
        .arg(months.first().month.toString(), months.last().month.toString());
}

} // namespace

OverviewCharts::OverviewCharts(QWidget* parent)
    : QWidget(parent)
    , m_attendance(makeChartView(u"attendanceChart"_s, this))
    , m_classes(makeChartView(u"classesChart"_s, this))
    , m_money(makeChartView(u"moneyChart"_s, this))
    , m_ageBands(makeChartView(u"ageBandChart"_s, this))
{
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setSpacing(6);
    grid->addWidget(m_attendance, 0, 0);
    grid->addWidget(m_classes, 0, 1);
    grid->addWidget(m_money, 1, 0);
    grid->addWidget(m_ageBands, 1, 1);
}

void OverviewCharts::showFigures(const OverviewFigures& figures, const QList<MonthTrend>& months)
{
    showAttendance(months);
    showClasses(figures);
    m_money->setVisible(figures.scope.fees || figures.scope.claims);
    if (m_money->isVisibleTo(this))
        showMoney(months);
    showAgeBands(figures);
}

void OverviewCharts::showAttendance(const QList<MonthTrend>& months)
{
    QChart* chart = clearedChart(m_attendance, tr("Attendance rate by month"));
    chart->legend()->hide();
    auto* line = new QLineSeries;
    line->setName(tr("Attendance rate"));
    line->setPointsVisible(true);
    // A month without care days has no rate: the line skips it rather than drop to zero.
    for (qsizetype i = 0; i < months.size(); ++i)
        if (months.at(i).attendance.denominator > 0)
            line->append(qreal(i), qreal(months.at(i).attendance.permille()) / 10);
    auto* x = new QBarCategoryAxis;
    x->append(monthLabels(months));
    x->setTitleText(monthSpan(months));
    auto* y = new QValueAxis;
    y->setRange(0, 100);
    y->setLabelFormat(u"%d%"_s);
    y->setTitleText(tr("Percent"));
    attachSeries(chart, line, x, y);
    connect(line, &QLineSeries::clicked, this, [this, months](const QPointF& point) {
        const qsizetype i = qRound(point.x());
        if (i >= 0 && i < months.size())
            emit placeChosen(Place::MonthGrid, 0, months.at(i).month);
    });
}

void OverviewCharts::showClasses(const OverviewFigures& figures)
{
    QChart* chart = clearedChart(m_classes, tr("Children and places by class"));
    // Across, so the classes' names have room.
    auto* children = new QBarSet(tr("Children in care"));
    auto* places = new QBarSet(tr("Places"));
    places->setColor(QColor(0xb0, 0xbe, 0xc5));
    QStringList names;
    int largest = 0;
    // Bars across are drawn from the bottom up: the last class first puts the first class on top.
    const QList<ClassOccupancy> classes(figures.classes.crbegin(), figures.classes.crend());
    for (const ClassOccupancy& c : classes) {
        names << c.name;
        *children << c.children;
        *places << c.capacity;
        largest = std::max({largest, c.children, c.capacity});
    }
    auto* series = new QHorizontalBarSeries;
    series->append(children);
    series->append(places);
    auto* classNames = new QBarCategoryAxis;
    classNames->append(names);
    attachSeries(chart, series, makeCountAxis(tr("Children"), largest), classNames);
    connect(series, &QHorizontalBarSeries::clicked, this, [this, classes](int index, QBarSet*) {
        if (index >= 0 && index < classes.size())
            emit placeChosen(Place::Children, classes.at(index).classId, {});
    });
}

void OverviewCharts::showMoney(const QList<MonthTrend>& months)
{
    QChart* chart = clearedChart(m_money, tr("Fees collected and subsidy received"));
    // Each set is there when the user may see its money.
    auto* series = new QBarSeries;
    QBarSet* collected = nullptr;
    QBarSet* received = nullptr;
    if (!months.isEmpty() && months.first().collected) {
        collected = new QBarSet(tr("Fees collected"));
        series->append(collected);
    }
    if (!months.isEmpty() && months.first().subsidyReceived) {
        received = new QBarSet(tr("Subsidy received"));
        received->setColor(QColor(0xff, 0xa7, 0x26));
        series->append(received);
    }
    qreal largest = 0;
    for (const MonthTrend& m : months) {
        if (collected)
            *collected << yuanOnAxis(*m.collected);
        if (received)
            *received << yuanOnAxis(*m.subsidyReceived);
        largest = std::max(
            {largest, yuanOnAxis(m.collected.value_or(Money())), yuanOnAxis(m.subsidyReceived.value_or(Money()))});
    }
    auto* x = new QBarCategoryAxis;
    x->append(monthLabels(months));
    x->setTitleText(monthSpan(months));
    attachSeries(chart, series, x, makeYuanAxis(tr("Yuan"), largest));
    connect(series, &QBarSeries::clicked, this, [this, months, received](int index, QBarSet* set) {
        if (index >= 0 && index < months.size())
            emit placeChosen(set == received ? Place::Subsidies : Place::Fees, 0, months.at(index).month);
    });
}

void OverviewCharts::showAgeBands(const OverviewFigures& figures)
{
    QChart* chart = clearedChart(m_ageBands, tr("Children in care by age"));
    chart->legend()->hide();
    auto* children = new QBarSet(tr("Children"));
    children->setColor(QColor(0x66, 0xbb, 0x6a));
    QStringList bands;
    int largest = 0;
    for (int band = 0; band < AgeBands::Count; ++band) {
        bands << AgeBands::shortLabel(band);
        *children << figures.ageBands.at(band);
        largest = std::max(largest, figures.ageBands.at(band));
    }
    auto* series = new QBarSeries;
    series->append(children);
    auto* x = new QBarCategoryAxis;
    x->append(bands);
    x->setTitleText(tr("Age in years"));
    attachSeries(chart, series, x, makeCountAxis(tr("Children"), largest));
    connect(series, &QBarSeries::clicked, this, [this] { emit placeChosen(Place::Children, 0, {}); });
}
