#include "Jws.h"

#include "Jwk.h"
#include "SigningKey.h"

#include <QJsonDocument>
#include <optional>
#include <sodium.h>

using namespace Qt::StringLiterals;

namespace {

const QString algorithm = u"EdDSA"_s;

// The bytes of a base64url member, or nullopt unless it is the one canonical unpadded spelling of them.
std::optional<QByteArray> decodeBase64Url(const QString& text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(),
                                                        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                                                            | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || Jwk::base64Url(decoded.decoded) != text)
        return std::nullopt;
    return decoded.decoded;
}

std::optional<QJsonObject> parseObject(const QByteArray& json)
{
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

} // namespace

QByteArray Jws::sign(const SigningKey& key, const QString& kid, const QString& type, const QByteArray& payload)
{
    // QJsonObject keeps its members sorted, so the header is always spelled alg, kid, typ.
    const QJsonObject header {{u"alg"_s, algorithm}, {u"kid"_s, kid}, {u"typ"_s, type}};
    const QString encodedHeader = Jwk::base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact));
    const QString encodedPayload = Jwk::base64Url(payload);
    const QByteArray signature = key.sign((encodedHeader + u'.' + encodedPayload).toLatin1());
    const QJsonObject jws {
        {u"payload"_s, encodedPayload}, {u"protected"_s, encodedHeader}, {u"signature"_s, Jwk::base64Url(signature)}};
    return QJsonDocument(jws).toJson(QJsonDocument::Compact);
}

Result<JwsMessage> Jws::parse(const QByteArray& bytes, Fault* fault)
{
    using R = Result<JwsMessage>;
    const auto refuse = [fault](Fault kind, const QString& message) {
        if (fault)
            *fault = kind;
        return R::failure(message);
    };
    const std::optional<QJsonObject> object = parseObject(bytes);
    if (!object)
        return refuse(Fault::Malformed, tr("The file is not a signed DaycareDesk file: it is not a JSON object."));
    const QJsonObject& jws = *object;
    const QStringList members {u"payload"_s, u"protected"_s, u"signature"_s};
    for (const QString& member : jws.keys()) {
        if (!members.contains(member))
            return refuse(Fault::Malformed,
                          tr("The signed file has the member \"%1\"; it may have only \"payload\", \"protected\" "
                             "and \"signature\".")
                              .arg(member));
    }
    QList<QByteArray> decoded;
    for (const QString& member : members) {
        if (!jws.contains(member))
            return refuse(Fault::Malformed, tr("The signed file has no \"%1\" member.").arg(member));
        if (!jws.value(member).isString())
            return refuse(Fault::Malformed, tr("The signed file's \"%1\" is not text.").arg(member));
        const std::optional<QByteArray> bytesOfMember = decodeBase64Url(jws.value(member).toString());
        if (!bytesOfMember)
            return refuse(Fault::Malformed,
                          tr("The signed file's \"%1\" is not base64url without padding.").arg(member));
        decoded << *bytesOfMember;
    }
    JwsMessage message;
    message.payload = decoded.at(0);
    message.signature = decoded.at(2);
    message.signingInput
        = (jws.value(u"protected"_s).toString() + u'.' + jws.value(u"payload"_s).toString()).toLatin1();
    const std::optional<QJsonObject> header = parseObject(decoded.at(1));
    if (!header)
        return refuse(Fault::Malformed, tr("The signed file's protected header is not a JSON object."));
    message.header = *header;
    if (!message.header.value(u"alg"_s).isString())
        return refuse(Fault::Malformed, tr("The signed file's protected header names no algorithm (\"alg\")."));
    const QString alg = message.header.value(u"alg"_s).toString();
    if (alg != algorithm)
        return refuse(Fault::Unsupported,
                      tr("The file is signed with the algorithm \"%1\"; DaycareDesk accepts only \"%2\" (Ed25519).")
                          .arg(alg, algorithm));
    // Extensions a reader must understand (RFC 7515 §4.1.11); DaycareDesk understands none.
    if (message.header.contains(u"crit"_s))
        return refuse(Fault::Unsupported,
                      tr("The file's protected header lists critical extensions (\"crit\"), which DaycareDesk does "
                         "not support."));
    message.kid = message.header.value(u"kid"_s).toString();
    if (message.kid.isEmpty())
        return refuse(Fault::Malformed, tr("The signed file's protected header does not name its key (\"kid\")."));
    if (message.header.contains(u"typ"_s) && !message.header.value(u"typ"_s).isString())
        return refuse(Fault::Malformed, tr("The signed file's protected header has a \"typ\" that is not text."));
    message.typ = message.header.value(u"typ"_s).toString();
    if (message.signature.size() != SigningKey::SignatureSize)
        return refuse(Fault::Malformed,
                      tr("The signature is %1 bytes long; an Ed25519 signature has %2.")
                          .arg(message.signature.size())
                          .arg(SigningKey::SignatureSize));
    return message;
}

bool Jws::verify(const JwsMessage& message, const QByteArray& publicKey)
{
    if (sodium_init() < 0 || publicKey.size() != crypto_sign_PUBLICKEYBYTES
        || message.signature.size() != crypto_sign_BYTES)
        return false;
    return crypto_sign_verify_detached(reinterpret_cast<const unsigned char*>(message.signature.constData()),
                                       reinterpret_cast<const unsigned char*>(message.signingInput.constData()),
                                       quint64(message.signingInput.size()),
                                       reinterpret_cast<const unsigned char*>(publicKey.constData()))
        == 0;
}
