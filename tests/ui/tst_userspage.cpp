#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/FormDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "itemmodels/UserTableModel.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// Pages follow the role of who is logged in, and the director manages accounts on the Users page: adding a finance
// clerk, disabling her, resetting a password, and being told when an action is refused.
class TestUsersPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void caregiverSeesOnlyWhatHerRoleAllows();
    void directorSeesEveryPage();
    void directorAddsAFinanceClerkAndDisablesHer();
    void resetPasswordMakesHerChooseANewOne();
    void refusalIsShown();

private:
    QStringList pageTitles(MainWindow& window) const;
    QTableView* usersTable(MainWindow& window) const;
    // Selects the row of a user in the Users page's table.
    bool select(MainWindow& window, const QString& name) const;
    QString cell(MainWindow& window, const QString& name, int column) const;
    // Logs the director in and opens the main window on the Users page.
    bool openUsersPageAsDirector();

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
};

void TestUsersPage::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
}

void TestUsersPage::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_window.reset();
    m_t.reset();
}

QStringList TestUsersPage::pageTitles(MainWindow& window) const
{
    QStringList titles;
    auto* list = window.findChild<QListWidget*>(u"pageList"_s);
    for (int row = 0; row < list->count(); ++row)
        titles << list->item(row)->text();
    return titles;
}

QTableView* TestUsersPage::usersTable(MainWindow& window) const
{
    return window.findChild<QTableView*>(u"usersTable"_s);
}

bool TestUsersPage::select(MainWindow& window, const QString& name) const
{
    QTableView* table = usersTable(window);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        if (table->model()->index(row, UserTableModel::NameColumn).data().toString() == name) {
            const QRect cellRect = table->visualRect(table->model()->index(row, UserTableModel::NameColumn));
            QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cellRect.center());
            return table->selectionModel()->isRowSelected(row);
        }
    }
    return false;
}

QString TestUsersPage::cell(MainWindow& window, const QString& name, int column) const
{
    QAbstractItemModel* model = usersTable(window)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, UserTableModel::NameColumn).data().toString() == name)
            return model->index(row, column).data().toString();
    return {};
}

bool TestUsersPage::openUsersPageAsDirector()
{
    if (!logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword))
        return false;
    m_window = std::make_unique<MainWindow>(*m_t->db);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get()) && m_window->showPage(u"usersPage"_s);
}

void TestUsersPage::caregiverSeesOnlyWhatHerRoleAllows()
{
    QVERIFY(logInAs(*m_t->db, CaregiverName, CaregiverPassword));
    MainWindow window(*m_t->db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(pageTitles(window),
             (QStringList {u"Overview"_s, u"Institution & settings"_s, u"Classes"_s, u"Children"_s, u"Staff"_s,
                           u"Attendance"_s, u"Calendar"_s}));
    QVERIFY(!window.showPage(u"usersPage"_s));
    QVERIFY(!window.showPage(u"auditPage"_s));
    QVERIFY(!window.showPage(u"feesPage"_s));
    QVERIFY(!window.findChild<QWidget*>(u"usersPage"_s));
    QVERIFY(!window.findChild<QWidget*>(u"auditPage"_s));
    const QString status = window.findChild<QLabel*>(u"userLabel"_s)->text();
    QVERIFY2(status.contains(CaregiverFullName) && status.contains(u"Caregiver"_s), qPrintable(status));
    // She reads the institution's details but may not edit them.
    QVERIFY(window.showPage(u"institutionPage"_s));
    QVERIFY(window.findChild<QLabel*>(u"nameValue"_s)->isVisible());
    QVERIFY(!window.findChild<QPushButton*>(u"editProfileButton"_s)->isVisible());
}

void TestUsersPage::directorSeesEveryPage()
{
    QVERIFY(logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword));
    MainWindow window(*m_t->db);
    window.show();
    QCOMPARE(pageTitles(window),
             (QStringList {u"Overview"_s, u"Institution & settings"_s, u"Classes"_s, u"Children"_s, u"Staff"_s,
                           u"Attendance"_s, u"Calendar"_s, u"Fees"_s, u"Subsidies"_s, u"Reports"_s, u"Users"_s,
                           u"Audit trail"_s}));
    QVERIFY(window.showPage(u"institutionPage"_s));
    QVERIFY(window.findChild<QPushButton*>(u"editProfileButton"_s)->isVisible());
    QVERIFY(window.findChild<QLabel*>(u"userLabel"_s)->text().contains(u"Director"_s));
}

void TestUsersPage::directorAddsAFinanceClerkAndDisablesHer()
{
    QVERIFY(openUsersPageAsDirector());
    MainWindow& window = *m_window;

    bool classesOfferedToFinance = true;
    QString shortPassword;
    whenShown(u"addUserDialog"_s, [&](QWidget* d) {
        QTest::keyClicks(childOf<QLineEdit>(d, u"userNameEdit"_s), u"lijing"_s);
        childOf<QLineEdit>(d, u"fullNameEdit"_s)->insert(u"李静"_s);
        auto* role = childOf<QComboBox>(d, u"roleCombo"_s);
        role->setCurrentIndex(role->findData(int(Role::Finance)));
        classesOfferedToFinance = childOf<QWidget>(d, u"classesList"_s)->isVisible();
        QTest::keyClicks(childOf<QLineEdit>(d, u"passwordEdit"_s), u"short"_s);
        QTest::keyClicks(childOf<QLineEdit>(d, u"repeatPasswordEdit"_s), u"short"_s);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        shortPassword = qobject_cast<FormDialog*>(d)->errorText();
        for (const QString& edit : {u"passwordEdit"_s, u"repeatPasswordEdit"_s}) {
            childOf<QLineEdit>(d, edit)->clear();
            QTest::keyClicks(childOf<QLineEdit>(d, edit), u"finance-2026"_s);
        }
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        if (d->isVisible())
            qobject_cast<QDialog*>(d)->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton*>(u"addUserButton"_s), Qt::LeftButton);
    QVERIFY(!classesOfferedToFinance);
    QVERIFY2(shortPassword.contains(u"at least 8 characters"_s), qPrintable(shortPassword));

    QCOMPARE(cell(window, u"lijing"_s, UserTableModel::FullNameColumn), u"李静"_s);
    QCOMPARE(cell(window, u"lijing"_s, UserTableModel::RoleColumn), u"Finance clerk"_s);
    QCOMPARE(cell(window, u"lijing"_s, UserTableModel::StatusColumn), u"Active"_s);
    QCOMPARE(UserRepository(*m_t->db).find(u"lijing"_s)->role, Role::Finance);

    QVERIFY(select(window, u"lijing"_s));
    auto* toggle = window.findChild<QPushButton*>(u"disableButton"_s);
    QCOMPARE(toggle->text(), u"&Disable"_s);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"lijing"_s));
    QCOMPARE(cell(window, u"lijing"_s, UserTableModel::StatusColumn), u"Disabled"_s);
    QVERIFY(UserRepository(*m_t->db).find(u"lijing"_s)->disabled);
    QCOMPARE(toggle->text(), u"&Enable"_s);
    const Result<Actor> refused = UserRepository(*m_t->db).authenticate(u"lijing"_s, u"finance-2026"_s);
    QVERIFY(!refused && refused.error().contains(u"disabled"_s));

    // Enabling asks nothing.
    QTest::mouseClick(toggle, Qt::LeftButton);
    QCOMPARE(cell(window, u"lijing"_s, UserTableModel::StatusColumn), u"Active"_s);
}

void TestUsersPage::resetPasswordMakesHerChooseANewOne()
{
    QVERIFY(openUsersPageAsDirector());
    MainWindow& window = *m_window;
    QVERIFY(select(window, CaregiverName));
    whenShown(u"resetPasswordDialog"_s, [](QWidget* d) {
        QTest::keyClicks(childOf<QLineEdit>(d, u"passwordEdit"_s), u"temporary-9"_s);
        QTest::keyClicks(childOf<QLineEdit>(d, u"repeatPasswordEdit"_s), u"temporary-9"_s);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        if (d->isVisible())
            qobject_cast<QDialog*>(d)->reject();
    });
    QTest::mouseClick(window.findChild<QPushButton*>(u"resetPasswordButton"_s), Qt::LeftButton);
    const Result<User> wangfang = UserRepository(*m_t->db).find(CaregiverName);
    QVERIFY(wangfang->mustChangePassword);
    QVERIFY(UserRepository(*m_t->db).authenticate(CaregiverName, u"temporary-9"_s).ok());
}

void TestUsersPage::refusalIsShown()
{
    QVERIFY(openUsersPageAsDirector());
    MainWindow& window = *m_window;
    QVERIFY(select(window, u"admin"_s));
    // Yes to "disable?", then OK on the refusal.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window.findChild<QPushButton*>(u"disableButton"_s), Qt::LeftButton);
    QCOMPARE(MessageBox::lastText(), u"You cannot disable your own account."_s);
    QCOMPARE(cell(window, u"admin"_s, UserTableModel::StatusColumn), u"Active"_s);
}

QTEST_MAIN(TestUsersPage)
#include "tst_userspage.moc"
