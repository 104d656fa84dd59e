#pragma once

#include <QWidget>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class ReportTableModel;

// The monthly reports sent to the county: each closed month with its exported revisions and where it stands
// (exported, not yet exported, changed or closed again since export); exporting the selected month as a signed file
// with its workbook; checking a report file's signature.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(Database& db, QWidget* parent = nullptr);
    void reload();

protected:
    void showEvent(QShowEvent* event) override;

private:
    void updateButtons();
    void exportSelected();

    Database& m_db;
    ReportTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_export;
    QLabel* m_message;
    QLabel* m_error;
};
