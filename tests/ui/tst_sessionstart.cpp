#include "LoggedIn.h"
#include "ModalDriver.h"
#include "TempDatabase.h"
#include "access/SessionStart.h"
#include "common/Clock.h"
#include "common/FormDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "institution/InstitutionRepository.h"
#include "reports/InstitutionKeys.h"

#include <QComboBox>
#include <QDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QWizard>

using namespace Qt::StringLiterals;

// The way from an opened database to the main window, driven through its dialogs as a user would: a new database
// with demo data, one set up with the wizard, an old database without accounts, and an account that must choose a
// new password before anything else.
class TestSessionStart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init();
    void cleanup();
    void demoThenLoginWithWrongAndRightPassword();
    void wizardLogsTheDirectorIn();
    void oldDatabaseGetsItsDirector();
    void requiredPasswordChangeCannotBeSkipped();
    void loggingOutOfTheRequiredChangeEnds();
    void closingTheLoginEnds();

private:
    // Types into a line edit of a dialog, replacing what was there.
    static void type(QWidget* dialog, const QString& edit, const QString& text);
    static void click(QWidget* dialog, const QString& button);
    static QString errorText(QWidget* dialog);
    // A demo database whose director must replace the password "temporary-1" at her next login.
    void prepareRequiredChange();

    std::unique_ptr<TempDatabase> m_t;
};

void TestSessionStart::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    QSettings(QSettings::UserScope, QCoreApplication::applicationName()).clear();
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    // A real start: nobody is acting yet.
    m_t->db->setActor({});
}

void TestSessionStart::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_t.reset();
}

void TestSessionStart::type(QWidget* dialog, const QString& edit, const QString& text)
{
    if (auto* line = childOf<QLineEdit>(dialog, edit)) {
        line->clear();
        // Chinese text arrives whole from the input method, as insert() does.
        line->insert(text);
    }
}

void TestSessionStart::click(QWidget* dialog, const QString& button)
{
    if (auto* b = childOf<QAbstractButton>(dialog, button))
        QTest::mouseClick(b, Qt::LeftButton);
}

QString TestSessionStart::errorText(QWidget* dialog)
{
    auto* form = qobject_cast<FormDialog*>(dialog);
    return form ? form->errorText() : QString();
}

void TestSessionStart::demoThenLoginWithWrongAndRightPassword()
{
    whenShown(u"firstStartDialog"_s, [](QWidget* d) { click(d, u"demoButton"_s); });
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QString offeredName;
    QString wrongPasswordError;
    whenShown(u"loginDialog"_s, [&](QWidget* d) {
        offeredName = childOf<QLineEdit>(d, u"userNameEdit"_s)->text();
        type(d, u"passwordEdit"_s, u"wrong-one"_s);
        click(d, u"okButton"_s);
        wrongPasswordError = errorText(d);
        type(d, u"passwordEdit"_s, DemoData::DemoPassword);
        click(d, u"okButton"_s);
    });
    QVERIFY(SessionStart::run(*m_t->db));
    QVERIFY(MessageBox::lastText().contains(u"admin with the password admin"_s));
    QCOMPARE(offeredName, u"admin"_s);
    QCOMPARE(wrongPasswordError, u"Wrong user name or password."_s);
    QCOMPARE(m_t->db->actor().name, u"admin"_s);
    QCOMPARE(m_t->db->actor().role, Role::Director);
    QVERIFY(InstitutionRepository(*m_t->db).load().value().has_value());
}

void TestSessionStart::wizardLogsTheDirectorIn()
{
    whenShown(u"firstStartDialog"_s, [](QWidget* d) { click(d, u"setupButton"_s); });
    whenShown(u"setupWizard"_s, [](QWidget* d) {
        auto* wizard = qobject_cast<QWizard*>(d);
        type(d, u"nameEdit"_s, u"上党区童心托育园"_s);
        type(d, u"creditCodeEdit"_s, u"91350100M000100Y43"_s);
        childOf<QComboBox>(d, u"countyCombo"_s)->setCurrentText(u"上党区"_s);
        wizard->next();
        childOf<QSpinBox>(d, u"placesSpin"_s)->setValue(30);
        wizard->next();
        type(d, u"userNameEdit"_s, u"zhangli"_s);
        type(d, u"passwordEdit"_s, u"tuoyu-2026"_s);
        type(d, u"repeatPasswordEdit"_s, u"tuoyu-2026"_s);
        wizard->next();
        // The report signing key's passphrase: a short one keeps the wizard on its page.
        const int keyPage = wizard->currentId();
        type(d, u"newPassphraseEdit"_s, u"short"_s);
        type(d, u"repeatPassphraseEdit"_s, u"short"_s);
        wizard->next();
        QCOMPARE(wizard->currentId(), keyPage);
        type(d, u"newPassphraseEdit"_s, u"童心托育 月报 2026"_s);
        type(d, u"repeatPassphraseEdit"_s, u"童心托育 月报 2026"_s);
        wizard->next();
        QTest::mouseClick(wizard->button(QWizard::FinishButton), Qt::LeftButton);
        // Only reached when a page refused its fields: end the flow instead of waiting forever.
        if (wizard->isVisible())
            wizard->reject();
    });
    bool loginShown = false;
    whenShown(u"loginDialog"_s, [&](QWidget* d) {
        loginShown = true;
        qobject_cast<QDialog*>(d)->reject();
    });
    QVERIFY(SessionStart::run(*m_t->db));
    QVERIFY(!loginShown);
    QCOMPARE(m_t->db->actor().name, u"zhangli"_s);
    // The institution has its signing key, made by the director and opened by her passphrase.
    const Result<std::optional<KeyInfo>> key = InstitutionKeys(*m_t->db).current();
    QVERIFY(key && key.value());
    QCOMPARE(key.value()->createdBy, u"zhangli"_s);
    QVERIFY(InstitutionKeys(*m_t->db).unlock(u"童心托育 月报 2026"_s));
    QCOMPARE(m_t->db->actor().role, Role::Director);
}

void TestSessionStart::oldDatabaseGetsItsDirector()
{
    // A database from before user accounts: an institution, nobody to log in.
    m_t->db->setActor(Actor::systemActor());
    InstitutionProfile p;
    p.name = u"黎城县小太阳托育点"_s;
    p.creditCode = u"91110000600037341L"_s;
    p.county = u"黎城县"_s;
    p.places = 20;
    QVERIFY(InstitutionRepository(*m_t->db).save(p).ok());
    m_t->db->setActor({});
    QVERIFY(!UserRepository(*m_t->db).hasUsers());

    QString mismatch;
    whenShown(u"firstDirectorDialog"_s, [&](QWidget* d) {
        type(d, u"userNameEdit"_s, u"liuyan"_s);
        type(d, u"passwordEdit"_s, u"director-2026"_s);
        type(d, u"repeatPasswordEdit"_s, u"director-2062"_s);
        click(d, u"okButton"_s);
        mismatch = errorText(d);
        type(d, u"repeatPasswordEdit"_s, u"director-2026"_s);
        click(d, u"okButton"_s);
        if (d->isVisible())
            qobject_cast<QDialog*>(d)->reject();
    });
    QVERIFY(SessionStart::run(*m_t->db));
    QVERIFY2(mismatch.contains(u"passwords differ"_s), qPrintable(mismatch));
    // She just chose the password, so she is logged in without typing it again.
    QCOMPARE(m_t->db->actor().name, u"liuyan"_s);
    QCOMPARE(m_t->db->actor().role, Role::Director);
    QVERIFY(UserRepository(*m_t->db).authenticate(u"liuyan"_s, u"director-2026"_s).ok());
}

void TestSessionStart::prepareRequiredChange()
{
    m_t->db->setActor(Actor::systemActor());
    QVERIFY(DemoData::generate(*m_t->db, {20, 1, 1}).ok());
    QVERIFY(UserRepository(*m_t->db).resetPassword(u"admin"_s, u"temporary-1"_s).ok());
    QVERIFY(UserRepository(*m_t->db).find(u"admin"_s)->mustChangePassword);
    m_t->db->setActor({});
    whenShown(u"loginDialog"_s, [](QWidget* d) {
        type(d, u"userNameEdit"_s, u"admin"_s);
        type(d, u"passwordEdit"_s, u"temporary-1"_s);
        click(d, u"okButton"_s);
    });
}

void TestSessionStart::requiredPasswordChangeCannotBeSkipped()
{
    prepareRequiredChange();
    bool canCancel = true;
    bool escapeClosed = true;
    QString sameAsBefore;
    whenShown(u"changePasswordDialog"_s, [&](QWidget* d) {
        canCancel = d->findChild<QPushButton*>(u"cancelButton"_s) != nullptr;
        QTest::keyClick(d, Qt::Key_Escape);
        escapeClosed = !d->isVisible();
        if (escapeClosed)
            return;
        type(d, u"currentPasswordEdit"_s, u"temporary-1"_s);
        type(d, u"passwordEdit"_s, u"temporary-1"_s);
        type(d, u"repeatPasswordEdit"_s, u"temporary-1"_s);
        click(d, u"okButton"_s);
        sameAsBefore = errorText(d);
        type(d, u"passwordEdit"_s, u"my-own-2026"_s);
        type(d, u"repeatPasswordEdit"_s, u"my-own-2026"_s);
        click(d, u"okButton"_s);
        if (d->isVisible())
            qobject_cast<QDialog*>(d)->reject();
    });
    const bool started = SessionStart::run(*m_t->db);
    QVERIFY(!canCancel);
    QVERIFY2(!escapeClosed, "Escape must not skip the required change");
    QVERIFY2(sameAsBefore.contains(u"must differ"_s), qPrintable(sameAsBefore));
    QVERIFY(started);
    QCOMPARE(m_t->db->actor().name, u"admin"_s);
    QVERIFY(!UserRepository(*m_t->db).find(u"admin"_s)->mustChangePassword);
    QVERIFY(UserRepository(*m_t->db).authenticate(u"admin"_s, u"my-own-2026"_s).ok());
}

void TestSessionStart::loggingOutOfTheRequiredChangeEnds()
{
    prepareRequiredChange();
    whenShown(u"changePasswordDialog"_s, [](QWidget* d) { click(d, u"logOutButton"_s); });
    QVERIFY(!SessionStart::run(*m_t->db));
    QVERIFY(!m_t->db->actor().isValid());
    QVERIFY(UserRepository(*m_t->db).find(u"admin"_s)->mustChangePassword);
}

void TestSessionStart::closingTheLoginEnds()
{
    m_t->db->setActor(Actor::systemActor());
    QVERIFY(DemoData::generate(*m_t->db, {20, 1, 1}).ok());
    m_t->db->setActor({});
    whenShown(u"loginDialog"_s, [](QWidget* d) { click(d, u"cancelButton"_s); });
    QVERIFY(!SessionStart::run(*m_t->db));
    QVERIFY(!m_t->db->actor().isValid());
}

QTEST_MAIN(TestSessionStart)
#include "tst_sessionstart.moc"
