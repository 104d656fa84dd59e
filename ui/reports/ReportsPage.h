#pragma once

#include "ReportSummaryForm.h"

#include <QWidget>
#include <optional>

class Database;
class QLabel;
class QPushButton;
class QTableView;
class ReportTableModel;

// The monthly reports sent to the county: each closed month with its exported revisions and where it stands
// (exported, not yet exported, changed or closed again since export); exporting the selected month as a signed file
// with its workbook; checking a report file's signature; printing an exported revision's summary, which names the
// signed file so the paper copy can be matched with it.
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
    // The summary of the selected revision; nullopt (the reason shown) when none is selected or it cannot be read.
    std::optional<ReportSummaryForm> selectedSummary();
    QString summaryTitle() const;

    Database& m_db;
    ReportTableModel* m_model;
    QTableView* m_table;
    QPushButton* m_export;
    QPushButton* m_printSummary;
    QPushButton* m_saveSummary;
    QLabel* m_message;
    QLabel* m_error;
};
