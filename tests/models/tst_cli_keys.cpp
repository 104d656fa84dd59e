#include "CliRunner.h"
#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "reports/Jwk.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// The signing keys on the command line, in order on one demo database: passphrases only from a file or the
// environment, other roles and short passphrases refused; `key init`, then `key export` whose JWK has the thumbprint
// `key fingerprint` prints (checked by python3-jwcrypto too when it is installed); `key passphrase` keeping the
// key; `key rotate` keeping the old key retired.
class TestCliKeys : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refusedBeforeAnyKey_data();
    void refusedBeforeAnyKey();
    void initFromEnvironment();
    void exportedKeyHasTheFingerprint();
    void independentLibraryAgrees();
    void passphraseChangeKeepsTheKey();
    void rotateKeepsTheOldKey();

private:
    CliRun director(const QStringList& arguments, const QMap<QString, QString>& environment = {})
    {
        return runCli(QStringList {u"--db"_s, m_path, u"--user"_s, u"admin"_s} + arguments, u"2026-11-20"_s, u"admin"_s,
                      environment);
    }
    QString fingerprint();
    QString exported(const QString& name);

    QTemporaryDir m_dir;
    QString m_path;
    QString m_passphrase = u"小橘灯的钥匙 spring 2026"_s;
    QString m_jwk;
};

void TestCliKeys::initTestCase()
{
    m_path = m_dir.filePath(u"keys.db"_s);
    const CliRun demo = runCli({u"--db"_s, m_path, u"demo"_s, u"--children"_s, u"4"_s, u"--months"_s, u"1"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    auto db = Database::open(m_path, Database::OpenMode::ExistingOnly);
    QVERIFY(db);
    db.value()->setActor(Actor::systemActor());
    QVERIFY(UserRepository(*db.value()).add(u"caiwu"_s, Role::Finance, u"finance-2026"_s));
}

QString TestCliKeys::fingerprint()
{
    const CliRun run = director({u"key"_s, u"fingerprint"_s});
    if (run.exitCode != 0)
        qWarning().noquote() << run.err;
    return run.out.trimmed();
}

// The thumbprint of the JWK file `key export` writes, or an empty string with a warning.
QString TestCliKeys::exported(const QString& name)
{
    m_jwk = m_dir.filePath(name);
    const CliRun run = director({u"key"_s, u"export"_s, u"--out"_s, m_jwk});
    QFile file(m_jwk);
    if (run.exitCode != 0 || !file.open(QIODevice::ReadOnly)) {
        qWarning().noquote() << run.err;
        return {};
    }
    const Result<PublicJwk> jwk = Jwk::parse(file.readAll());
    if (!jwk)
        qWarning().noquote() << jwk.error();
    return jwk ? Jwk::thumbprint(jwk->publicKey) : QString();
}

void TestCliKeys::refusedBeforeAnyKey_data()
{
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QString file = passwordFile(m_dir, m_passphrase);
    const QStringList init {u"key"_s, u"init"_s};
    QTest::newRow("no passphrase") << u"admin"_s << u"admin"_s << init << 2 << u"DAYCAREDESK_PASSPHRASE"_s;
    QTest::newRow("unreadable passphrase file")
        << u"admin"_s << u"admin"_s << init + QStringList {u"--passphrase-file"_s, m_dir.filePath(u"none"_s)} << 1
        << u"Cannot read"_s;
    QTest::newRow("short passphrase") << u"admin"_s << u"admin"_s
                                      << init + QStringList {u"--passphrase-file"_s, passwordFile(m_dir, u"short"_s)}
                                      << 3 << u"at least 10 characters"_s;
    QTest::newRow("finance makes no key")
        << u"caiwu"_s << u"finance-2026"_s << init + QStringList {u"--passphrase-file"_s, file} << 3
        << u"signing keys"_s;
    QTest::newRow("no key to show") << u"admin"_s << u"admin"_s << QStringList {u"key"_s, u"fingerprint"_s} << 3
                                    << u"no signing key yet"_s;
    QTest::newRow("no key to export") << u"admin"_s << u"admin"_s
                                      << QStringList {u"key"_s, u"export"_s, u"--out"_s, m_dir.filePath(u"x.jwk"_s)}
                                      << 3 << u"no signing key yet"_s;
    QTest::newRow("export without --out")
        << u"admin"_s << u"admin"_s << QStringList {u"key"_s, u"export"_s} << 2 << u"--out"_s;
}

void TestCliKeys::refusedBeforeAnyKey()
{
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = runCliAs(m_path, user, password, arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.jwk"_s)));
}

void TestCliKeys::initFromEnvironment()
{
    const CliRun run = director({u"key"_s, u"init"_s, u"--json"_s}, {{u"DAYCAREDESK_PASSPHRASE"_s, m_passphrase}});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json().value(u"created_by"_s).toString(), u"admin"_s);
    QCOMPARE(fingerprint(), run.json().value(u"fingerprint"_s).toString());
    const CliRun again = director({u"key"_s, u"init"_s, u"--passphrase-file"_s, passwordFile(m_dir, m_passphrase)});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(u"has a signing key already"_s), qPrintable(again.err));
}

void TestCliKeys::exportedKeyHasTheFingerprint()
{
    const QString thumbprint = exported(u"institution.jwk"_s);
    QVERIFY(!thumbprint.isEmpty());
    QCOMPARE(Jwk::grouped(thumbprint), fingerprint());
    QFile file(m_jwk);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<PublicJwk> jwk = Jwk::parse(file.readAll());
    QVERIFY(jwk);
    QCOMPARE(jwk->name, u"潞州区小橘灯托育园"_s);
    QVERIFY(!jwk->creditCode.isEmpty());
}

void TestCliKeys::independentLibraryAgrees()
{
    // Debian's python modules live under /usr/bin/python3, not a python3 found first on PATH.
    QProcess probe;
    probe.start(u"/usr/bin/python3"_s, {u"-c"_s, u"import jwcrypto"_s});
    if (!probe.waitForFinished(30000) || probe.exitStatus() != QProcess::NormalExit || probe.exitCode() != 0)
        QSKIP("python3-jwcrypto is not installed");
    QProcess python;
    python.start(u"/usr/bin/python3"_s,
                 {u"-c"_s,
                  u"import sys; from jwcrypto import jwk; "
                  "print(jwk.JWK.from_json(open(sys.argv[1], 'rb').read()).thumbprint())"_s,
                  m_jwk});
    QVERIFY(python.waitForFinished(30000));
    QVERIFY2(python.exitCode() == 0, python.readAllStandardError().constData());
    QCOMPARE(Jwk::grouped(QString::fromUtf8(python.readAllStandardOutput()).trimmed()), fingerprint());
}

void TestCliKeys::passphraseChangeKeepsTheKey()
{
    const QString before = fingerprint();
    const QString current = passwordFile(m_dir, m_passphrase);
    const QString fresh = passwordFile(m_dir, u"a new and longer passphrase"_s);
    const CliRun wrong
        = director({u"key"_s, u"passphrase"_s, u"--passphrase-file"_s, fresh, u"--new-passphrase-file"_s, current});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains(u"passphrase is wrong"_s), qPrintable(wrong.err));
    const CliRun changed
        = director({u"key"_s, u"passphrase"_s, u"--passphrase-file"_s, current, u"--new-passphrase-file"_s, fresh});
    QVERIFY2(changed.exitCode == 0, qPrintable(changed.err));
    QCOMPARE(fingerprint(), before);
    // The old passphrase no longer opens the key; the new one does.
    QCOMPARE(director({u"key"_s, u"rotate"_s, u"--passphrase-file"_s, current}).exitCode, 3);
    m_passphrase = u"a new and longer passphrase"_s;
}

void TestCliKeys::rotateKeepsTheOldKey()
{
    const QString before = fingerprint();
    const CliRun finance = runCliAs(m_path, u"caiwu"_s, u"finance-2026"_s,
                                    {u"key"_s, u"rotate"_s, u"--passphrase-file"_s, passwordFile(m_dir, m_passphrase)});
    QCOMPARE(finance.exitCode, 3);
    const CliRun rotated
        = director({u"key"_s, u"rotate"_s, u"--json"_s, u"--passphrase-file"_s, passwordFile(m_dir, m_passphrase)});
    QVERIFY2(rotated.exitCode == 0, qPrintable(rotated.err));
    const QString after = fingerprint();
    QVERIFY(after != before);
    QCOMPARE(rotated.json().value(u"fingerprint"_s).toString(), after);
    const QJsonArray keys = director({u"key"_s, u"list"_s, u"--json"_s}).json().value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 2);
    QCOMPARE(keys.at(0)[u"fingerprint"_s].toString(), before);
    QVERIFY(keys.at(0)[u"retired_at"_s].isString());
    QCOMPARE(keys.at(1)[u"fingerprint"_s].toString(), after);
    QVERIFY(keys.at(1)[u"retired_at"_s].isNull());
    QCOMPARE(Jwk::grouped(exported(u"rotated.jwk"_s)), after);
}

QTEST_GUILESS_MAIN(TestCliKeys)
#include "tst_cli_keys.moc"
