#pragma once

#include "overview/OverviewAlerts.h"

#include <QWidget>

class QChart;
class QChartView;
struct MonthTrend;
struct OverviewFigures;

// The overview's four charts: the 12 months' 出勤率, each class's children against its places, the 12 months' fees
// collected and subsidy received, and the children by age band. A bar or point opens the page behind it.
class OverviewCharts : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewCharts(QWidget* parent = nullptr);

    // Money charts appear only when the figures carry money.
    void showFigures(const OverviewFigures& figures, const QList<MonthTrend>& months);

signals:
    void placeChosen(OverviewAlert::Place place, qint64 classId, Month month);

private:
    void showAttendance(const QList<MonthTrend>& months);
    void showClasses(const OverviewFigures& figures);
    void showMoney(const QList<MonthTrend>& months);
    void showAgeBands(const OverviewFigures& figures);

    QChartView* m_attendance;
    QChartView* m_classes;
    QChartView* m_money;
    QChartView* m_ageBands;
};
