#include "CliRunner.h"
#include "OutsideChanges.h"
#include "TempDatabase.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QDir>
#include <QJsonArray>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// daycaredesk-cli backup create/list/restore as scripts use them: JSON on stdout and the exit codes that tell a
// refusal (3) from a damaged backup (4) and a failure (1), with the database unchanged whenever a restore is refused.
class TestBackupCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void createThenListShowsTheBackup();
    void createRefusesAnExistingFile();
    void restoreExitCodes_data();
    void restoreExitCodes();
    void usageErrors_data();
    void usageErrors();

private:
    QStringList as(const QString& user, const QString& password) const;
    QTemporaryDir m_dir;
    QString m_template; // a demo database with a director (admin) and a finance user (li)
};

namespace {

const QString FinancePassword = u"finance-pass-1"_s;

// Runs a statement through Database, as the program would; its first value, or an invalid QVariant when there is
// none or it failed.
QVariant execute(const QString& path, const QString& statement)
{
    TempDatabase t;
    t.path = path;
    if (!t.open())
        return {};
    QVariant value;
    const Status done = t.db->transaction([&] {
        QSqlQuery query(t.db->connection());
        if (!query.exec(statement))
            return Sql::failure(query);
        if (query.next())
            value = query.value(0);
        return Status();
    });
    return done ? value : QVariant();
}

const QString Marker = u"after the backup"_s;

bool hasMarker(const QString& path)
{
    return execute(path, u"SELECT count(*) FROM closures WHERE reason = '%1'"_s.arg(Marker)).toInt() == 1;
}

} // namespace

QStringList TestBackupCli::as(const QString& user, const QString& password) const
{
    return {u"--user"_s, user, u"--password-file"_s, passwordFile(m_dir, password)};
}

void TestBackupCli::initTestCase()
{
    m_template = m_dir.filePath(u"template.db"_s);
    const CliRun demo = runCli({u"--db"_s, m_template, u"demo"_s, u"--children"_s, u"20"_s, u"--months"_s, u"1"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const CliRun added
        = runCli(as(u"admin"_s, u"admin"_s)
                 + QStringList {u"--db"_s, m_template, u"user"_s, u"add"_s, u"li"_s, u"--role"_s, u"finance"_s,
                                u"--new-password-file"_s, passwordFile(m_dir, FinancePassword)});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestBackupCli::createThenListShowsTheBackup()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"daycaredesk.db"_s);
    QVERIFY(QFile::copy(m_template, db));
    const CliRun created
        = runCli(as(u"admin"_s, u"admin"_s) + QStringList {u"--db"_s, db, u"backup"_s, u"create"_s, u"--json"_s});
    QVERIFY2(created.exitCode == 0, qPrintable(created.err));
    const QString file = created.json().value(u"file"_s).toString();
    QCOMPARE(file, dir.filePath(u"backups/daycaredesk-manual-2026-11-20T090000.db"_s));

    const CliRun listed
        = runCli(as(u"admin"_s, u"admin"_s) + QStringList {u"--db"_s, db, u"backup"_s, u"list"_s, u"--json"_s});
    QVERIFY2(listed.exitCode == 0, qPrintable(listed.err));
    const QJsonArray backups = listed.json().value(u"backups"_s).toArray();
    QCOMPARE(backups.size(), 1);
    const QJsonObject backup = backups.first().toObject();
    QCOMPARE(backup.value(u"path"_s).toString(), file);
    QCOMPARE(backup.value(u"kind"_s).toString(), u"manual"_s);
    QCOMPARE(backup.value(u"created"_s).toString(), u"2026-11-20T09:00:00"_s);
    QCOMPARE(backup.value(u"size"_s).toInteger(), QFileInfo(file).size());
    QCOMPARE(backup.value(u"schema_version"_s).toInt(), Migrations::latestVersion());

    const CliRun refused = runCli(as(u"li"_s, FinancePassword) + QStringList {u"--db"_s, db, u"backup"_s, u"create"_s});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(u"may not create and restore backups"_s), qPrintable(refused.err));
}

void TestBackupCli::createRefusesAnExistingFile()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"daycaredesk.db"_s);
    QVERIFY(QFile::copy(m_template, db));
    const QString out = dir.filePath(u"out.db"_s);
    QVERIFY(QFile::copy(m_template, out));
    const QByteArray before = fileHash(out);
    const CliRun run = runCli(as(u"admin"_s, u"admin"_s)
                              + QStringList {u"--db"_s, db, u"backup"_s, u"create"_s, u"--out"_s, out, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    QCOMPARE(run.json().value(u"ok"_s).toBool(true), false);
    QCOMPARE(fileHash(out), before);
}

void TestBackupCli::restoreExitCodes_data()
{
    QTest::addColumn<QString>("backup");
    QTest::addColumn<QString>("user");
    QTest::addColumn<int>("exitCode");
    QTest::newRow("good backup") << u"good"_s << u"admin"_s << 0;
    QTest::newRow("damaged backup") << u"damaged"_s << u"admin"_s << 4;
    QTest::newRow("newer schema") << u"newer"_s << u"admin"_s << 3;
    QTest::newRow("missing file") << u"missing"_s << u"admin"_s << 1;
    QTest::newRow("finance user") << u"good"_s << u"li"_s << 3;
}

void TestBackupCli::restoreExitCodes()
{
    QFETCH(QString, backup);
    QFETCH(QString, user);
    QFETCH(int, exitCode);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"daycaredesk.db"_s);
    QVERIFY(QFile::copy(m_template, db));
    // A day off recorded after the backup: gone after a restore, still there after a refusal. (The login itself
    // writes to the database, so its bytes are no measure here; tst_backup compares them.)
    execute(db, u"INSERT INTO closures VALUES ('2026-11-19', '%1')"_s.arg(Marker));
    QVERIFY(hasMarker(db));
    const QString file = dir.filePath(u"offered.db"_s);
    if (backup != u"missing"_s)
        QVERIFY(QFile::copy(m_template, file));
    if (backup == u"damaged"_s)
        overwritePages(file);
    if (backup == u"newer"_s)
        execute(file, u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1));

    const QString password = user == u"admin"_s ? u"admin"_s : FinancePassword;
    const CliRun run
        = runCli(as(user, password) + QStringList {u"--db"_s, db, u"backup"_s, u"restore"_s, file, u"--json"_s});
    QVERIFY2(run.exitCode == exitCode, qPrintable(run.err));
    QCOMPARE(run.json().value(u"ok"_s).toBool(), exitCode == 0);
    if (exitCode == 0) {
        QCOMPARE(fileHash(db), fileHash(file));
        QVERIFY(QFile::exists(run.json().value(u"previous_copy"_s).toString()));
    } else {
        QVERIFY(!run.json().value(u"error"_s).toString().isEmpty());
    }
    QCOMPARE(hasMarker(db), exitCode != 0);
}

void TestBackupCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no subcommand") << QStringList {u"backup"_s};
    QTest::newRow("unknown subcommand") << QStringList {u"backup"_s, u"copy"_s};
    QTest::newRow("restore without a file") << QStringList {u"backup"_s, u"restore"_s};
    QTest::newRow("no user") << QStringList {u"backup"_s, u"list"_s};
}

void TestBackupCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(QStringList {u"--db"_s, m_template} + arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

QTEST_GUILESS_MAIN(TestBackupCli)
#include "tst_backupcli.moc"
