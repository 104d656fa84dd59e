#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/FormDialog.h"
#include "demo/DemoData.h"

#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;

// The lock that covers a director's work when she walks away: it comes after the idle time (shortened here), input
// keeps it away, only her password lifts it, and "Log out" ends the session.
class TestIdleLock : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void locksWhenIdleAndUnlocksWithThePassword();
    void inputKeepsTheLockAway();
    void lockShortcutAndLogOut();

private:
    static QWidget* visibleLock();

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
};

void TestIdleLock::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    QVERIFY(logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword));
    m_window = std::make_unique<MainWindow>(*m_t->db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestIdleLock::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_window.reset();
    m_t.reset();
}

QWidget* TestIdleLock::visibleLock()
{
    for (QWidget* window : QApplication::topLevelWidgets())
        if (window->objectName() == u"lockDialog"_s && window->isVisible())
            return window;
    return nullptr;
}

void TestIdleLock::locksWhenIdleAndUnlocksWithThePassword()
{
    bool locked = false;
    bool workHidden = false;
    bool escapeUnlocked = true;
    QString wrongPassword;
    whenShown(u"lockDialog"_s, [&](QWidget* d) {
        locked = true;
        workHidden = !m_window->centralWidget()->isVisible();
        QTest::keyClick(d, Qt::Key_Escape);
        escapeUnlocked = !d->isVisible();
        QTest::keyClicks(childOf<QLineEdit>(d, u"passwordEdit"_s), u"not-hers"_s);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        wrongPassword = qobject_cast<FormDialog*>(d)->errorText();
        // No second lock while the test goes on.
        m_window->setIdleLockInterval(0);
        QTest::keyClicks(childOf<QLineEdit>(d, u"passwordEdit"_s), DemoData::DemoPassword);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        if (d->isVisible())
            qobject_cast<QDialog*>(d)->done(QDialog::Accepted);
    });
    m_window->setIdleLockInterval(200);
    QTRY_VERIFY_WITH_TIMEOUT(locked, 5000);
    QTRY_VERIFY(!visibleLock());
    QVERIFY(workHidden);
    QVERIFY(!escapeUnlocked);
    QCOMPARE(wrongPassword, u"Wrong user name or password."_s);
    QVERIFY(m_window->centralWidget()->isVisible());
    QCOMPARE(m_t->db->actor().name, u"admin"_s);
}

void TestIdleLock::inputKeepsTheLockAway()
{
    bool locked = false;
    whenShown(u"lockDialog"_s, [&](QWidget* d) {
        locked = true;
        m_window->setIdleLockInterval(0);
        QTest::keyClicks(childOf<QLineEdit>(d, u"passwordEdit"_s), DemoData::DemoPassword);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
    });
    m_window->setIdleLockInterval(1500);
    // Someone keeps working for longer than the idle time.
    for (int i = 0; i < 25; ++i) {
        QTest::mouseMove(m_window->centralWidget(), QPoint(20 + 5 * (i % 2), 40));
        QTest::qWait(100);
    }
    QVERIFY(!locked);
    // Then she walks away.
    QTRY_VERIFY_WITH_TIMEOUT(locked, 5000);
    QTRY_VERIFY(!visibleLock());
}

void TestIdleLock::lockShortcutAndLogOut()
{
    QSignalSpy loggedOut(m_window.get(), &MainWindow::loggedOut);
    bool locked = false;
    whenShown(u"lockDialog"_s, [&](QWidget* d) {
        locked = true;
        QTest::mouseClick(childOf<QPushButton>(d, u"logOutButton"_s), Qt::LeftButton);
    });
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier);
    QTRY_VERIFY_WITH_TIMEOUT(locked, 5000);
    QTRY_COMPARE(loggedOut.count(), 1);
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_t->db->actor().isValid());
}

QTEST_MAIN(TestIdleLock)
#include "tst_idlelock.moc"
