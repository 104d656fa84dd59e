#include "reports/Jwk.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The public key file a county registers: the RFC 7638 thumbprint checked against the RFC 8037 example key, the
// grouping read over the phone, a round trip through the file, and every malformed key refused with its reason.
class TestJwk : public QObject
{
    Q_OBJECT

private slots:
    void thumbprintOfTheRfc8037Key();
    void groupsOfFour_data();
    void groupsOfFour();
    void roundTripKeepsKeyAndInstitution();
    void writtenFileHasTheRfc8037Members();
    void malformedKeysAreRefused_data();
    void malformedKeysAreRefused();
};

namespace {
// RFC 8037 Appendix A.2's public key and, in A.3, its thumbprint.
const QString rfcX = u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s;
const QString rfcThumbprint = u"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"_s;

QByteArray rfcPublicKey()
{
    return QByteArray::fromBase64(rfcX.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}
} // namespace

void TestJwk::thumbprintOfTheRfc8037Key()
{
    QCOMPARE(rfcPublicKey().size(), Jwk::PublicKeySize);
    QCOMPARE(Jwk::base64Url(rfcPublicKey()), rfcX);
    QCOMPARE(Jwk::thumbprint(rfcPublicKey()), rfcThumbprint);
}

void TestJwk::groupsOfFour_data()
{
    QTest::addColumn<QString>("thumbprint");
    QTest::addColumn<QString>("grouped");
    QTest::newRow("RFC 8037 thumbprint, 43 characters")
        << rfcThumbprint << u"kPrK _qmx VWaY VA9w wBF6 Iuo3 vVzz 7TxH CTwX Bygr S4k"_s;
    QTest::newRow("exactly two groups") << u"abcdefgh"_s << u"abcd efgh"_s;
    QTest::newRow("shorter than a group") << u"ab"_s << u"ab"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestJwk::groupsOfFour()
{
    QFETCH(QString, thumbprint);
    QFETCH(QString, grouped);
    QCOMPARE(Jwk::grouped(thumbprint), grouped);
}

void TestJwk::roundTripKeepsKeyAndInstitution()
{
    const PublicJwk key {rfcPublicKey(), u"潞州区小橘灯托育园"_s, u"52140400MJY123456X"_s, u"潞州区"_s,
                         u"independent"_s};
    const Result<PublicJwk> parsed = Jwk::parse(Jwk::toJson(key));
    QVERIFY2(parsed, qPrintable(parsed.error()));
    QCOMPARE(parsed->publicKey, key.publicKey);
    QCOMPARE(parsed->name, key.name);
    QCOMPARE(parsed->creditCode, key.creditCode);
    QCOMPARE(parsed->county, key.county);
    QCOMPARE(parsed->type, key.type);
}

void TestJwk::writtenFileHasTheRfc8037Members()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"institution.jwk"_s);
    QVERIFY(Jwk::writeFile(path, {rfcPublicKey(), u"小橘灯"_s, u"52140400MJY123456X"_s, QString(), QString()}));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject object = QJsonDocument::fromJson(file.readAll()).object();
    QCOMPARE(object.value(u"kty"_s).toString(), u"OKP"_s);
    QCOMPARE(object.value(u"crv"_s).toString(), u"Ed25519"_s);
    QCOMPARE(object.value(u"x"_s).toString(), rfcX);
    QCOMPARE(object.value(u"name"_s).toString(), u"小橘灯"_s);
    QCOMPARE(object.value(u"credit_code"_s).toString(), u"52140400MJY123456X"_s);
    QVERIFY(!object.contains(u"d"_s));
}

void TestJwk::malformedKeysAreRefused_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    const QByteArray x = rfcX.toLatin1();
    QTest::newRow("not JSON") << QByteArray("kty=OKP") << u"not a JSON object"_s;
    QTest::newRow("a JSON array") << QByteArray("[1, 2]") << u"not a JSON object"_s;
    QTest::newRow("empty file") << QByteArray() << u"not a JSON object"_s;
    QTest::newRow("RSA key") << QByteArray(R"({"kty":"RSA","crv":"Ed25519","x":")" + x + "\"}") << u"of type \"RSA\""_s;
    QTest::newRow("no kty") << QByteArray(R"({"crv":"Ed25519","x":")" + x + "\"}") << u"of type \"\""_s;
    QTest::newRow("X25519 curve") << QByteArray(R"({"kty":"OKP","crv":"X25519","x":")" + x + "\"}")
                                  << u"on the curve \"X25519\""_s;
    QTest::newRow("short x") << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":")" + x.left(40) + "\"}")
                             << u"is not 32 bytes"_s;
    QTest::newRow("x with padding") << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":")" + x + "=\"}")
                                    << u"is not 32 bytes"_s;
    QTest::newRow("x not base64url") << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":"11qY+YKx/rfVS"})")
                                     << u"is not 32 bytes"_s;
    QTest::newRow("x missing") << QByteArray(R"({"kty":"OKP","crv":"Ed25519"})") << u"is not 32 bytes"_s;
    QTest::newRow("private key included") << QByteArray(
        R"({"kty":"OKP","crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","x":")" + x + "\"}")
                                          << u"contains a private key"_s;
}

void TestJwk::malformedKeysAreRefused()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    const Result<PublicJwk> parsed = Jwk::parse(json);
    QVERIFY(!parsed);
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

QTEST_APPLESS_MAIN(TestJwk)
#include "tst_jwk.moc"
