#pragma once

#include "institution/InstitutionProfile.h"
#include "overview/OverviewAlerts.h"

#include <QMainWindow>

class Database;
class IdleWatcher;
class QLabel;
class QListWidget;
class QStackedWidget;

// The window a user works in: a sidebar of the pages her role may see on the left, the page on the right, and a
// status bar that says who is logged in, which database is open and which month is current. After the policy's
// minutes without input, or on File > Lock, her work is covered until she gives her password again.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(Database& db, QWidget* parent = nullptr);

    // Shows the page whose objectName is given (e.g. "institutionPage"); false when there is none.
    bool showPage(const QString& objectName);
    // Locks after this many milliseconds without keyboard or mouse input instead of the policy's minutes (tests);
    // 0 turns the idle lock off.
    void setIdleLockInterval(int milliseconds);
    // Covers the window with the lock dialog until the user's password is given again, or she logs out.
    void lock();

signals:
    // The user chose "Log out" on the lock dialog; nobody is logged in any more.
    void loggedOut();
    // A backup is to replace the database: the program closes it, restores and starts again.
    void restoreRequested(const QString& backupPath);

protected:
    // Offers to save edits not saved yet (the attendance sheet) before the window closes.
    void closeEvent(QCloseEvent* event) override;

private:
    // Opens the page an overview alert or chart leads to, on its class or month.
    void openPlace(OverviewAlert::Place place, qint64 classId, Month month);
    // The pages of who is logged in: a provider's, a center's or an outreach team's, then the accounts and the audit
    // trail.
    void addPages();
    void addProviderPages();
    void addCenterPages(InstitutionType centerType);
    void addOutreachPages();
    void addInstitutionPage();
    void addPage(QWidget* page, const QString& title);
    void createMenus();
    void changePassword();
    void refreshStatus();

    Database& m_db;
    QListWidget* m_pageList;
    QStackedWidget* m_pages;
    QLabel* m_userLabel;
    QLabel* m_databaseLabel;
    QLabel* m_monthLabel;
    IdleWatcher* m_idle;
    bool m_locked = false;
};
