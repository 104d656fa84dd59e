#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/ReportFile.h"
#include "reports/ReportSummary.h"
#include "store/Database.h"

#include <QFile>

using namespace Qt::StringLiterals;

namespace {

// The verdict's name in --json output, for scripts, and the exit code it ends the command with.
struct VerdictName
{
    QString name;
    ExitCode exitCode;
};

VerdictName nameOf(ReportVerdict::Kind kind)
{
    switch (kind) {
    case ReportVerdict::Valid:
        return {u"valid"_s, ExitDone};
    case ReportVerdict::Unreadable:
        return {u"unreadable"_s, ExitFailed};
    case ReportVerdict::Malformed:
        return {u"malformed"_s, ExitRejected};
    case ReportVerdict::Unsupported:
        return {u"unsupported"_s, ExitRejected};
    case ReportVerdict::BadSignature:
        return {u"bad_signature"_s, ExitIntegrity};
    case ReportVerdict::UnknownKey:
        return {u"unknown_key"_s, ExitIntegrity};
    }
    Q_UNREACHABLE();
}

// What a reader checks first: whose report, which month and revision, and the figures, as far as the file has them.
QJsonObject summaryOf(const QJsonObject& payload)
{
    QJsonObject summary;
    const QJsonObject institution = payload.value(u"institution"_s).toObject();
    if (institution.contains(u"name"_s))
        summary.insert(u"institution"_s, institution.value(u"name"_s));
    for (const QString& member : {u"credit_code"_s, u"month"_s, u"revision"_s, u"figures"_s}) {
        if (payload.contains(member))
            summary.insert(member, payload.value(member));
    }
    return summary;
}

QStringList summaryLines(const QJsonObject& payload)
{
    QStringList lines;
    for (const ReportSummary::Line& line : ReportSummary::lines(payload))
        lines << CliText::tr("%1: %2").arg(line.label, line.value);
    return lines;
}

// The keys to check against: those of the JWK file, else every key the institution ever had. Public keys are no
// secret (the county holds them), so reading them needs no login; nullopt after reporting why there are none.
std::optional<QList<QByteArray>> keysOf(CliContext& context, const QString& jwkPath, int* exitCode)
{
    if (!jwkPath.isEmpty()) {
        QFile file(jwkPath);
        if (!file.open(QIODevice::ReadOnly)) {
            *exitCode = context.fail(ExitFailed,
                                     CliText::tr("Cannot read the key file %1: %2").arg(jwkPath, file.errorString()));
            return std::nullopt;
        }
        const Result<PublicJwk> jwk = Jwk::parse(file.readAll());
        if (!jwk) {
            *exitCode = context.fail(ExitRejected, jwk.error());
            return std::nullopt;
        }
        return QList<QByteArray> {jwk->publicKey};
    }
    Database* db = context.openDatabase(false);
    if (!db) {
        *exitCode = ExitFailed;
        return std::nullopt;
    }
    const Result<QList<KeyInfo>> keys = InstitutionKeys(*db).list();
    if (!keys) {
        *exitCode = context.fail(ExitFailed, keys.error());
        return std::nullopt;
    }
    QList<QByteArray> publicKeys;
    for (const KeyInfo& key : keys.value())
        publicKeys << key.publicKey;
    return publicKeys;
}

} // namespace

int runVerify(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Check a signed report file: its signature, its key and its format. Without "
                                     "--key, against every key of the institution's database."));
    parser.addPositional(u"FILE"_s, CliText::tr("The signed file (.ddreport.json)."));
    parser.addOption(u"key"_s, CliText::tr("The institution's public key file (.jwk) to check against."), u"FILE"_s);
    if (const auto exit = parser.parse())
        return *exit;
    int exitCode = ExitDone;
    const std::optional<QList<QByteArray>> keys = keysOf(context, parser.value(u"key"_s), &exitCode);
    if (!keys)
        return exitCode;
    const ReportVerdict verdict = ReportFile::verify(parser.positional(0), *keys);
    const VerdictName name = nameOf(verdict.kind);
    const QJsonObject summary = summaryOf(verdict.payload);
    if (context.json()) {
        context.printJson({{u"ok"_s, verdict.isValid()},
                           {u"verdict"_s, name.name},
                           {u"exit_code"_s, int(name.exitCode)},
                           {u"message"_s, verdict.message},
                           {u"kid"_s, verdict.kid},
                           {u"typ"_s, verdict.typ},
                           {u"summary"_s, summary}});
    } else if (verdict.isValid()) {
        context.printText((QStringList {verdict.message} + summaryLines(verdict.payload)).join(u'\n'));
    } else {
        context.printNotice(verdict.message);
    }
    return name.exitCode;
}
