#include "ReportFile.h"

#include "Jwk.h"
#include "Jws.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The kinds of signed file this version reads: the JWS typ, the payload format it carries and that format's version.
struct SignedFormat
{
    QStringView typ;
    QStringView format;
    qint64 version;
};

constexpr SignedFormat signedFormats[] = {
    {ReportFile::MonthlyReportType, ReportFile::MonthlyReportFormat, ReportFile::MonthlyReportVersion},
    {ReportFile::RollUpType, ReportFile::RollUpFormat, ReportFile::RollUpVersion},
    {ReportFile::OutreachType, ReportFile::OutreachFormat, ReportFile::OutreachVersion},
};

const SignedFormat* formatOfType(const QString& typ)
{
    for (const SignedFormat& format : signedFormats) {
        if (format.typ == typ)
            return &format;
    }
    return nullptr;
}

ReportVerdict refused(ReportVerdict::Kind kind, const QString& message)
{
    ReportVerdict verdict;
    verdict.kind = kind;
    verdict.message = message;
    return verdict;
}

// The signature is good; what remains is whether this version understands what was signed.
void checkPayload(const QByteArray& payload, ReportVerdict& verdict)
{
    const auto set = [&verdict](ReportVerdict::Kind kind, const QString& message) {
        verdict.kind = kind;
        verdict.message = message;
    };
    if (verdict.typ.isEmpty())
        return set(ReportVerdict::Malformed,
                   ReportFile::tr("The file does not say what kind of file it is: its protected header has no "
                                  "\"typ\"."));
    const SignedFormat* known = formatOfType(verdict.typ);
    if (!known)
        return set(ReportVerdict::Unsupported,
                   ReportFile::tr("The file is of the type \"%1\", which this version of DaycareDesk does not read.")
                       .arg(verdict.typ));
    const QJsonDocument document = QJsonDocument::fromJson(payload);
    if (!document.isObject())
        return set(ReportVerdict::Malformed, ReportFile::tr("The signed content is not a JSON object."));
    verdict.payload = document.object();
    const QJsonValue format = verdict.payload.value(u"format"_s);
    if (!format.isString())
        return set(ReportVerdict::Malformed, ReportFile::tr("The signed content names no \"format\"."));
    if (format.toString() != known->format)
        return set(ReportVerdict::Malformed,
                   ReportFile::tr("The signed content is in the format \"%1\", but the file says it is of the type "
                                  "\"%2\".")
                       .arg(format.toString(), verdict.typ));
    const QJsonValue version = verdict.payload.value(u"version"_s);
    // toInteger falls back to its argument unless the number is whole, so two fallbacks agree only on a whole one.
    if (!version.isDouble() || version.toInteger(0) != version.toInteger(1))
        return set(ReportVerdict::Malformed,
                   ReportFile::tr("The signed content's \"version\" is missing or not a whole number."));
    if (version.toInteger() != known->version)
        return set(ReportVerdict::Unsupported,
                   ReportFile::tr("The file is version %1 of the format \"%2\"; this version of DaycareDesk reads "
                                  "version %3. A newer DaycareDesk may read it.")
                       .arg(version.toInteger())
                       .arg(format.toString())
                       .arg(known->version));
    set(ReportVerdict::Valid,
        ReportFile::tr("The signature is valid: the file was signed with the key %1.").arg(Jwk::grouped(verdict.kid)));
}

} // namespace

ReportVerdict ReportFile::verifyBytes(const QByteArray& bytes, const QList<QByteArray>& publicKeys)
{
    return verifyWithKeyOf(bytes, [&publicKeys](const QString& kid) -> std::optional<QByteArray> {
        const auto key = std::find_if(publicKeys.cbegin(), publicKeys.cend(),
                                      [&](const QByteArray& publicKey) { return Jwk::thumbprint(publicKey) == kid; });
        return key == publicKeys.cend() ? std::nullopt : std::optional<QByteArray>(*key);
    });
}

ReportVerdict ReportFile::verifyWithKeyOf(const QByteArray& bytes,
                                          const std::function<std::optional<QByteArray>(const QString& kid)>& keyOf)
{
    Jws::Fault fault = Jws::Fault::Malformed;
    const Result<JwsMessage> message = Jws::parse(bytes, &fault);
    if (!message)
        return refused(fault == Jws::Fault::Unsupported ? ReportVerdict::Unsupported : ReportVerdict::Malformed,
                       message.error());
    ReportVerdict verdict;
    verdict.kid = message->kid;
    verdict.typ = message->typ;
    const std::optional<QByteArray> key = keyOf(verdict.kid);
    if (!key) {
        verdict.kind = ReportVerdict::UnknownKey;
        verdict.message = tr("The file was signed with the key %1, which is not among the keys it was checked against.")
                              .arg(Jwk::grouped(verdict.kid));
        return verdict;
    }
    if (!Jws::verify(message.value(), *key)) {
        verdict.kind = ReportVerdict::BadSignature;
        verdict.message = tr("The signature does not match: the file was changed or signed with another key.");
        return verdict;
    }
    checkPayload(message->payload, verdict);
    return verdict;
}

ReportVerdict ReportFile::verify(const QString& path, const QList<QByteArray>& publicKeys)
{
    QByteArray bytes;
    if (const std::optional<ReportVerdict> refusal = read(path, bytes))
        return *refusal;
    return verifyBytes(bytes, publicKeys);
}

std::optional<ReportVerdict> ReportFile::read(const QString& path, QByteArray& bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refused(ReportVerdict::Unreadable,
                       tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    const auto tooLarge = [&](qint64 size) {
        return refused(ReportVerdict::Unsupported,
                       tr("The file %1 is %2; signed report files are at most %3.")
                           .arg(QDir::toNativeSeparators(path), QLocale().formattedDataSize(size),
                                QLocale().formattedDataSize(MaximumSize)));
    };
    if (file.size() > MaximumSize)
        return tooLarge(file.size());
    // One byte more than allowed tells a file that grew since its size was asked.
    bytes = file.read(MaximumSize + 1);
    if (bytes.size() > MaximumSize)
        return tooLarge(bytes.size());
    return std::nullopt;
}

QString ReportFile::sha256Hex(const QByteArray& bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Status ReportFile::write(const QString& path, const QByteArray& bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Status::failure(
            tr("Could not write the signed file %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}
