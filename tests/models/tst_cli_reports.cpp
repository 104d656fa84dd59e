#include "CliRunner.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Monthly reports on the command line, in order on one demo database whose October is closed: `report list` says
// October is not exported yet; `report export` refuses without a passphrase, with a wrong one and for an open
// month, then writes revision 1 that `verify` accepts; exporting again writes the same bytes; October reopened and
// closed again becomes revision 2, naming revision 1's hash, and both are listed.
class TestCliReports : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void octoberIsNotExportedYet();
    void refusals_data();
    void refusals();
    void exportWritesRevisionOneThatVerifies();
    void unchangedMonthIsWrittenAgain();
    void closedAgainIsRevisionTwo();

private:
    CliRun director(const QStringList& arguments, const QString& passphrase = {})
    {
        QMap<QString, QString> environment;
        if (!passphrase.isEmpty())
            environment.insert(u"DAYCAREDESK_PASSPHRASE"_s, passphrase);
        return runCli(QStringList {u"--db"_s, m_path, u"--user"_s, u"admin"_s} + arguments, u"2026-11-20"_s, u"admin"_s,
                      environment);
    }
    CliRun exportOctober()
    {
        return director({u"report"_s, u"export"_s, u"2026-10"_s, u"--out"_s, m_out, u"--json"_s}, m_passphrase);
    }
    QJsonObject october();

    QTemporaryDir m_dir;
    QString m_path;
    QString m_out;
    QString m_passphrase = u"小橘灯的钥匙 spring 2026"_s;
    QString m_first;
};

namespace {
QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestCliReports::initTestCase()
{
    m_path = m_dir.filePath(u"reports.db"_s);
    // A folder that does not exist yet: the export makes it.
    m_out = m_dir.filePath(u"usb/月报"_s);
    const CliRun demo = runCli({u"--db"_s, m_path, u"demo"_s, u"--children"_s, u"6"_s, u"--months"_s, u"2"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const CliRun key = director({u"key"_s, u"init"_s}, m_passphrase);
    QVERIFY2(key.exitCode == 0, qPrintable(key.err));
}

QJsonObject TestCliReports::october()
{
    const CliRun list = director({u"report"_s, u"list"_s, u"--json"_s});
    for (const QJsonValue& month : list.json()[u"months"_s].toArray())
        if (month[u"month"_s].toString() == u"2026-10"_s)
            return month.toObject();
    qWarning().noquote() << list.out << list.err;
    return {};
}

void TestCliReports::octoberIsNotExportedYet()
{
    const QJsonObject month = october();
    QCOMPARE(month[u"state"_s].toString(), u"not_exported"_s);
    QVERIFY(month[u"revisions"_s].toArray().isEmpty());
}

void TestCliReports::refusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList october {u"report"_s, u"export"_s, u"2026-10"_s, u"--out"_s};
    QTest::newRow("no passphrase") << october << QString() << 2 << u"passphrase"_s;
    QTest::newRow("wrong passphrase") << october << u"not the passphrase"_s << 3 << u"passphrase"_s;
    QTest::newRow("open month") << QStringList {u"report"_s, u"export"_s, u"2026-11"_s, u"--out"_s} << m_passphrase << 3
                                << u"2026-11"_s;
    QTest::newRow("no folder") << QStringList {u"report"_s, u"export"_s, u"2026-10"_s} << m_passphrase << 2
                               << u"--out"_s;
}

void TestCliReports::refusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, passphrase);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (arguments.last() == u"--out"_s)
        arguments << m_out;
    const CliRun run = director(arguments, passphrase);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(QDir(m_out).isEmpty());
}

void TestCliReports::exportWritesRevisionOneThatVerifies()
{
    const CliRun run = exportOctober();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"revision"_s].toInt(), 1);
    QVERIFY(run.json()[u"new_revision"_s].toBool());
    m_first = run.json()[u"report"_s].toString();
    QVERIFY2(m_first.endsWith(u"_2026-10_r1.ddreport.json"_s), qPrintable(m_first));
    QVERIFY(QFile::exists(run.json()[u"workbook"_s].toString()));
    QCOMPARE(run.json()[u"sha256"_s].toString(),
             QString::fromLatin1(QCryptographicHash::hash(contentOf(m_first), QCryptographicHash::Sha256).toHex()));

    const CliRun verify = director({u"verify"_s, m_first, u"--json"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QCOMPARE(verify.json()[u"summary"_s][u"month"_s].toString(), u"2026-10"_s);
    QCOMPARE(october()[u"state"_s].toString(), u"exported"_s);
}

void TestCliReports::unchangedMonthIsWrittenAgain()
{
    const QByteArray before = contentOf(m_first);
    QVERIFY(!before.isEmpty());
    QVERIFY(QFile::remove(m_first));
    const CliRun run = exportOctober();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY(!run.json()[u"new_revision"_s].toBool());
    QCOMPARE(run.json()[u"revision"_s].toInt(), 1);
    QCOMPARE(contentOf(m_first), before);
}

void TestCliReports::closedAgainIsRevisionTwo()
{
    const CliRun reopen = director({u"month"_s, u"reopen"_s, u"2026-10"_s, u"--reason"_s, u"补录病假"_s});
    QVERIFY2(reopen.exitCode == 0, qPrintable(reopen.err));
    QCOMPARE(october()[u"state"_s].toString(), u"reopened"_s);
    const CliRun close = director({u"month"_s, u"close"_s, u"2026-10"_s, u"--accept-missing"_s});
    QVERIFY2(close.exitCode == 0, qPrintable(close.err));
    QCOMPARE(october()[u"state"_s].toString(), u"closed_again"_s);

    const CliRun run = exportOctober();
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"revision"_s].toInt(), 2);
    const QString firstHash
        = QString::fromLatin1(QCryptographicHash::hash(contentOf(m_first), QCryptographicHash::Sha256).toHex());
    QCOMPARE(run.json()[u"previous_sha256"_s].toString(), firstHash);
    const QJsonArray revisions = october()[u"revisions"_s].toArray();
    QCOMPARE(revisions.size(), 2);
    QCOMPARE(revisions.at(1)[u"previous_sha256"_s].toString(), revisions.at(0)[u"sha256"_s].toString());
    QCOMPARE(october()[u"state"_s].toString(), u"exported"_s);
}

QTEST_GUILESS_MAIN(TestCliReports)
#include "tst_cli_reports.moc"
