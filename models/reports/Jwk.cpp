#include "Jwk.h"

#include "institution/InstitutionProfile.h"

#include <QCryptographicHash>
#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace {
constexpr auto Base64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
} // namespace

QString Jwk::base64Url(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toBase64(Base64Url));
}

PublicJwk PublicJwk::of(const QByteArray& publicKey, const InstitutionProfile& institution)
{
    return {publicKey, institution.name, institution.creditCode, institution.county,
            InstitutionProfile::typeKey(institution.type)};
}

QByteArray Jwk::toJson(const PublicJwk& key)
{
    const QJsonObject object {{u"kty"_s, u"OKP"_s},
                              {u"crv"_s, u"Ed25519"_s},
                              {u"x"_s, base64Url(key.publicKey)},
                              {u"name"_s, key.name},
                              {u"credit_code"_s, key.creditCode},
                              {u"county"_s, key.county},
                              {u"institution_type"_s, key.type}};
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

Status Jwk::writeFile(const QString& path, const PublicJwk& key)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson(key)) < 0 || !file.commit())
        return Status::failure(
            tr("Could not write the key file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

Result<PublicJwk> Jwk::parse(const QByteArray& json)
{
    using R = Result<PublicJwk>;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return R::failure(tr("The key file is not a JSON Web Key: it is not a JSON object."));
    const QJsonObject object = document.object();
    if (object.value(u"kty"_s).toString() != u"OKP"_s)
        return R::failure(tr("The key file holds a key of type \"%1\"; an Ed25519 key has the type \"OKP\".")
                              .arg(object.value(u"kty"_s).toString()));
    if (object.value(u"crv"_s).toString() != u"Ed25519"_s)
        return R::failure(tr("The key file holds a key on the curve \"%1\"; only Ed25519 keys are accepted.")
                              .arg(object.value(u"crv"_s).toString()));
    // A public key file must never carry the secret half; refusing it tells the sender something went wrong.
    if (object.contains(u"d"_s))
        return R::failure(tr("The key file contains a private key. Send and register only the public key."));
    const auto decoded = QByteArray::fromBase64Encoding(object.value(u"x"_s).toString().toLatin1(),
                                                        Base64Url | QByteArray::AbortOnBase64DecodingErrors);
    // Only the canonical unpadded form is accepted (RFC 7515 §2), so one key has one spelling.
    if (!decoded || decoded.decoded.size() != PublicKeySize
        || base64Url(decoded.decoded) != object.value(u"x"_s).toString())
        return R::failure(tr("The key file's public key (\"x\") is not %1 bytes in base64url.").arg(PublicKeySize));
    return PublicJwk {decoded.decoded, object.value(u"name"_s).toString(), object.value(u"credit_code"_s).toString(),
                      object.value(u"county"_s).toString(), object.value(u"institution_type"_s).toString()};
}

QString Jwk::thumbprint(const QByteArray& publicKey)
{
    // RFC 7638 §3.2: the required members only, in lexicographic order, without whitespace.
    const QByteArray canonical = R"({"crv":"Ed25519","kty":"OKP","x":")" + publicKey.toBase64(Base64Url) + R"("})";
    return base64Url(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256));
}

QString Jwk::grouped(const QString& thumbprint)
{
    QStringList groups;
    for (qsizetype i = 0; i < thumbprint.size(); i += 4)
        groups << thumbprint.mid(i, 4);
    return groups.join(u' ');
}
