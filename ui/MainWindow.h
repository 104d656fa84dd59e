#pragma once

#include <QMainWindow>

class Database;
class QLabel;
class QListWidget;
class QStackedWidget;

// The window a user works in: a sidebar of pages on the left, the page on the right, and a status bar that says
// which database is open and which month is current.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    // Shows the page whose objectName is given (e.g. "institutionPage"); false when there is none.
    bool showPage(const QString& objectName);

private:
    void addPage(QWidget* page, const QString& title);
    void refreshStatus();

    Database& m_db;
    QListWidget* m_pageList;
    QStackedWidget* m_pages;
    QLabel* m_databaseLabel;
    QLabel* m_monthLabel;
};
