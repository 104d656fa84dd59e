#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line's accounts and audit trail: logging in with --user, what each role may do, and the audit
// verdict's exit code when the file was tampered with.
class TestCliUsers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void needsAUserAndTheRightPassword();
    void directorManagesAccounts();
    void financeMayNotManageAccounts();
    void auditVerifyAndExport();
    void tamperedAuditExitsFour();

private:
    CliRun as(const QString& user, const QString& password, const QStringList& arguments)
    {
        return runCliAs(m_db, user, password, arguments);
    }
    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliUsers::initTestCase()
{
    m_db = m_dir.filePath(u"demo.db"_s);
    const CliRun demo = runCli({u"--db"_s, m_db, u"demo"_s, u"--children"_s, u"12"_s, u"--months"_s, u"1"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QVERIFY(demo.err.contains(u"admin"_s)); // it says how to log in
}

void TestCliUsers::needsAUserAndTheRightPassword()
{
    QCOMPARE(runCli({u"--db"_s, m_db, u"user"_s, u"list"_s}).exitCode, 2);
    const CliRun wrong = as(u"admin"_s, u"nimda"_s, {u"user"_s, u"list"_s});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY(wrong.err.contains(u"Wrong user name or password"_s));
    const CliRun fromFile = runCli({u"--db"_s, m_db, u"--user"_s, u"admin"_s, u"--password-file"_s,
                                    passwordFile(m_dir, u"admin"_s), u"user"_s, u"list"_s, u"--json"_s});
    QCOMPARE(fromFile.exitCode, 0);
    QCOMPARE(fromFile.json()[u"users"_s].toArray().first()[u"name"_s].toString(), u"admin"_s);
}

void TestCliUsers::directorManagesAccounts()
{
    const QString file = passwordFile(m_dir, u"finance-2026"_s);
    const CliRun added = as(u"admin"_s, u"admin"_s,
                            {u"user"_s, u"add"_s, u"caiwu"_s, u"--role"_s, u"finance"_s, u"--new-password-file"_s, file,
                             u"--full-name"_s, u"李娟"_s, u"--json"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const CliRun list = as(u"caiwu"_s, u"finance-2026"_s, {u"user"_s, u"list"_s, u"--json"_s});
    QCOMPARE(list.exitCode, 0);
    bool found = false;
    for (const QJsonValue& u : list.json()[u"users"_s].toArray())
        found |= u[u"name"_s].toString() == u"caiwu"_s && u[u"role"_s].toString() == u"finance"_s
            && u[u"full_name"_s].toString() == u"李娟"_s;
    QVERIFY(found);

    const CliRun badRole = as(u"admin"_s, u"admin"_s,
                              {u"user"_s, u"add"_s, u"x1"_s, u"--role"_s, u"boss"_s, u"--new-password-file"_s, file});
    QCOMPARE(badRole.exitCode, 3);
    QVERIFY(badRole.err.contains(u"Unknown role"_s));

    QCOMPARE(as(u"admin"_s, u"admin"_s, {u"user"_s, u"disable"_s, u"caiwu"_s}).exitCode, 0);
    QVERIFY(as(u"caiwu"_s, u"finance-2026"_s, {u"user"_s, u"list"_s}).err.contains(u"disabled"_s));
    QCOMPARE(as(u"admin"_s, u"admin"_s, {u"user"_s, u"enable"_s, u"caiwu"_s}).exitCode, 0);

    // Reset by the director, then the user changes it herself.
    QCOMPARE(as(u"admin"_s, u"admin"_s,
                {u"user"_s, u"passwd"_s, u"caiwu"_s, u"--new-password-file"_s, passwordFile(m_dir, u"reset-pass"_s)})
                 .exitCode,
             0);
    QCOMPARE(as(u"caiwu"_s, u"reset-pass"_s,
                {u"user"_s, u"passwd"_s, u"caiwu"_s, u"--new-password-file"_s, passwordFile(m_dir, u"own-pass-1"_s)})
                 .exitCode,
             0);
    QCOMPARE(as(u"caiwu"_s, u"own-pass-1"_s, {u"user"_s, u"list"_s}).exitCode, 0);
}

void TestCliUsers::financeMayNotManageAccounts()
{
    as(u"admin"_s, u"admin"_s,
       {u"user"_s, u"add"_s, u"caiwu2"_s, u"--role"_s, u"finance"_s, u"--new-password-file"_s,
        passwordFile(m_dir, u"finance-pass"_s)});
    const CliRun refused = as(u"caiwu2"_s, u"finance-pass"_s,
                              {u"user"_s, u"add"_s, u"x2"_s, u"--role"_s, u"director"_s, u"--new-password-file"_s,
                               passwordFile(m_dir, u"finance-pass"_s)});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(u"may not manage user accounts"_s), qPrintable(refused.err));
    QCOMPARE(as(u"caiwu2"_s, u"finance-pass"_s, {u"audit"_s, u"verify"_s}).exitCode, 3);
}

void TestCliUsers::auditVerifyAndExport()
{
    const CliRun verify = as(u"admin"_s, u"admin"_s, {u"audit"_s, u"verify"_s, u"--json"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QCOMPARE(verify.json()[u"intact"_s].toBool(), true);
    QVERIFY(verify.json()[u"rows_checked"_s].toInt() > 100);

    const QString csv = m_dir.filePath(u"audit.csv"_s);
    QCOMPARE(
        as(u"admin"_s, u"admin"_s, {u"audit"_s, u"export"_s, u"--out"_s, csv, u"--record-type"_s, u"users"_s}).exitCode,
        0);
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"
                               "id,at,user,record_type,record,action,old_values,new_values\r\n"));
    QVERIFY(content.contains("caiwu"));
    QVERIFY(!content.contains("argon2"));

    // The whole trail, children included: ID numbers and phones leave the program masked.
    const QString all = m_dir.filePath(u"all.csv"_s);
    QCOMPARE(as(u"admin"_s, u"admin"_s, {u"audit"_s, u"export"_s, u"--out"_s, all}).exitCode, 0);
    QFile allFile(all);
    QVERIFY(allFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(allFile.readAll());
    QVERIFY(text.contains(u"\"\"id_number\"\":\"\"1404"_s));
    QVERIFY(!text.contains(QRegularExpression(u"\\b1404\\d{12}[\\dX]\\b"_s)));
    QVERIFY(!text.contains(QRegularExpression(u"\\b1[3-9]\\d{9}\\b"_s)));
}

void TestCliUsers::tamperedAuditExitsFour()
{
    QProcess shell;
    shell.start(u"sqlite3"_s,
                {m_db,
                 u"DROP TRIGGER audit_log_no_update; "
                 "UPDATE audit_log SET user_name = 'nobody' WHERE id = 3;"_s});
    QVERIFY(shell.waitForFinished(20000) && shell.exitCode() == 0);
    const CliRun verify = as(u"admin"_s, u"admin"_s, {u"audit"_s, u"verify"_s, u"--json"_s});
    QCOMPARE(verify.exitCode, 4);
    QCOMPARE(verify.json()[u"first_bad_row"_s].toInt(), 3);
    QVERIFY(verify.json()[u"message"_s].toString().contains(u"Audit row 3 was edited"_s));
}

QTEST_GUILESS_MAIN(TestCliUsers)
#include "tst_cli_users.moc"
