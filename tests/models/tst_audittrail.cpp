#include "TempDatabase.h"
#include "access/AuditLog.h"
#include "access/AuditTrail.h"
#include "access/UserRepository.h"
#include "institution/InstitutionRepository.h"
#include "roster/ClassRepository.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The audit trail: every change lands in it with who and what, in the same transaction; and whatever someone does
// to it behind the program's back with the sqlite3 shell is found by verify().
class TestAuditTrail : public QObject
{
    Q_OBJECT

private slots:
    void recordsWhoChangedWhichFields();
    void neverRecordsPasswords();
    void failedChangeLeavesNoTrace();
    void tamperingIsFound_data();
    void tamperingIsFound();

private:
    // A database with a director and some history: 3 classes added, one renamed, one deleted.
    static void buildHistory(TempDatabase& t);
    static QList<AuditEntry> entries(Database& db, const QString& table);
};

void TestAuditTrail::buildHistory(TempDatabase& t)
{
    QVERIFY(t.open());
    UserRepository users(*t.db);
    QVERIFY(users.createFirstDirector(u"zhangli"_s, u"director-pass"_s, false).ok());
    const auto actor = users.authenticate(u"zhangli"_s, u"director-pass"_s);
    QVERIFY(actor.ok());
    t.db->setActor(actor.value());
    ClassRepository roster(*t.db);
    for (const QString& name : {u"乳儿一班"_s, u"托小一班"_s, u"托大一班"_s})
        QVERIFY(roster.add({0, name, ClassType::Mixed, 18, u"101"_s, {}}).ok());
    QVERIFY(t.db->transaction([&]() -> Status {
                    QSqlQuery q(t.db->connection());
                    q.prepare(u"UPDATE classes SET name = ?, room = room WHERE name = ?"_s);
                    if (Status s = Sql::exec(q, {u"托大二班"_s, u"托大一班"_s}); !s)
                        return s;
                    return Sql::exec(t.db->connection(), u"DELETE FROM classes WHERE name = '乳儿一班'"_s);
                })
                .ok());
}

QList<AuditEntry> TestAuditTrail::entries(Database& db, const QString& table)
{
    AuditFilter filter;
    filter.tableName = table;
    auto found = AuditLog::find(db, filter);
    return found ? found.value() : QList<AuditEntry>();
}

void TestAuditTrail::recordsWhoChangedWhichFields()
{
    TempDatabase t;
    buildHistory(t);
    const QList<AuditEntry> classes = entries(*t.db, u"classes"_s); // newest first
    QCOMPARE(classes.size(), 5);
    QCOMPARE(classes.at(0).action, u"delete"_s);
    QCOMPARE(QJsonDocument::fromJson(classes.at(0).oldValues.toUtf8())[u"name"_s].toString(), u"乳儿一班"_s);
    QCOMPARE(classes.at(1).action, u"update"_s);
    // Only the field that changed, with its old and new value.
    QCOMPARE(QJsonDocument::fromJson(classes.at(1).oldValues.toUtf8()).object(),
             QJsonObject({{u"name"_s, u"托大一班"_s}}));
    QCOMPARE(QJsonDocument::fromJson(classes.at(1).newValues.toUtf8()).object(),
             QJsonObject({{u"name"_s, u"托大二班"_s}}));
    for (const AuditEntry& e : classes)
        QCOMPARE(e.user, u"zhangli"_s);
    const auto verdict = AuditTrail::verify(t.db->connection());
    QVERIFY(verdict.ok());
    QVERIFY2(verdict->intact, qPrintable(verdict->message));
    QVERIFY(verdict->rowsChecked >= 7);
}

void TestAuditTrail::neverRecordsPasswords()
{
    TempDatabase t;
    buildHistory(t);
    QVERIFY(UserRepository(*t.db).add(u"caiwu"_s, Role::Finance, u"secret-finance"_s).ok());
    QVERIFY(UserRepository(*t.db).resetPassword(u"caiwu"_s, u"another-secret"_s).ok());
    const QList<AuditEntry> users = entries(*t.db, u"users"_s);
    QVERIFY(!users.isEmpty());
    for (const AuditEntry& e : users) {
        QVERIFY(!e.newValues.contains(u"argon2"_s));
        QVERIFY(!e.oldValues.contains(u"argon2"_s));
    }
    QVERIFY(users.first().newValues.contains(u"\"password_hash\":\"***\""_s));
}

void TestAuditTrail::failedChangeLeavesNoTrace()
{
    TempDatabase t;
    buildHistory(t);
    const qint64 before = Sql::scalar(t.db->connection(), u"SELECT count(*) FROM audit_log"_s).toLongLong();
    // A class name that exists already violates UNIQUE: the insert and its audit row both go.
    QVERIFY(!ClassRepository(*t.db).add({0, u"托小一班"_s, ClassType::Mixed, 18, {}, {}}).ok());
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM audit_log"_s).toLongLong(), before);
}

void TestAuditTrail::tamperingIsFound_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("row");
    const QString unlock = u"DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete; "_s;
    QTest::newRow("nothing done") << QString() << u"intact"_s << 0;
    QTest::newRow("a value edited") << unlock
            + u"UPDATE audit_log SET new_values = replace(new_values, '托小', '托中') "
              "WHERE id = 4;"_s << u"Audit row 4 was edited"_s
                                    << 4;
    QTest::newRow("the user changed") << unlock + u"UPDATE audit_log SET user_name = 'someone' WHERE id = 5;"_s
                                      << u"Audit row 5 was edited"_s << 5;
    QTest::newRow("a row deleted") << unlock + u"DELETE FROM audit_log WHERE id = 4;"_s << u"Audit row 4 was deleted"_s
                                   << 5;
    QTest::newRow("two rows deleted") << unlock + u"DELETE FROM audit_log WHERE id IN (4, 5);"_s
                                      << u"Audit rows 4 to 5 were deleted"_s << 6;
    QTest::newRow("the newest row deleted")
        << unlock + u"DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log);"_s << u"was deleted"_s << -1;
    QTest::newRow("two rows swapped") << unlock
            + u"UPDATE audit_log SET id = -4 WHERE id = 4; "
              "UPDATE audit_log SET id = 4 WHERE id = 5; "
              "UPDATE audit_log SET id = 5 WHERE id = -4;"_s
                                      << u"Audit row 4 is out of order"_s << 4;
    QTest::newRow("a row added by hand")
        << u"INSERT INTO audit_log (at, user_id, user_name, table_name, record_key, action) "
           "VALUES ('2026-01-01T00:00:00', 1, 'zhangli', 'classes', '9', 'insert');"_s
        << u"never sealed"_s << -1;
}

void TestAuditTrail::tamperingIsFound()
{
    QFETCH(QString, sql);
    QFETCH(QString, message);
    QFETCH(int, row);
    TempDatabase t;
    buildHistory(t);
    const qint64 last = Sql::scalar(t.db->connection(), u"SELECT max(id) FROM audit_log"_s).toLongLong();
    t.db.reset(); // closed, as when someone opens the file with another tool
    if (!sql.isEmpty()) {
        QProcess shell;
        shell.start(u"sqlite3"_s, {t.path, sql});
        QVERIFY2(shell.waitForFinished(20000), "the sqlite3 shell is needed for this test");
        QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    }
    QVERIFY(t.open());
    const auto verdict = AuditTrail::verify(t.db->connection());
    QVERIFY(verdict.ok());
    QVERIFY2(verdict->message.contains(message), qPrintable(verdict->message));
    QCOMPARE(verdict->intact, sql.isEmpty());
    if (!sql.isEmpty())
        QCOMPARE(verdict->firstBadRow, row > 0 ? qint64(row) : last + (message == u"never sealed"_s ? 1 : 0));
}

QTEST_GUILESS_MAIN(TestAuditTrail)
#include "tst_audittrail.moc"
