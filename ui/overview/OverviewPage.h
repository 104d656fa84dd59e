#pragma once

#include "overview/OverviewAlerts.h"

#include <QWidget>

class AlertList;
class Database;
class FigureTile;
class OverviewCharts;
class QLabel;
struct OverviewFigures;

// The page a user opens first every morning: the day's figures, the charts of the last twelve months, and what
// needs doing, each item leading to the page that does it. Read again each time the page is shown.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Database& db, QWidget* parent = nullptr);

    void reload();

signals:
    // An alert, a bar or a point was chosen: the page that shows it should open.
    void placeChosen(OverviewAlert::Place place, qint64 classId, Month month);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void showTiles(const OverviewFigures& figures);

    Database& m_db;
    QLabel* m_heading;
    QLabel* m_error;
    FigureTile* m_places;
    FigureTile* m_today;
    FigureTile* m_monthRate;
    FigureTile* m_fees;
    FigureTile* m_subsidy;
    FigureTile* m_certified;
    OverviewCharts* m_charts;
    AlertList* m_alerts;
};
