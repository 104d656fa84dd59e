#include "CliRunner.h"
#include "TempDatabase.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/Jws.h"
#include "reports/ReportFile.h"

#include <QTest>

using namespace Qt::StringLiterals;

// `verify` on the command line: exit 0 for a good file, 3 for one that is broken or not understood, 4 when the
// signature or the key fails, 1 when the file cannot be read; --json names the verdict for scripts. Without --key
// the keys come from the institution's database, retired ones included, and no login is asked.
class TestCliVerify : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void verdicts_data();
    void verdicts();
    void validFileShowsWhoseReport();
    void jsonSummary();
    void keysFromTheDatabase();
    void badKeyFiles_data();
    void badKeyFiles();

private:
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        if (Status written = ReportFile::write(path, bytes); !written)
            qWarning().noquote() << written.error();
        return path;
    }

    QTemporaryDir m_dir;
    QString m_jwk;
    QString m_valid;
};

namespace {
const QString institution = u"潞州区小橘灯托育园"_s;
const QString creditCode = u"52140400MJY123456X"_s;
const QString reportType = ReportFile::MonthlyReportType.toString();

QByteArray payload(qint64 version = 1, int revision = 1)
{
    const QJsonObject object {
        {u"format"_s, u"daycaredesk.monthly-report"_s},
        {u"version"_s, version},
        {u"credit_code"_s, creditCode},
        {u"month"_s, u"2026-10"_s},
        {u"revision"_s, revision},
        {u"institution"_s, QJsonObject {{u"name"_s, institution}, {u"county"_s, u"潞州区"_s}}},
        {u"figures"_s,
         QJsonObject {
             {u"attendance"_s, QJsonObject {{u"rate"_s, QJsonObject {{u"numerator"_s, 276}, {u"denominator"_s, 294}}}}},
             {u"fees"_s, QJsonObject {{u"billed_fen"_s, 12345678}}}}},
    };
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

SigningKey newKey()
{
    Result<SigningKey> key = SigningKey::generate();
    if (!key)
        qFatal("%s", qPrintable(key.error()));
    return std::move(key.value());
}
} // namespace

void TestCliVerify::initTestCase()
{
    const SigningKey key = newKey();
    m_jwk = m_dir.filePath(u"institution.jwk"_s);
    QVERIFY(Jwk::writeFile(m_jwk, {key.publicKey(), institution, creditCode, QString(), QString()}));
    const QString kid = Jwk::thumbprint(key.publicKey());
    const QByteArray valid = Jws::sign(key, kid, reportType, payload());
    m_valid = file(creditCode + u"_2026-10_r1.ddreport.json"_s, valid);

    // Revision 2 put in place of revision 1 without signing again.
    QJsonObject changed = QJsonDocument::fromJson(valid).object();
    changed.insert(u"payload"_s, Jwk::base64Url(payload(1, 2)));
    file(u"changed.ddreport.json"_s, QJsonDocument(changed).toJson(QJsonDocument::Compact));
    file(u"other-key.ddreport.json"_s,
         Jws::sign(newKey(), Jwk::thumbprint(newKey().publicKey()), reportType, payload()));
    file(u"version-2.ddreport.json"_s, Jws::sign(key, kid, reportType, payload(2)));
    file(u"minimal.ddreport.json"_s,
         Jws::sign(key, kid, reportType, R"({"format":"daycaredesk.monthly-report","version":1,"figures":{}})"));
    file(u"garbage.ddreport.json"_s, "PK\x03\x04 not a report");
    QFile huge(m_dir.filePath(u"huge.ddreport.json"_s));
    QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(ReportFile::MaximumSize + 1));
}

void TestCliVerify::verdicts_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("verdict");
    QTest::addColumn<QString>("message");
    QTest::newRow("valid") << u"52140400MJY123456X_2026-10_r1.ddreport.json"_s << 0 << u"valid"_s
                           << u"The signature is valid"_s;
    QTest::newRow("valid, nothing to summarize")
        << u"minimal.ddreport.json"_s << 0 << u"valid"_s << u"The signature is valid"_s;
    QTest::newRow("changed after signing") << u"changed.ddreport.json"_s << 4 << u"bad_signature"_s
                                           << u"the file was changed or signed with another key"_s;
    QTest::newRow("another institution's key")
        << u"other-key.ddreport.json"_s << 4 << u"unknown_key"_s << u"not among the keys"_s;
    QTest::newRow("a newer version") << u"version-2.ddreport.json"_s << 3 << u"unsupported"_s << u"version 2"_s;
    QTest::newRow("not a report") << u"garbage.ddreport.json"_s << 3 << u"malformed"_s << u"not a JSON object"_s;
    QTest::newRow("too large") << u"huge.ddreport.json"_s << 3 << u"unsupported"_s << u"at most"_s;
    QTest::newRow("no such file") << u"none.ddreport.json"_s << 1 << u"unreadable"_s << u"Could not read"_s;
}

void TestCliVerify::verdicts()
{
    QFETCH(QString, name);
    QFETCH(int, exitCode);
    QFETCH(QString, verdict);
    QFETCH(QString, message);
    const QString path = m_dir.filePath(name);
    const CliRun json = runCli({u"verify"_s, path, u"--key"_s, m_jwk, u"--json"_s});
    QCOMPARE(json.exitCode, exitCode);
    QCOMPARE(json.json().value(u"verdict"_s).toString(), verdict);
    QCOMPARE(json.json().value(u"ok"_s).toBool(), exitCode == 0);
    QCOMPARE(json.json().value(u"exit_code"_s).toInt(), exitCode);
    QVERIFY2(json.json().value(u"message"_s).toString().contains(message), qPrintable(json.out));

    const CliRun text = runCli({u"verify"_s, path, u"--key"_s, m_jwk});
    QCOMPARE(text.exitCode, exitCode);
    const QString& said = exitCode == 0 ? text.out : text.err;
    QVERIFY2(said.contains(message), qPrintable(text.out + text.err));
}

void TestCliVerify::validFileShowsWhoseReport()
{
    const CliRun run = runCli({u"verify"_s, m_valid, u"--key"_s, m_jwk});
    QCOMPARE(run.exitCode, 0);
    for (const QString& expected : {institution, creditCode, u"Month: 2026-10"_s, u"Revision: 1"_s,
                                    u"Attendance (出勤率): 276 / 294 = 93.9%"_s, u"Fees billed: 123,456.78"_s})
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
}

void TestCliVerify::jsonSummary()
{
    const CliRun run = runCli({u"verify"_s, m_valid, u"--key"_s, m_jwk, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(run.json().value(u"typ"_s).toString(), reportType);
    QCOMPARE(run.json().value(u"kid"_s).toString().size(), 43);
    const QJsonObject summary = run.json().value(u"summary"_s).toObject();
    QCOMPARE(summary.value(u"institution"_s).toString(), institution);
    QCOMPARE(summary.value(u"credit_code"_s).toString(), creditCode);
    QCOMPARE(summary.value(u"month"_s).toString(), u"2026-10"_s);
    QCOMPARE(summary.value(u"revision"_s).toInt(), 1);
    QCOMPARE(summary.value(u"figures"_s).toObject().value(u"fees"_s).toObject().value(u"billed_fen"_s).toInteger(),
             12345678);
}

void TestCliVerify::keysFromTheDatabase()
{
    TempDatabase temp;
    QVERIFY(temp.open());
    const QString passphrase = u"小橘灯的钥匙 spring 2026"_s;
    InstitutionKeys keys(*temp.db);
    QVERIFY(keys.create(passphrase));
    QString before;
    {
        const Result<SigningKey> key = keys.unlock(passphrase);
        QVERIFY2(key, qPrintable(key.error()));
        before = file(u"before-rotation.ddreport.json"_s,
                      Jws::sign(key.value(), Jwk::thumbprint(key->publicKey()), reportType, payload()));
    }
    QVERIFY(keys.rotate(passphrase));
    const Result<SigningKey> key = keys.unlock(passphrase);
    QVERIFY(key);
    const QString after = file(u"after-rotation.ddreport.json"_s,
                               Jws::sign(key.value(), Jwk::thumbprint(key->publicKey()), reportType, payload(1, 2)));
    temp.db.reset();

    // No --user: the public keys are all that is read.
    for (const QString& path : {before, after}) {
        const CliRun run = runCli({u"--db"_s, temp.path, u"verify"_s, path, u"--json"_s});
        QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    }
    const CliRun foreign = runCli({u"--db"_s, temp.path, u"verify"_s, m_valid, u"--json"_s});
    QCOMPARE(foreign.exitCode, 4);
    QCOMPARE(foreign.json().value(u"verdict"_s).toString(), u"unknown_key"_s);
    // The key file given, the database is not consulted.
    const CliRun given = runCli({u"--db"_s, temp.path, u"verify"_s, before, u"--key"_s, m_jwk});
    QCOMPARE(given.exitCode, 4);
}

void TestCliVerify::badKeyFiles_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no file named") << QStringList {u"verify"_s} << 2 << u"Missing argument"_s;
    QTest::newRow("key file missing") << QStringList {u"verify"_s, m_valid, u"--key"_s, m_dir.filePath(u"none.jwk"_s)}
                                      << 1 << u"Cannot read the key file"_s;
    QTest::newRow("key file is a report")
        << QStringList {u"verify"_s, m_valid, u"--key"_s, m_valid} << 3 << u"has the type \"OKP\""_s;
}

void TestCliVerify::badKeyFiles()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCli(arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestCliVerify)
#include "tst_cli_verify.moc"
