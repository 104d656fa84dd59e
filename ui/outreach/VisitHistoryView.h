#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class VisitTableModel;

// The visits of the household chosen on the Households page, newest first, and the removal of one recorded by
// mistake (the audit trail keeps what it said).
class VisitHistoryView : public QWidget
{
    Q_OBJECT

public:
    explicit VisitHistoryView(Database& db, QWidget* parent = nullptr);
    // 0: no household chosen.
    void showHousehold(qint64 householdId);

signals:
    void visitRemoved();

private:
    void removeVisit();
    void updateButtons();

    Database& m_db;
    qint64 m_householdId = 0;
    VisitTableModel* m_model;
    QLabel* m_title;
    QTableView* m_view;
    QPushButton* m_remove;
};
