#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "PassphraseOption.h"
#include "institution/InstitutionRepository.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "store/Database.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

QJsonObject keyJson(const KeyInfo& key)
{
    return {{u"id"_s, key.id},
            {u"thumbprint"_s, key.thumbprint},
            {u"fingerprint"_s, Jwk::grouped(key.thumbprint)},
            {u"created_at"_s, key.createdAt.toString(Qt::ISODate)},
            {u"created_by"_s, key.createdBy},
            {u"retired_at"_s, key.isCurrent() ? QJsonValue() : QJsonValue(key.retiredAt.toString(Qt::ISODate))}};
}

// init and rotate: the passphrase, the director, then the operation that makes the new current key. `doneText`
// takes the new fingerprint as %1.
int makeKey(CliContext& context, const QString& description, Result<KeyInfo> (InstitutionKeys::*make)(const QString&),
            const QString& doneText)
{
    CommandParser parser(context, description);
    PassphraseOption::add(parser);
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    const std::optional<QString> passphrase = PassphraseOption::read(context, parser, &exitCode);
    if (!passphrase)
        return exitCode;
    Database* db = context.openAsUser(&exitCode, Permission::ManageKeys);
    if (!db)
        return exitCode;
    InstitutionKeys keys(*db);
    const Result<KeyInfo> key = (keys.*make)(*passphrase);
    if (!key)
        return context.fail(ExitRejected, key.error());
    return context.done(keyJson(key.value()), doneText.arg(Jwk::grouped(key->thumbprint)));
}

int keyInit(CliContext& context)
{
    return makeKey(context, CliText::tr("Make the institution's signing key, sealed with a passphrase."),
                   &InstitutionKeys::create, CliText::tr("The signing key is made. Its fingerprint: %1"));
}

// The current key, or nullopt after reporting that there is none.
std::optional<KeyInfo> currentKey(CliContext& context, Database& db, int* exitCode)
{
    const auto key = InstitutionKeys(db).current();
    if (!key)
        *exitCode = context.fail(ExitFailed, key.error());
    else if (!key.value())
        *exitCode
            = context.fail(ExitRejected, CliText::tr("The institution has no signing key yet: run key init first."));
    return key ? key.value() : std::nullopt;
}

int keyExport(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Write the current public key as a JWK file for the county."));
    parser.addOption(u"out"_s, CliText::tr("The .jwk file to write."), u"FILE"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (const auto exit = parser.require(u"key export"_s, {u"out"_s}))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const auto institution = InstitutionRepository(*db).load();
    if (!institution)
        return context.fail(ExitFailed, institution.error());
    if (!institution.value())
        return context.fail(ExitRejected, CliText::tr("The institution is not set up yet; its key names it."));
    const std::optional<KeyInfo> key = currentKey(context, *db, &exitCode);
    if (!key)
        return exitCode;
    const QString out = parser.value(u"out"_s);
    const PublicJwk jwk = PublicJwk::of(key->publicKey, *institution.value());
    if (Status written = Jwk::writeFile(out, jwk); !written)
        return context.fail(ExitFailed, written.error());
    QJsonObject json = keyJson(*key);
    json.insert(u"file"_s, out);
    return context.done(
        json,
        CliText::tr("Written %1. Fingerprint: %2").arg(QDir::toNativeSeparators(out), Jwk::grouped(key->thumbprint)));
}

int keyFingerprint(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Show the current key's fingerprint, to read over the phone."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const std::optional<KeyInfo> key = currentKey(context, *db, &exitCode);
    if (!key)
        return exitCode;
    return context.done(keyJson(*key), Jwk::grouped(key->thumbprint));
}

int keyList(CliContext& context)
{
    CommandParser parser(context, CliText::tr("List the institution's signing keys, oldest first."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const auto keys = InstitutionKeys(*db).list();
    if (!keys)
        return context.fail(ExitFailed, keys.error());
    QJsonArray list;
    QStringList lines;
    for (const KeyInfo& key : keys.value()) {
        list.append(keyJson(key));
        const QString state = key.isCurrent()
            ? CliText::tr("current")
            : CliText::tr("retired %1").arg(QLocale().toString(key.retiredAt, QLocale::ShortFormat));
        lines << u"%1\t%2\t%3"_s.arg(Jwk::grouped(key.thumbprint),
                                     QLocale().toString(key.createdAt, QLocale::ShortFormat), state);
    }
    return context.done({{u"keys"_s, list}},
                        lines.isEmpty() ? CliText::tr("The institution has no signing key yet.") : lines.join(u'\n'));
}

int keyPassphrase(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Change the passphrase of the current key; the key stays the same."));
    parser.addOption(PassphraseOption::name, CliText::tr("A file whose first line is the passphrase in use."),
                     u"FILE"_s);
    parser.addOption(u"new-passphrase-file"_s, CliText::tr("A file whose first line is the new passphrase."),
                     u"FILE"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (const auto exit = parser.require(u"key passphrase"_s, {PassphraseOption::name, u"new-passphrase-file"_s}))
        return *exit;
    const Result<QString> oldPassphrase = CliContext::readPasswordFile(parser.value(PassphraseOption::name));
    const Result<QString> newPassphrase = CliContext::readPasswordFile(parser.value(u"new-passphrase-file"_s));
    if (!oldPassphrase || !newPassphrase)
        return context.fail(ExitFailed, oldPassphrase ? newPassphrase.error() : oldPassphrase.error());
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ManageKeys);
    if (!db)
        return exitCode;
    if (Status changed = InstitutionKeys(*db).changePassphrase(*oldPassphrase, *newPassphrase); !changed)
        return context.fail(ExitRejected, changed.error());
    return context.done({}, CliText::tr("The passphrase is changed; the key and its fingerprint stay the same."));
}

int keyRotate(CliContext& context)
{
    return makeKey(context,
                   CliText::tr("Replace the current key with a new one; the old public key is kept so reports it "
                               "signed can still be checked."),
                   &InstitutionKeys::rotate,
                   CliText::tr("A new signing key is made; send the county its key file. New fingerprint: %1"));
}

} // namespace

int runKey(CliContext& context)
{
    return runSubcommand(context,
                         {{u"init"_s, {}, keyInit},
                          {u"export"_s, {}, keyExport},
                          {u"fingerprint"_s, {}, keyFingerprint},
                          {u"list"_s, {}, keyList},
                          {u"passphrase"_s, {}, keyPassphrase},
                          {u"rotate"_s, {}, keyRotate}});
}
