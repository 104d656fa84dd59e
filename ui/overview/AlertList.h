#pragma once

#include "overview/OverviewAlerts.h"

#include <QListWidget>

// The overview's alerts, outbreaks first and in red; a click or Enter on one opens the page that puts it right.
class AlertList : public QListWidget
{
    Q_OBJECT

public:
    explicit AlertList(QWidget* parent = nullptr);

    void setAlerts(const QList<OverviewAlert>& alerts);

signals:
    void placeChosen(OverviewAlert::Place place, qint64 classId, Month month);

private:
    void follow(QListWidgetItem* item);

    QList<OverviewAlert> m_alerts;
};
