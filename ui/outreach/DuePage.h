#pragma once

#include <QWidget>

class Database;
class DueTableModel;
class QLabel;
class QPushButton;
class QTableView;
class RouteSheetForm;

// 入户计划: the households whose next visit has come or passed, by village, those not seen for over three months in
// amber; a visit recorded from here takes the household off the list once its next visit lies ahead. The route
// sheet prints the list for the road.
class DuePage : public QWidget
{
    Q_OBJECT

public:
    explicit DuePage(Database& db, QWidget* parent = nullptr);
    void reload();

signals:
    // A visit was saved from this page.
    void visitRecorded();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void recordVisit();
    RouteSheetForm routeSheet() const;
    void printRouteSheet();
    void saveRouteSheet();
    void updateButtons();

    Database& m_db;
    DueTableModel* m_model;
    QTableView* m_view;
    QLabel* m_count;
    QPushButton* m_record;
};
