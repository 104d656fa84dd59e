#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

struct InstitutionProfile;

// An institution's public key as a JSON Web Key (RFC 8037 OKP/Ed25519), the file a county registers, with the
// institution's name, credit code, county and type as extra members so a person can tell whose key it is and the
// center can list it before its first report. The thumbprint covers the key alone.
struct PublicJwk
{
    QByteArray publicKey; // the 32 bytes of the Ed25519 public key
    QString name;
    QString creditCode;
    QString county; // empty in a file that does not say
    QString type; // InstitutionProfile::typeKey; empty in a file that does not say

    static PublicJwk of(const QByteArray& publicKey, const InstitutionProfile& institution);
};

class Jwk
{
    Q_DECLARE_TR_FUNCTIONS(Jwk)

public:
    static constexpr qsizetype PublicKeySize = 32;

    static QByteArray toJson(const PublicJwk& key);
    // Writes the JWK file atomically: a failed write leaves no half file under the name.
    static Status writeFile(const QString& path, const PublicJwk& key);
    // Reads a JWK file's content; refuses anything but an Ed25519 public key, and a JWK that holds a private key.
    static Result<PublicJwk> parse(const QByteArray& json);
    // The RFC 7638 thumbprint: SHA-256 over the canonical members, base64url without padding.
    static QString thumbprint(const QByteArray& publicKey);
    // Groups of four characters separated by spaces, for reading a thumbprint over the phone.
    static QString grouped(const QString& thumbprint);
    static QString base64Url(const QByteArray& bytes);
};
