#include "reports/Jwk.h"
#include "reports/Jws.h"
#include "reports/ReportFile.h"
#include "reports/SigningKey.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;

// Signed report files: the RFC 7515 flattened form round trip, every changed byte and every truncation refused,
// foreign algorithms, headers and encodings refused with their reason, the 20 MB limit applied before reading, and
// python3-jwcrypto, an independent JOSE implementation, agreeing in both directions.
class TestJws : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void writtenFileVerifies();
    void everyChangedByteIsRefused_data();
    void everyChangedByteIsRefused();
    void everyTruncationIsRefused();
    void wrongKeys();
    void refusedFiles_data();
    void refusedFiles();
    void oversizeFileIsNotRead();
    void missingFileIsUnreadable();
    void jwcryptoVerifiesOurFile();
    void jwcryptoSignedFileVerifies();
    void thumbprintAgreesWithJwcrypto();

private:
    // A flattened JWS spelled member by member, signed by m_key over whatever header and payload it is given.
    QByteArray craft(const QJsonObject& header, const QByteArray& payload, QJsonObject extra = {}) const;
    QJsonObject header(const QString& typ = ReportFile::MonthlyReportType.toString()) const
    {
        return {{u"alg"_s, u"EdDSA"_s}, {u"kid"_s, m_kid}, {u"typ"_s, typ}};
    }
    ReportVerdict check(const QByteArray& bytes) const { return ReportFile::verifyBytes(bytes, {m_key->publicKey()}); }
    // Whether python3-jwcrypto can be imported: Debian's modules live under /usr/bin/python3, not a python3 found
    // first on PATH.
    static bool joseAvailable();
    // What tests/support/jose_check.py printed; empty, with a warning, when it failed.
    static QByteArray jose(const QStringList& arguments);
    // Our public key as a JWK file.
    QString ourJwk() const
    {
        const QString path = m_dir.filePath(u"ours.jwk"_s);
        return Jwk::writeFile(
                   path, {m_key->publicKey(), u"潞州区小橘灯托育园"_s, u"52140400MJY123456X"_s, QString(), QString()})
            ? path
            : QString();
    }

    std::unique_ptr<SigningKey> m_key;
    QString m_kid;
    QByteArray m_payload;
    QByteArray m_signed;
    QTemporaryDir m_dir;
};

namespace {
const QString python = u"/usr/bin/python3"_s;
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray reportPayload(qint64 version = 1)
{
    const QJsonObject payload {{u"format"_s, u"daycaredesk.monthly-report"_s},
                               {u"version"_s, version},
                               {u"credit_code"_s, u"52140400MJY123456X"_s},
                               {u"month"_s, u"2026-10"_s},
                               {u"revision"_s, 1}};
    return QJsonDocument(payload).toJson(QJsonDocument::Compact);
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}
} // namespace

void TestJws::initTestCase()
{
    Result<SigningKey> key = SigningKey::generate();
    QVERIFY2(key, qPrintable(key.error()));
    m_key = std::make_unique<SigningKey>(std::move(key.value()));
    m_kid = Jwk::thumbprint(m_key->publicKey());
    m_payload = reportPayload();
    m_signed = Jws::sign(*m_key, m_kid, ReportFile::MonthlyReportType.toString(), m_payload);
}

QByteArray TestJws::craft(const QJsonObject& header, const QByteArray& payload, QJsonObject extra) const
{
    const QByteArray encodedHeader = json(header).toBase64(Base64Url);
    const QByteArray encodedPayload = payload.toBase64(Base64Url);
    const QByteArray signature = m_key->sign(encodedHeader + '.' + encodedPayload);
    for (const auto& [member, value] :
         {std::pair {u"payload"_s, encodedPayload}, std::pair {u"protected"_s, encodedHeader},
          std::pair {u"signature"_s, signature.toBase64(Base64Url)}}) {
        if (!extra.contains(member))
            extra.insert(member, QString::fromLatin1(value));
        else if (extra.value(member).isNull())
            extra.remove(member); // null in `extra` leaves the member out
    }
    return json(extra);
}

void TestJws::roundTrip()
{
    const QJsonObject file = QJsonDocument::fromJson(m_signed).object();
    QCOMPARE(file.keys(), (QStringList {u"payload"_s, u"protected"_s, u"signature"_s}));
    const QByteArray protectedHeader
        = QByteArray::fromBase64(file.value(u"protected"_s).toString().toLatin1(), Base64Url);
    QCOMPARE(protectedHeader, R"({"alg":"EdDSA","kid":")" + m_kid.toLatin1() + R"(","typ":"daycaredesk-report+json"})");

    const Result<JwsMessage> message = Jws::parse(m_signed);
    QVERIFY2(message, qPrintable(message.error()));
    QCOMPARE(message->kid, m_kid);
    QCOMPARE(message->typ, u"daycaredesk-report+json"_s);
    QCOMPARE(message->payload, m_payload);
    QCOMPARE(message->signature.size(), SigningKey::SignatureSize);
    QCOMPARE(message->signingInput,
             file.value(u"protected"_s).toString().toLatin1() + '.' + file.value(u"payload"_s).toString().toLatin1());
    QVERIFY(Jws::verify(message.value(), m_key->publicKey()));

    const ReportVerdict verdict = check(m_signed);
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    QCOMPARE(verdict.kid, m_kid);
    QCOMPARE(verdict.payload.value(u"month"_s).toString(), u"2026-10"_s);
}

void TestJws::writtenFileVerifies()
{
    const QString path = m_dir.filePath(u"52140400MJY123456X_2026-10_r1.ddreport.json"_s);
    QVERIFY(ReportFile::write(path, m_signed));
    const ReportVerdict verdict = ReportFile::verify(path, {m_key->publicKey()});
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    const Status refused = ReportFile::write(m_dir.filePath(u"no-such-folder/x.ddreport.json"_s), m_signed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"Could not write"_s), qPrintable(refused.error()));
}

void TestJws::everyChangedByteIsRefused_data()
{
    QTest::addColumn<int>("mask");
    for (int bit = 0; bit < 8; ++bit)
        QTest::addRow("bit %d", bit) << (1 << bit);
}

void TestJws::everyChangedByteIsRefused()
{
    QFETCH(int, mask);
    for (qsizetype i = 0; i < m_signed.size(); ++i) {
        QByteArray changed = m_signed;
        changed[i] = char(changed.at(i) ^ mask);
        const ReportVerdict verdict = check(changed);
        QVERIFY2(!verdict.isValid(), qPrintable(u"byte %1 changed to %2 went unnoticed"_s.arg(i).arg(changed.at(i))));
    }
}

void TestJws::everyTruncationIsRefused()
{
    for (qsizetype length = 0; length < m_signed.size(); ++length) {
        const ReportVerdict verdict = check(m_signed.left(length));
        QVERIFY2(!verdict.isValid(), qPrintable(u"a file cut to %1 bytes was accepted"_s.arg(length)));
        QVERIFY(verdict.kind == ReportVerdict::Malformed || verdict.kind == ReportVerdict::BadSignature);
    }
}

void TestJws::wrongKeys()
{
    Result<SigningKey> other = SigningKey::generate();
    QVERIFY(other);
    const ReportVerdict unknown = ReportFile::verifyBytes(m_signed, {other->publicKey()});
    QCOMPARE(unknown.kind, ReportVerdict::UnknownKey);
    QVERIFY2(unknown.message.contains(Jwk::grouped(m_kid)), qPrintable(unknown.message));
    QCOMPARE(ReportFile::verifyBytes(m_signed, {}).kind, ReportVerdict::UnknownKey);
    // Among several keys the kid picks the right one.
    QVERIFY(ReportFile::verifyBytes(m_signed, {other->publicKey(), m_key->publicKey()}).isValid());

    // Another key signs but claims to be ours.
    const QByteArray impostor
        = Jws::sign(other.value(), m_kid, ReportFile::MonthlyReportType.toString(), reportPayload());
    const ReportVerdict forged = check(impostor);
    QCOMPARE(forged.kind, ReportVerdict::BadSignature);
    QVERIFY2(forged.message.contains(u"the file was changed or signed with another key"_s), qPrintable(forged.message));
    QVERIFY(forged.payload.isEmpty());
    const Result<JwsMessage> message = Jws::parse(impostor);
    QVERIFY(message);
    QVERIFY(!Jws::verify(message.value(), m_key->publicKey()));
    QVERIFY(!Jws::verify(message.value(), QByteArray(7, 'x')));
}

void TestJws::refusedFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("message");
    const int malformed = ReportVerdict::Malformed;
    const int unsupported = ReportVerdict::Unsupported;
    const QJsonObject top = QJsonDocument::fromJson(m_signed).object();
    const QString padded = top.value(u"signature"_s).toString() + u"=="_s;
    const auto withHeader = [this](const QString& member, const QJsonValue& value) {
        QJsonObject h = header();
        if (value.isUndefined())
            h.remove(member);
        else
            h.insert(member, value);
        return h;
    };

    QTest::newRow("not JSON") << QByteArray("eyJhbGciOi.eyJmb3Jt.c2ln") << malformed << u"not a JSON object"_s;
    QTest::newRow("empty file") << QByteArray() << malformed << u"not a JSON object"_s;
    QTest::newRow("JSON array") << QByteArray("[]") << malformed << u"not a JSON object"_s;
    QTest::newRow("alg none") << craft(withHeader(u"alg"_s, u"none"_s), m_payload) << unsupported
                              << u"algorithm \"none\""_s;
    QTest::newRow("alg HS256") << craft(withHeader(u"alg"_s, u"HS256"_s), m_payload) << unsupported
                               << u"algorithm \"HS256\""_s;
    QTest::newRow("alg ES256") << craft(withHeader(u"alg"_s, u"ES256"_s), m_payload) << unsupported
                               << u"algorithm \"ES256\""_s;
    QTest::newRow("alg Ed25519, the curve not the algorithm")
        << craft(withHeader(u"alg"_s, u"Ed25519"_s), m_payload) << unsupported << u"algorithm \"Ed25519\""_s;
    QTest::newRow("no alg") << craft(withHeader(u"alg"_s, QJsonValue::Undefined), m_payload) << malformed
                            << u"no algorithm"_s;
    QTest::newRow("missing kid") << craft(withHeader(u"kid"_s, QJsonValue::Undefined), m_payload) << malformed
                                 << u"\"kid\""_s;
    QTest::newRow("kid not text") << craft(withHeader(u"kid"_s, 7), m_payload) << malformed << u"\"kid\""_s;
    QTest::newRow("crit") << craft(withHeader(u"crit"_s, QJsonArray {u"exp"_s}), m_payload) << unsupported
                          << u"\"crit\""_s;
    QTest::newRow("b64 false with crit") << craft(withHeader(u"crit"_s, QJsonArray {u"b64"_s}), m_payload)
                                         << unsupported << u"\"crit\""_s;
    QTest::newRow("no typ") << craft(withHeader(u"typ"_s, QJsonValue::Undefined), m_payload) << malformed
                            << u"no \"typ\""_s;
    QTest::newRow("typ not text") << craft(withHeader(u"typ"_s, 1), m_payload) << malformed << u"\"typ\""_s;
    QTest::newRow("unknown typ") << craft(header(u"daycaredesk-invoice+json"_s), m_payload) << unsupported
                                 << u"\"daycaredesk-invoice+json\""_s;
    QTest::newRow("unprotected header") << craft(header(), m_payload, {{u"header"_s, QJsonObject {{u"kid"_s, m_kid}}}})
                                        << malformed << u"\"header\""_s;
    QTest::newRow("general serialization")
        << craft(header(), m_payload, {{u"signatures"_s, QJsonArray {}}}) << malformed << u"\"signatures\""_s;
    QTest::newRow("no payload") << craft(header(), m_payload, {{u"payload"_s, QJsonValue::Null}}) << malformed
                                << u"no \"payload\""_s;
    QTest::newRow("no protected header") << craft(header(), m_payload, {{u"protected"_s, QJsonValue::Null}})
                                         << malformed << u"no \"protected\""_s;
    QTest::newRow("no signature") << craft(header(), m_payload, {{u"signature"_s, QJsonValue::Null}}) << malformed
                                  << u"no \"signature\""_s;
    QTest::newRow("signature not text") << craft(header(), m_payload, {{u"signature"_s, 64}}) << malformed
                                        << u"\"signature\" is not text"_s;
    QTest::newRow("padded signature") << craft(header(), m_payload, {{u"signature"_s, padded}}) << malformed
                                      << u"\"signature\" is not base64url without padding"_s;
    QTest::newRow("padded payload") << json(
        {{u"payload"_s, QString::fromLatin1(QByteArray("{}\n\n").toBase64(QByteArray::Base64UrlEncoding))},
         {u"protected"_s, top.value(u"protected"_s)},
         {u"signature"_s, top.value(u"signature"_s)}})
                                    << malformed << u"\"payload\" is not base64url without padding"_s;
    QTest::newRow("plain base64, not base64url")
        << craft(header(), m_payload, {{u"signature"_s, QString::fromLatin1(QByteArray(64, '\xfb').toBase64())}})
        << malformed << u"\"signature\" is not base64url"_s;
    QTest::newRow("short signature") << craft(
        header(), m_payload, {{u"signature"_s, QString::fromLatin1(QByteArray(63, 'x').toBase64(Base64Url))}})
                                     << malformed << u"63 bytes"_s;
    QTest::newRow("header not JSON") << craft(
        header(), m_payload, {{u"protected"_s, QString::fromLatin1(QByteArray("alg=EdDSA").toBase64(Base64Url))}})
                                     << malformed << u"protected header is not a JSON object"_s;
    QTest::newRow("unknown payload version") << craft(header(), reportPayload(2)) << unsupported << u"version 2"_s;
    QTest::newRow("payload version as text")
        << craft(header(), R"({"format":"daycaredesk.monthly-report","version":"1"})") << malformed
        << u"\"version\" is missing or not a whole number"_s;
    QTest::newRow("payload version 1.5") << craft(header(), R"({"format":"daycaredesk.monthly-report","version":1.5})")
                                         << malformed << u"\"version\" is missing or not a whole number"_s;
    QTest::newRow("payload without format") << craft(header(), R"({"version":1})") << malformed << u"\"format\""_s;
    QTest::newRow("format unlike the typ") << craft(header(), R"({"format":"daycaredesk.outreach","version":1})")
                                           << malformed << u"\"daycaredesk.outreach\""_s;
    QTest::newRow("payload not an object") << craft(header(), "[1]") << malformed << u"not a JSON object"_s;
}

void TestJws::refusedFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(int, kind);
    QFETCH(QString, message);
    const ReportVerdict verdict = check(file);
    QVERIFY2(verdict.message.contains(message), qPrintable(verdict.message));
    QCOMPARE(int(verdict.kind), kind);
}

void TestJws::oversizeFileIsNotRead()
{
    // Sparse: the file claims more than the limit without taking the space, and is never read.
    const QString path = m_dir.filePath(u"huge.ddreport.json"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QVERIFY(file.write(m_signed) == m_signed.size());
    QVERIFY(file.resize(ReportFile::MaximumSize + 1));
    file.close();
    const ReportVerdict verdict = ReportFile::verify(path, {m_key->publicKey()});
    QCOMPARE(verdict.kind, ReportVerdict::Unsupported);
    QVERIFY2(verdict.message.contains(u"at most"_s), qPrintable(verdict.message));

    // At the limit itself the file is read, and its trailing zeros make it no JSON.
    QVERIFY(QFile::resize(path, ReportFile::MaximumSize));
    QCOMPARE(ReportFile::verify(path, {m_key->publicKey()}).kind, ReportVerdict::Malformed);
}

void TestJws::missingFileIsUnreadable()
{
    const ReportVerdict verdict = ReportFile::verify(m_dir.filePath(u"none.ddreport.json"_s), {m_key->publicKey()});
    QCOMPARE(verdict.kind, ReportVerdict::Unreadable);
    QVERIFY2(verdict.message.contains(u"none.ddreport.json"_s), qPrintable(verdict.message));
}

bool TestJws::joseAvailable()
{
    QProcess probe;
    probe.start(python, {u"-c"_s, u"import jwcrypto"_s});
    return probe.waitForFinished(30000) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0;
}

QByteArray TestJws::jose(const QStringList& arguments)
{
    QProcess process;
    process.start(python, QStringList {QFINDTESTDATA("../support/jose_check.py")} + arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning().noquote() << "jose_check.py" << arguments << process.readAllStandardError();
        return {};
    }
    return process.readAllStandardOutput();
}

void TestJws::jwcryptoVerifiesOurFile()
{
    if (!joseAvailable())
        QSKIP("python3-jwcrypto is not installed; packaging/setup.sh installs it");
    const QString signedPath = m_dir.filePath(u"ours.ddreport.json"_s);
    QVERIFY(ReportFile::write(signedPath, m_signed));
    QCOMPARE(jose({u"verify"_s, signedPath, ourJwk()}), m_payload);
    // A changed payload must fail there too, or the check above proves nothing.
    const QString changedPath = m_dir.filePath(u"changed.ddreport.json"_s);
    QVERIFY(ReportFile::write(changedPath, craft(header(), m_payload, {{u"payload"_s, u"e30"_s}})));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(u"^jose_check.py"_s));
    QVERIFY(jose({u"verify"_s, changedPath, ourJwk()}).isEmpty());
}

void TestJws::jwcryptoSignedFileVerifies()
{
    if (!joseAvailable())
        QSKIP("python3-jwcrypto is not installed; packaging/setup.sh installs it");
    const QString payloadPath = m_dir.filePath(u"payload.json"_s);
    const QString signedPath = m_dir.filePath(u"theirs.ddreport.json"_s);
    const QString jwkPath = m_dir.filePath(u"theirs.jwk"_s);
    QVERIFY(ReportFile::write(payloadPath, m_payload));
    jose({u"sign"_s, payloadPath, signedPath, jwkPath});
    QFile jwkFile(jwkPath);
    QVERIFY(jwkFile.open(QIODevice::ReadOnly));
    const Result<PublicJwk> jwk = Jwk::parse(jwkFile.readAll());
    QVERIFY2(jwk, qPrintable(jwk.error()));
    QCOMPARE(jwk->creditCode, u"52140400MJY000000X"_s);
    const ReportVerdict verdict = ReportFile::verify(signedPath, {jwk->publicKey});
    QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
    QCOMPARE(verdict.kid, Jwk::thumbprint(jwk->publicKey));
    QCOMPARE(QJsonDocument(verdict.payload).toJson(QJsonDocument::Compact), m_payload);
}

void TestJws::thumbprintAgreesWithJwcrypto()
{
    if (!joseAvailable())
        QSKIP("python3-jwcrypto is not installed; packaging/setup.sh installs it");
    QCOMPARE(QString::fromLatin1(jose({u"thumbprint"_s, ourJwk()}).trimmed()), m_kid);
}

QTEST_GUILESS_MAIN(TestJws)
#include "tst_jws.moc"
