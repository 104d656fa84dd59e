#include "CliRunner.h"
#include "store/Migrations.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// daycaredesk-cli as scripts use it: init/info round trips, exit codes, JSON on stdout, nothing changed on errors.
class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initThenInfoRoundTripsEveryField();
    void initRejectsBadInput_data();
    void initRejectsBadInput();
    void initRefusesADatabaseThatIsSetUp();
    void usageErrors_data();
    void usageErrors();
    void infoOnMissingDatabaseFails();
    void demoBuildsAnInstitution();
};

namespace {
QStringList initArguments(const QString& db)
{
    return {u"--db"_s,
            db,
            u"init"_s,
            u"--name"_s,
            u"屯留区康宁托育中心"_s,
            u"--credit-code"_s,
            u"91110000600037341L"_s,
            u"--county"_s,
            u"屯留区"_s,
            u"--type"_s,
            u"employer"_s,
            u"--operating-model"_s,
            u"public-private"_s,
            u"--places"_s,
            u"120"_s,
            u"--inclusive-from"_s,
            u"2025-06-15"_s,
            u"--inclusive-places"_s,
            u"90"_s,
            u"--json"_s};
}
} // namespace

void TestCli::initThenInfoRoundTripsEveryField()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.db"_s);
    const CliRun init = runCli(initArguments(db));
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    QCOMPARE(init.json().value(u"ok"_s).toBool(), true);

    const CliRun info = runCli({u"--db"_s, db, u"info"_s, u"--json"_s});
    QVERIFY2(info.exitCode == 0, qPrintable(info.err));
    QCOMPARE(info.out.count(u'\n'), 1); // one JSON object on one line
    const QJsonObject institution = info.json().value(u"institution"_s).toObject();
    QCOMPARE(institution.value(u"name"_s).toString(), u"屯留区康宁托育中心"_s);
    QCOMPARE(institution.value(u"credit_code"_s).toString(), u"91110000600037341L"_s);
    QCOMPARE(institution.value(u"county"_s).toString(), u"屯留区"_s);
    QCOMPARE(institution.value(u"type"_s).toString(), u"employer"_s);
    QCOMPARE(institution.value(u"operating_model"_s).toString(), u"public-private"_s);
    QCOMPARE(institution.value(u"places"_s).toInt(), 120);
    QCOMPARE(institution.value(u"inclusive"_s).toBool(), true);
    QCOMPARE(institution.value(u"inclusive_from"_s).toString(), u"2025-06-15"_s);
    QCOMPARE(institution.value(u"inclusive_places"_s).toInt(), 90);
    QCOMPARE(info.json().value(u"schema_version"_s).toInt(), Migrations::latestVersion());

    const CliRun text = runCli({u"--db"_s, db, u"info"_s});
    QCOMPARE(text.exitCode, 0);
    QVERIFY(text.out.contains(u"Institution: 屯留区康宁托育中心"_s));
}

void TestCli::initRejectsBadInput_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("credit code check character")
        << u"--credit-code"_s << u"91110000600037341K"_s << u"--credit-code: "_s;
    QTest::newRow("credit code length") << u"--credit-code"_s << u"9111000060003734"_s << u"--credit-code: "_s;
    QTest::newRow("unknown type") << u"--type"_s << u"school"_s << u"Unknown institution type"_s;
    QTest::newRow("places not a number") << u"--places"_s << u"many"_s << u"--places takes a whole number"_s;
    QTest::newRow("bad date") << u"--inclusive-from"_s << u"2025/06/15"_s << u"written YYYY-MM-DD"_s;
    QTest::newRow("inclusive places over places") << u"--inclusive-places"_s << u"121"_s << u"cannot exceed"_s;
}

void TestCli::initRejectsBadInput()
{
    QFETCH(QString, option);
    QFETCH(QString, value);
    QFETCH(QString, message);
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.db"_s);
    QStringList arguments = initArguments(db);
    arguments[arguments.indexOf(option) + 1] = value;
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(run.json().value(u"ok"_s).toBool(true), false);
    QVERIFY(!run.json().value(u"errors"_s).toArray().isEmpty());
    QVERIFY2(!QFile::exists(db), "a rejected init must not leave a database behind");
}

void TestCli::initRefusesADatabaseThatIsSetUp()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"x.db"_s);
    QCOMPARE(runCli(initArguments(db)).exitCode, 0);
    QStringList again = initArguments(db);
    again[again.indexOf(u"--name"_s) + 1] = u"另一个名字"_s;
    // Once the database has users, init needs one of them ...
    QCOMPARE(runCli(again).exitCode, 2);
    // ... and even the director cannot set up a second institution over the first.
    const CliRun run
        = runCli(QStringList {u"--user"_s, u"admin"_s, u"--password-file"_s, passwordFile(dir, u"admin"_s)} + again);
    QCOMPARE(run.exitCode, 3);
    QVERIFY(run.err.contains(u"already holds the institution"_s));
    QCOMPARE(runCli({u"--db"_s, db, u"info"_s, u"--json"_s}).json()[u"institution"_s][u"name"_s].toString(),
             u"屯留区康宁托育中心"_s);
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::newRow("no command") << QStringList {};
    QTest::newRow("unknown command") << QStringList {u"frobnicate"_s};
    QTest::newRow("unknown global option") << QStringList {u"--colour"_s, u"info"_s};
    QTest::newRow("unknown command option") << QStringList {u"--db"_s, u"/tmp/none.db"_s, u"info"_s, u"--all"_s};
    QTest::newRow("stray argument") << QStringList {u"--db"_s, u"/tmp/none.db"_s, u"info"_s, u"extra"_s};
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, arguments);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, 2);
    QVERIFY(!run.err.isEmpty());
}

void TestCli::infoOnMissingDatabaseFails()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"missing.db"_s);
    const CliRun run = runCli({u"--db"_s, db, u"info"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 1);
    QVERIFY(run.err.contains(u"There is no database at"_s));
    QCOMPARE(run.json().value(u"exit_code"_s).toInt(), 1);
    QVERIFY(!QFile::exists(db));
}

void TestCli::demoBuildsAnInstitution()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"demo.db"_s);
    const CliRun demo = runCli(
        {u"--db"_s, db, u"demo"_s, u"--children"_s, u"25"_s, u"--months"_s, u"2"_s, u"--seed"_s, u"9"_s, u"--json"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    QCOMPARE(demo.json().value(u"children"_s).toInt(), 25);
    const CliRun info = runCli({u"--db"_s, db, u"info"_s, u"--json"_s});
    QVERIFY(info.json().value(u"children_enrolled"_s).toInt() > 0);
    QCOMPARE(info.json().value(u"classes"_s).toInt(), demo.json().value(u"classes"_s).toInt());
    QCOMPARE(runCli({u"--db"_s, db, u"demo"_s}).exitCode, 3);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
