#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "store/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Accounts as people use them: logging in, the growing wait after wrong passwords, changing, resetting and
// disabling; the clear password is never stored.
class TestUsers : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { Clock::setFixed({}); }
    void logsInWithTheRightPasswordOnly();
    void waitGrowsAfterFiveWrongPasswords_data();
    void waitGrowsAfterFiveWrongPasswords();
    void rightPasswordAfterTheWaitResetsTheCount();
    void passwordIsStoredOnlyAsArgon2id();
    void changeResetAndDisable();
    void namesAndPasswordsAreChecked_data();
    void namesAndPasswordsAreChecked();

private:
    void advance(int seconds) { Clock::setFixed(Clock::now().addSecs(seconds)); }
    TempDatabase m_t;
};

void TestUsers::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(8, 0)));
    m_t.db.reset();
    QFile::remove(m_t.path);
    QVERIFY(m_t.open());
    QVERIFY(UserRepository(*m_t.db).createFirstDirector(u"zhangli"_s, u"director-pass"_s, false).ok());
}

void TestUsers::logsInWithTheRightPasswordOnly()
{
    UserRepository users(*m_t.db);
    const auto wrong = users.authenticate(u"zhangli"_s, u"director-pas"_s);
    QVERIFY(!wrong.ok());
    QCOMPARE(wrong.error(), u"Wrong user name or password."_s);
    // An unknown name gets the same answer, so names cannot be probed.
    QCOMPARE(users.authenticate(u"nobody"_s, u"x"_s).error(), u"Wrong user name or password."_s);
    const auto right = users.authenticate(u"ZhangLi"_s, u"director-pass"_s);
    QVERIFY(right.ok());
    QCOMPARE(right->name, u"zhangli"_s);
    QCOMPARE(right->role, Role::Director);
    QCOMPARE(users.find(u"zhangli"_s)->lastLoginAt, Clock::now());
}

void TestUsers::waitGrowsAfterFiveWrongPasswords_data()
{
    QTest::addColumn<int>("wrongTries");
    QTest::addColumn<int>("waitSeconds");
    QTest::newRow("four wrong: no wait") << 4 << 0;
    QTest::newRow("five wrong: 30 s") << 5 << 30;
    QTest::newRow("six wrong: 60 s") << 6 << 60;
    QTest::newRow("seven wrong: 120 s") << 7 << 120;
}

void TestUsers::waitGrowsAfterFiveWrongPasswords()
{
    QFETCH(int, wrongTries);
    QFETCH(int, waitSeconds);
    UserRepository users(*m_t.db);
    QString lastMessage;
    for (int i = 1; i <= wrongTries; ++i) {
        lastMessage = users.authenticate(u"zhangli"_s, u"wrong"_s).error();
        if (i < wrongTries)
            advance(3600); // each earlier wait has passed
    }
    if (waitSeconds == 0) {
        QCOMPARE(lastMessage, u"Wrong user name or password."_s);
        QVERIFY(users.authenticate(u"zhangli"_s, u"director-pass"_s).ok());
        return;
    }
    QVERIFY2(lastMessage.contains(u"in %1 second"_s.arg(waitSeconds)), qPrintable(lastMessage));
    // Even the right password is refused while waiting, and the message says how long is left.
    advance(waitSeconds - 10);
    const auto early = users.authenticate(u"zhangli"_s, u"director-pass"_s);
    QVERIFY(!early.ok());
    QVERIFY2(early.error().contains(u"Try again in 10 second"_s), qPrintable(early.error()));
    advance(10);
    QVERIFY(users.authenticate(u"zhangli"_s, u"director-pass"_s).ok());
}

void TestUsers::rightPasswordAfterTheWaitResetsTheCount()
{
    UserRepository users(*m_t.db);
    for (int i = 0; i < 5; ++i)
        users.authenticate(u"zhangli"_s, u"wrong"_s);
    advance(30);
    QVERIFY(users.authenticate(u"zhangli"_s, u"director-pass"_s).ok());
    QCOMPARE(users.authenticate(u"zhangli"_s, u"wrong"_s).error(), u"Wrong user name or password."_s);
}

void TestUsers::passwordIsStoredOnlyAsArgon2id()
{
    const QString stored = Sql::scalar(m_t.db->connection(), u"SELECT password_hash FROM users"_s).toString();
    QVERIFY(stored.startsWith(u"$argon2id$"_s));
    QVERIFY(!stored.contains(u"director-pass"_s));
}

void TestUsers::changeResetAndDisable()
{
    UserRepository users(*m_t.db);
    m_t.db->setActor(users.authenticate(u"zhangli"_s, u"director-pass"_s).value());
    QVERIFY(users.add(u"baoyu"_s, Role::Caregiver, u"caregiver-1"_s, u"王芳"_s).ok());
    QCOMPARE(users.add(u"BAOYU"_s, Role::Finance, u"whatever-1"_s).error(),
             u"There is already a user called \"BAOYU\"."_s);

    // Reset by the director: the caregiver must choose her own at the next login.
    QVERIFY(users.resetPassword(u"baoyu"_s, u"temporary-1"_s).ok());
    QVERIFY(users.find(u"baoyu"_s)->mustChangePassword);
    m_t.db->setActor(users.authenticate(u"baoyu"_s, u"temporary-1"_s).value());
    QCOMPARE(users.changePassword(u"wrong"_s, u"my-own-pass"_s).error(), u"The current password is wrong."_s);
    QVERIFY(!users.changePassword(u"temporary-1"_s, u"short"_s).ok());
    QVERIFY(users.changePassword(u"temporary-1"_s, u"my-own-pass"_s).ok());
    QVERIFY(!users.find(u"baoyu"_s)->mustChangePassword);
    // A caregiver may not disable anyone.
    QVERIFY(users.setDisabled(u"zhangli"_s, true).error().contains(u"may not"_s));

    m_t.db->setActor(users.authenticate(u"zhangli"_s, u"director-pass"_s).value());
    QVERIFY(users.setDisabled(u"baoyu"_s, true).ok());
    QCOMPARE(users.authenticate(u"baoyu"_s, u"my-own-pass"_s).error(),
             u"The account \"baoyu\" is disabled. Ask the director."_s);
    QVERIFY(users.find(u"baoyu"_s).ok()); // kept, with its history
    QCOMPARE(users.setDisabled(u"zhangli"_s, true).error(), u"You cannot disable your own account."_s);
    QVERIFY(users.setDisabled(u"baoyu"_s, false).ok());
    QVERIFY(users.authenticate(u"baoyu"_s, u"my-own-pass"_s).ok());
}

void TestUsers::namesAndPasswordsAreChecked_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("message");
    QTest::newRow("fine") << u"li.na"_s << u"long-enough"_s << QString();
    QTest::newRow("Chinese name") << u"李娜"_s << u"long-enough"_s << QString();
    QTest::newRow("space in name") << u"li na"_s << u"long-enough"_s << u"is not allowed"_s;
    QTest::newRow("one letter") << u"l"_s << u"long-enough"_s << u"is not allowed"_s;
    QTest::newRow("short password") << u"lina"_s << u"1234567"_s << u"at least 8 characters"_s;
}

void TestUsers::namesAndPasswordsAreChecked()
{
    QFETCH(QString, name);
    QFETCH(QString, password);
    QFETCH(QString, message);
    const auto added = UserRepository(*m_t.db).add(name, Role::Finance, password);
    QCOMPARE(added.ok(), message.isEmpty());
    if (!message.isEmpty())
        QVERIFY2(added.error().contains(message), qPrintable(added.error()));
}

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
