#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

class SigningKey;

// A signed file as read back: what the protected header says and the bytes the signature covers.
struct JwsMessage
{
    QJsonObject header; // the protected header, decoded
    QString kid;
    QString typ; // empty when the header names no type
    QByteArray payload;
    QByteArray signingInput; // ASCII(b64url(protected) "." b64url(payload)), what the signature covers
    QByteArray signature;
};

// Signed files as JSON Web Signatures (RFC 7515) in the flattened JSON serialization (§7.2.2), signed with Ed25519
// ("EdDSA", RFC 8037). Any JOSE library can check a file; DaycareDesk itself reads only the narrow form it writes.
class Jws
{
    Q_DECLARE_TR_FUNCTIONS(Jws)

public:
    // Why parse refused a file: broken, or well formed but using what DaycareDesk does not accept.
    enum class Fault
    {
        Malformed,
        Unsupported
    };

    // {"payload":…,"protected":…,"signature":…} with the protected header {"alg":"EdDSA","kid":kid,"typ":type}.
    static QByteArray sign(const SigningKey& key, const QString& kid, const QString& type, const QByteArray& payload);
    // Exactly the three members, each canonical base64url without padding; alg "EdDSA" and a kid in the protected
    // header, no "crit". An unprotected "header" member is refused: nothing unsigned may sit beside the signature
    // where a reader could mistake it for signed. On failure, *fault (when given) says which kind of refusal.
    static Result<JwsMessage> parse(const QByteArray& bytes, Fault* fault = nullptr);
    // Whether the signature over the signing input is publicKey's.
    static bool verify(const JwsMessage& message, const QByteArray& publicKey);
};
