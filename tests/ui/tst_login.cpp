#include "LoggedIn.h"
#include "TempDatabase.h"
#include "access/LoginDialog.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "demo/DemoData.h"

#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// The login dialog as a user meets it: a wrong password is explained and the dialog stays; the right one logs in
// and the name (never the password) is remembered; repeated wrong tries make her wait; a disabled account is named.
class TestLogin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void wrongThenRightPassword();
    void remembersTheNameNeverThePassword();
    void waitsAfterFiveWrongTries();
    void namesADisabledAccount();

private:
    // Types the password and clicks "Log in"; returns the error line ("" when the dialog accepted).
    static QString tryPassword(LoginDialog& dialog, const QString& password);

    std::unique_ptr<TempDatabase> m_t;
};

void TestLogin::init()
{
    QSettings(QSettings::UserScope, QCoreApplication::applicationName()).clear();
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    m_t->db->setActor({});
}

void TestLogin::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

QString TestLogin::tryPassword(LoginDialog& dialog, const QString& password)
{
    auto* edit = dialog.findChild<QLineEdit*>(u"passwordEdit"_s);
    edit->clear();
    QTest::keyClicks(edit, password);
    QTest::mouseClick(dialog.findChild<QPushButton*>(u"okButton"_s), Qt::LeftButton);
    return dialog.errorText();
}

void TestLogin::wrongThenRightPassword()
{
    LoginDialog dialog(*m_t->db, u"admin"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.findChild<QLineEdit*>(u"userNameEdit"_s)->text(), u"admin"_s);

    QCOMPARE(tryPassword(dialog, u"nimda"_s), u"Wrong user name or password."_s);
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.findChild<QLabel*>(u"errorLabel"_s)->isVisible());
    QVERIFY(!m_t->db->actor().isValid());
    // The wrong password is not left in the field for the next try.
    QVERIFY(dialog.findChild<QLineEdit*>(u"passwordEdit"_s)->text().isEmpty());

    QCOMPARE(tryPassword(dialog, u"admin"_s), QString());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(m_t->db->actor().name, u"admin"_s);
    QCOMPARE(m_t->db->actor().role, Role::Director);
    QVERIFY(m_t->db->actor().userId > 0);
}

void TestLogin::remembersTheNameNeverThePassword()
{
    {
        LoginDialog dialog(*m_t->db);
        dialog.show();
        QVERIFY(dialog.findChild<QLineEdit*>(u"userNameEdit"_s)->text().isEmpty());
        QTest::keyClicks(dialog.findChild<QLineEdit*>(u"userNameEdit"_s), CaregiverName);
        QCOMPARE(tryPassword(dialog, CaregiverPassword), QString());
    }
    QCOMPARE(Settings::lastUserName(), CaregiverName);
    QSettings settings(QSettings::UserScope, QCoreApplication::applicationName());
    for (const QString& key : settings.allKeys())
        QVERIFY2(!settings.value(key).toString().contains(CaregiverPassword), qPrintable(key));

    LoginDialog again(*m_t->db);
    QCOMPARE(again.findChild<QLineEdit*>(u"userNameEdit"_s)->text(), CaregiverName);
}

void TestLogin::waitsAfterFiveWrongTries()
{
    LoginDialog dialog(*m_t->db, u"admin"_s);
    dialog.show();
    for (int i = 1; i < UserRepository::FreeAttempts; ++i)
        QCOMPARE(tryPassword(dialog, u"guess-%1"_s.arg(i)), u"Wrong user name or password."_s);
    const QString fifth = tryPassword(dialog, u"guess-5"_s);
    QVERIFY2(fifth.contains(u"The next try is possible in 30 second"_s), qPrintable(fifth));
    // Even the right password waits now.
    const QString sixth = tryPassword(dialog, u"admin"_s);
    QVERIFY2(sixth.contains(u"Try again in 30 second"_s), qPrintable(sixth));
    QVERIFY(dialog.isVisible());
    QVERIFY(!m_t->db->actor().isValid());

    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0, 31)));
    QCOMPARE(tryPassword(dialog, u"admin"_s), QString());
    QCOMPARE(m_t->db->actor().name, u"admin"_s);
}

void TestLogin::namesADisabledAccount()
{
    m_t->db->setActor(Actor::systemActor());
    QVERIFY(UserRepository(*m_t->db).setDisabled(CaregiverName, true).ok());
    m_t->db->setActor({});
    LoginDialog dialog(*m_t->db, CaregiverName);
    dialog.show();
    const QString error = tryPassword(dialog, CaregiverPassword);
    QVERIFY2(error.contains(u"is disabled"_s), qPrintable(error));
    QVERIFY(!m_t->db->actor().isValid());
}

QTEST_MAIN(TestLogin)
#include "tst_login.moc"
