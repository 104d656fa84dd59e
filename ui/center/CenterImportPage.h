#pragma once

#include <QStringList>
#include <QWidget>

class Database;
class QFrame;
class ImportLogTableModel;
class ImportedFileTableModel;
class QLabel;
class QPushButton;
class QTableView;

// Where a center takes in signed report files: dropped from the file manager (files, or folders searched for every
// report file in them) or chosen in a dialog. Files held earlier whose signer has since been registered go in first;
// then each file offered gets its verdict, one bad file never stopping the others. This import's files are listed
// with their verdicts (refused in red, held in amber) and a one-line summary; below, the import log of every file
// ever offered. A held file's institution can be registered from here.
class CenterImportPage : public QWidget
{
    Q_OBJECT

public:
    explicit CenterImportPage(Database& db, QWidget* parent = nullptr);
    void reload();
    // Imports these files and the report files in these folders.
    void importPaths(const QStringList& paths);

signals:
    // Reports came in: the month's status is to be read again.
    void imported();

protected:
    void showEvent(QShowEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dragLeaveEvent(QDragLeaveEvent* event) override;
    void dropEvent(QDropEvent* event) override;

private:
    void setDragOver(bool over);
    void chooseFiles();
    void registerHeld();
    void showSummary();

    Database& m_db;
    QFrame* m_dropArea;
    ImportedFileTableModel* m_results;
    ImportLogTableModel* m_log;
    QTableView* m_resultTable;
    QTableView* m_logTable;
    QPushButton* m_registerHeld;
    QLabel* m_summary;
    QLabel* m_message;
    QLabel* m_error;
};
