#include "ChangedCopy.h"
#include "CliRunner.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The center commands as a county's clerk runs them: an institution's report held while its key is unknown, the
// key registered, the held file imported, the same file again said so, a changed copy refused with exit 4; only
// the center's officer may do it.
class TestCliCenter : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void heldRegisteredImportedRefused();
    void otherRolesAreRefused();

private:
    CliRun officer(const QStringList& arguments)
    {
        return runCliAs(m_center, u"zhongxin"_s, m_officerPassword, QStringList {u"center"_s} + arguments);
    }

    QTemporaryDir m_dir;
    QString m_center;
    QString m_report;
    QString m_jwk;
    const QString m_officerPassword = u"center-officer-2026"_s;
    const QString m_headPassword = u"center-head-2026"_s;
};

void TestCliCenter::initTestCase()
{
    const QString institution = m_dir.filePath(u"institution.db"_s);
    m_center = m_dir.filePath(u"center.db"_s);
    m_jwk = m_dir.filePath(u"institution.jwk"_s);
    const QString out = m_dir.filePath(u"out"_s);
    const QMap<QString, QString> passphrase {{u"DAYCAREDESK_PASSPHRASE"_s, u"小橘灯 月报 2026 签名"_s}};
    QCOMPARE(runCli({u"--db"_s, institution, u"demo"_s, u"--children"_s, u"6"_s, u"--months"_s, u"2"_s}).exitCode, 0);
    const QStringList asDirector {u"--db"_s, institution, u"--user"_s, u"admin"_s};
    QCOMPARE(runCli(asDirector + QStringList {u"key"_s, u"init"_s}, {}, u"admin"_s, passphrase).exitCode, 0);
    QCOMPARE(runCli(asDirector + QStringList {u"key"_s, u"export"_s, u"--out"_s, m_jwk}, {}, u"admin"_s).exitCode, 0);
    const CliRun exported
        = runCli(asDirector + QStringList {u"report"_s, u"export"_s, u"2026-10"_s, u"--out"_s, out, u"--json"_s}, {},
                 u"admin"_s, passphrase);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    m_report = exported.json()[u"report"_s].toString();
    QVERIFY(QFile::exists(m_report));

    const CliRun made = runCli({u"--db"_s, m_center, u"init"_s, u"--type"_s, u"county-center"_s, u"--name"_s,
                                u"潞州区托育综合服务中心"_s, u"--credit-code"_s, u"12140402MB0000001R"_s, u"--county"_s,
                                u"潞州区"_s, u"--admin-password-file"_s, passwordFile(m_dir, m_headPassword)});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
    const CliRun added
        = runCli({u"--db"_s, m_center, u"--user"_s, u"admin"_s, u"user"_s, u"add"_s, u"zhongxin"_s, u"--role"_s,
                  u"center"_s, u"--new-password-file"_s, passwordFile(m_dir, m_officerPassword)},
                 {}, m_headPassword);
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
}

void TestCliCenter::heldRegisteredImportedRefused()
{
    const CliRun held = officer({u"import"_s, m_report, u"--json"_s});
    QCOMPARE(held.exitCode, 0);
    QCOMPARE(held.json()[u"files"_s][0][u"verdict"_s].toString(), u"held"_s);

    const CliRun registered = officer({u"register"_s, m_jwk, u"--json"_s});
    QVERIFY2(registered.exitCode == 0, qPrintable(registered.err));
    QCOMPARE(registered.json()[u"outcome"_s].toString(), u"new_institution"_s);
    const QString creditCode = registered.json()[u"credit_code"_s].toString();

    // The held file comes in first, then the file offered, which is the same one.
    const CliRun imported = officer({u"import"_s, m_report, u"--json"_s});
    QCOMPARE(imported.exitCode, 0);
    const QJsonArray files = imported.json()[u"files"_s].toArray();
    QCOMPARE(files.size(), 2);
    QCOMPARE(files[0][u"verdict"_s].toString(), u"imported"_s);
    QCOMPARE(files[0][u"credit_code"_s].toString(), creditCode);
    QCOMPARE(files[0][u"month"_s].toString(), u"2026-10"_s);
    QCOMPARE(files[1][u"verdict"_s].toString(), u"already_imported"_s);

    const CliRun listed = officer({u"institutions"_s, u"--json"_s});
    QCOMPARE(listed.json()[u"institutions"_s][0][u"credit_code"_s].toString(), creditCode);
    QCOMPARE(listed.json()[u"institutions"_s][0][u"county"_s].toString(), u"潞州区"_s);

    // A copy with one figure changed after signing.
    const QString changed = m_dir.filePath(u"changed.ddreport.json"_s);
    QVERIFY(writeChangedCopy(m_report, changed, "payload"));
    const CliRun refused = officer({u"import"_s, changed, u"--json"_s});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.json()[u"files"_s][0][u"verdict"_s].toString(), u"rejected"_s);
}

void TestCliCenter::otherRolesAreRefused()
{
    // The institution's own director: her database keeps children, not other institutions' reports.
    const CliRun provider = runCli(
        {u"--db"_s, m_dir.filePath(u"institution.db"_s), u"--user"_s, u"admin"_s, u"center"_s, u"register"_s, m_jwk},
        {}, u"admin"_s);
    QCOMPARE(provider.exitCode, 3);
    QVERIFY2(provider.err.contains(u"not a center"_s), qPrintable(provider.err));
}

QTEST_GUILESS_MAIN(TestCliCenter)
#include "tst_cli_center.moc"
