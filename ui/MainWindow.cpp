#include "MainWindow.h"

#include "access/AuditPage.h"
#include "access/ChangePasswordDialog.h"
#include "access/IdleWatcher.h"
#include "access/LockDialog.h"
#include "access/UserRepository.h"
#include "access/UsersPage.h"
#include "attendance/AttendancePage.h"
#include "billing/FeesPage.h"
#include "calendar/CalendarPage.h"
#include "center/CenterChartsPage.h"
#include "center/CenterImportPage.h"
#include "center/CenterRegistryPage.h"
#include "center/CenterStatusPage.h"
#include "common/Clock.h"
#include "common/MessageBox.h"
#include "common/Month.h"
#include "common/PolicyKey.h"
#include "institution/InstitutionPage.h"
#include "institution/InstitutionRepository.h"
#include "outreach/DuePage.h"
#include "outreach/HouseholdsPage.h"
#include "outreach/OutreachSummaryPage.h"
#include "outreach/VisitRecording.h"
#include "overview/OverviewPage.h"
#include "reports/ReportVerification.h"
#include "reports/ReportsPage.h"
#include "roster/ChildrenPage.h"
#include "roster/ClassesPage.h"
#include "roster/StaffPage.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "subsidy/SubsidiesPage.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

MainWindow::MainWindow(Database& db, QWidget* parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_pageList(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_userLabel(new QLabel(this))
    , m_databaseLabel(new QLabel(this))
    , m_monthLabel(new QLabel(this))
    , m_idle(new IdleWatcher(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("DaycareDesk"));
    m_pageList->setObjectName(u"pageList"_s);
    m_pageList->setFixedWidth(180);
    m_pageList->setSpacing(2);
    m_pages->setObjectName(u"pages"_s);

    auto* central = new QWidget(this);
    auto* layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_pageList);
    layout->addWidget(m_pages, 1);
    setCentralWidget(central);

    addPages();
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);
    createMenus();

    m_userLabel->setObjectName(u"userLabel"_s);
    m_userLabel->setContentsMargins(0, 0, 24, 0);
    m_databaseLabel->setObjectName(u"databaseLabel"_s);
    m_monthLabel->setObjectName(u"monthLabel"_s);
    statusBar()->addWidget(m_userLabel);
    statusBar()->addWidget(m_databaseLabel, 1);
    statusBar()->addPermanentWidget(m_monthLabel);
    refreshStatus();
    resize(1100, 720);

    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    const qint64 minutes = policy.value_or(PolicyParameters::defaults())
                               .valueOr(PolicyKey::IdleLockMinutes, Month::of(Clock::today()), 0);
    setIdleLockInterval(int(minutes * 60 * 1000));
}

// Pages follow the permissions of who is logged in: a page she may not use is not there at all.
void MainWindow::addPages()
{
    const Actor& actor = m_db.actor();
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(m_db).load();
    if (profile && profile.value() && profile.value()->isCenter())
        addCenterPages(profile.value()->type);
    else if (profile && profile.value() && profile.value()->isOutreachTeam())
        addOutreachPages();
    else
        addProviderPages();
    if (actor.may(Permission::ManageUsers))
        addPage(new UsersPage(m_db, this), tr("Users"));
    if (actor.may(Permission::ViewAudit))
        addPage(new AuditPage(m_db, this), tr("Audit trail"));
    if (m_pages->count() == 0) {
        auto* nothing = new QLabel(
            tr("There is nothing for the role %1 in this version of DaycareDesk yet.").arg(Roles::label(actor.role)),
            this);
        nothing->setObjectName(u"emptyPage"_s);
        nothing->setAlignment(Qt::AlignCenter);
        addPage(nothing, tr("Welcome"));
    }
}

void MainWindow::addInstitutionPage()
{
    if (!m_db.actor().may(Permission::EditInstitution) && !m_db.actor().may(Permission::ViewRoster))
        return;
    auto* institution = new InstitutionPage(m_db, this);
    connect(institution, &InstitutionPage::restoreRequested, this, &MainWindow::restoreRequested);
    addPage(institution, tr("Institution & settings"));
}

// A center keeps no children: it registers institutions, imports their reports and adds them up.
void MainWindow::addCenterPages(InstitutionType centerType)
{
    if (m_db.actor().may(Permission::ManageCenter)) {
        auto* status = new CenterStatusPage(m_db, centerType, this);
        auto* import = new CenterImportPage(m_db, this);
        auto* registry = new CenterRegistryPage(m_db, this);
        auto* charts = new CenterChartsPage(m_db, this);
        connect(status, &CenterStatusPage::monthChanged, charts, &CenterChartsPage::setMonth);
        connect(charts, &CenterChartsPage::monthChanged, status, &CenterStatusPage::setMonth);
        addPage(status, tr("Monthly status"));
        addPage(import, tr("Import"));
        addPage(registry, tr("Registry"));
        addPage(charts, tr("Charts"));
    }
    addInstitutionPage();
}

// A rural team keeps households and home visits; its visitors work offline and send the county signed months.
void MainWindow::addOutreachPages()
{
    if (m_db.actor().may(Permission::RecordOutreach)) {
        auto* due = new DuePage(m_db, this);
        auto* households = new HouseholdsPage(m_db, this);
        connect(households, &HouseholdsPage::visitsChanged, due, &DuePage::reload);
        connect(due, &DuePage::visitRecorded, households, &HouseholdsPage::reload);
        addPage(due, tr("Due visits"));
        addPage(households, tr("Households"));
        addPage(new OutreachSummaryPage(m_db, this), tr("Monthly summary"));
        // A visit form the laptop lost when it went off is offered back once the window is up.
        QTimer::singleShot(0, due, [this, due] {
            if (VisitRecording::offerDraft(m_db, this))
                due->reload();
        });
    }
    addInstitutionPage();
}

void MainWindow::addProviderPages()
{
    const Actor& actor = m_db.actor();
    if (actor.may(Permission::ViewRoster)) {
        auto* overview = new OverviewPage(m_db, this);
        connect(overview, &OverviewPage::placeChosen, this, &MainWindow::openPlace);
        addPage(overview, tr("Overview"));
    }
    addInstitutionPage();
    if (actor.may(Permission::ViewRoster)) {
        addPage(new ClassesPage(m_db, this), tr("Classes"));
        addPage(new ChildrenPage(m_db, this), tr("Children"));
        addPage(new StaffPage(m_db, this), tr("Staff"));
        addPage(new AttendancePage(m_db, this), tr("Attendance"));
        addPage(new CalendarPage(m_db, this), tr("Calendar"));
    }
    if (actor.may(Permission::ViewFees))
        addPage(new FeesPage(m_db, this), tr("Fees"));
    if (actor.may(Permission::ManageClaims))
        addPage(new SubsidiesPage(m_db, this), tr("Subsidies"));
    if (actor.may(Permission::ExportReports))
        addPage(new ReportsPage(m_db, this), tr("Reports"));
}

void MainWindow::addPage(QWidget* page, const QString& title)
{
    m_pages->addWidget(page);
    auto* item = new QListWidgetItem(title, m_pageList);
    item->setData(Qt::UserRole, page->objectName());
    item->setSizeHint(QSize(0, 36));
}

void MainWindow::createMenus()
{
    QMenu* fileMenu = menuBar()->addMenu(tr("&File"));
    QAction* changePassword = fileMenu->addAction(tr("&Change password…"));
    changePassword->setObjectName(u"changePasswordAction"_s);
    changePassword->setEnabled(m_db.actor().userId > 0);
    connect(changePassword, &QAction::triggered, this, &MainWindow::changePassword);
    QAction* lockAction = fileMenu->addAction(tr("&Lock"));
    lockAction->setObjectName(u"lockAction"_s);
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lockAction->setEnabled(m_db.actor().userId > 0);
    connect(lockAction, &QAction::triggered, this, &MainWindow::lock);
    fileMenu->addSeparator();
    QAction* verify = fileMenu->addAction(tr("&Verify a report file…"));
    verify->setObjectName(u"verifyReportAction"_s);
    connect(verify, &QAction::triggered, this, [this] { ReportVerification::run(m_db, this); });
    fileMenu->addSeparator();
    QAction* quit = fileMenu->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

bool MainWindow::showPage(const QString& objectName)
{
    for (int row = 0; row < m_pageList->count(); ++row) {
        if (m_pageList->item(row)->data(Qt::UserRole).toString() == objectName) {
            m_pageList->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::openPlace(OverviewAlert::Place place, qint64 classId, Month month)
{
    using Place = OverviewAlert::Place;
    auto* attendance = m_pages->findChild<AttendancePage*>();
    auto* fees = m_pages->findChild<FeesPage*>();
    switch (place) {
    case Place::Classes:
        showPage(u"classesPage"_s);
        break;
    case Place::Children:
        if (showPage(u"childrenPage"_s))
            m_pages->findChild<ChildrenPage*>()->showClass(classId);
        break;
    case Place::Staff:
        showPage(u"staffPage"_s);
        break;
    case Place::DailySheet:
        if (showPage(u"attendancePage"_s))
            attendance->showSheet(classId);
        break;
    case Place::MonthGrid:
        if (showPage(u"attendancePage"_s))
            attendance->showMonth(classId, month);
        break;
    case Place::FollowUps:
        if (showPage(u"attendancePage"_s))
            attendance->showFollowUps();
        break;
    case Place::Fees:
        if (showPage(u"feesPage"_s))
            fees->showBills(month);
        break;
    case Place::Arrears:
        if (showPage(u"feesPage"_s))
            fees->showArrears();
        break;
    case Place::Subsidies:
        showPage(u"subsidiesPage"_s);
        break;
    case Place::Reports:
        showPage(u"reportsPage"_s);
        break;
    }
}

void MainWindow::setIdleLockInterval(int milliseconds)
{
    m_idle->setInterval(milliseconds);
    // Only a user with a password can unlock; the program acting on its own is never locked.
    if (milliseconds > 0 && m_db.actor().userId > 0)
        m_idle->start();
    else
        m_idle->stop();
}

void MainWindow::lock()
{
    if (m_locked || m_db.actor().userId <= 0)
        return;
    m_locked = true;
    m_idle->stop();
    centralWidget()->hide();
    LockDialog dialog(m_db, this);
    const int result = dialog.exec();
    centralWidget()->show();
    m_locked = false;
    if (result != QDialog::Accepted) {
        m_db.setActor({});
        close();
        emit loggedOut();
        return;
    }
    setIdleLockInterval(m_idle->interval());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // After a log-out nobody may save any more; what was not saved is given up with the session.
    if (m_db.actor().isValid()) {
        for (AttendancePage* page : findChildren<AttendancePage*>()) {
            if (!page->settleChanges()) {
                event->ignore();
                return;
            }
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::changePassword()
{
    ChangePasswordDialog dialog(m_db, ChangePasswordDialog::Reason::Wish, this);
    if (dialog.exec() == QDialog::Accepted)
        MessageBox::information(this, tr("Change password"), tr("Your password was changed."));
}

void MainWindow::refreshStatus()
{
    const Actor& actor = m_db.actor();
    const Result<User> user = actor.userId > 0 ? UserRepository(m_db).find(actor.name) : Result<User>(User());
    const QString who = user && !user->fullName.isEmpty() ? tr("%1 (%2)").arg(user->fullName, actor.name) : actor.name;
    m_userLabel->setText(tr("Logged in: %1 · %2").arg(who, Roles::label(actor.role)));
    const QString path = QDir::toNativeSeparators(QFileInfo(m_db.path()).absoluteFilePath());
    m_databaseLabel->setText(tr("Database: %1").arg(path));
    m_databaseLabel->setToolTip(path);
    m_monthLabel->setText(tr("Current month: %1").arg(Month::of(Clock::today()).toString()));
}
