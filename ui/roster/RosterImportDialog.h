#pragma once

#include "roster/RosterImport.h"

#include <QDialog>

class Database;
class QLabel;
class QPushButton;
class QTableWidget;

// Imports a roster kept in a spreadsheet: the file is checked first and every problem listed by row, column, value
// and reason; nothing is written until the file is clean and the user presses Import, and then all rows are written
// together.
class RosterImportDialog : public QDialog
{
    Q_OBJECT

public:
    RosterImportDialog(Database& db, QWidget* parent = nullptr);
    // Asks for a file and checks it; false when the user cancelled the file dialog.
    bool chooseFile();
    void preview(const QString& path);
    const ImportReport& report() const { return m_plan.report; }

private:
    void import();
    void showProblems();

    Database& m_db;
    RosterImportPlan m_plan;
    QLabel* m_summary;
    QTableWidget* m_problems;
    QPushButton* m_import;
};
