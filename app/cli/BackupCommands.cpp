#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "access/Access.h"
#include "store/BackupManager.h"
#include "store/Database.h"
#include "store/RestorePlan.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

ExitCode exitCodeFor(BackupFault fault)
{
    switch (fault) {
    case BackupFault::Damaged:
        return ExitIntegrity;
    case BackupFault::Unreadable:
        return ExitFailed;
    default:
        return ExitRejected;
    }
}

int backupCreate(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Write a backup of the database."));
    parser.addOption(
        u"out"_s, CliText::tr("The file to write; without it, a new file in the backups folder beside the database."),
        u"FILE"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    const QString out = parser.value(u"out"_s);
    if (!out.isEmpty() && QFileInfo::exists(out))
        return context.reject(
            {{u"--out"_s, out,
              CliText::tr("%1 already exists; a backup never overwrites a file.").arg(QDir::toNativeSeparators(out))}});
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    // createBackup checks the permission itself; asking first only tells a refusal (3) from a failed write (1).
    if (Status allowed = Access::require(db->actor(), Permission::ManageBackups); !allowed)
        return context.fail(ExitRejected, allowed.error());
    const Result<QString> written = BackupManager::createBackup(*db, out);
    if (!written)
        return context.fail(ExitFailed, written.error());
    return context.done({{u"file"_s, written.value()}},
                        CliText::tr("Written %1.").arg(QDir::toNativeSeparators(written.value())));
}

int backupList(CliContext& context)
{
    CommandParser parser(context, CliText::tr("List the database's backups, newest first."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    QJsonArray list;
    QStringList lines;
    for (const BackupInfo& b : BackupManager::listBackups(db->path())) {
        list.append(QJsonObject {{u"path"_s, b.path},
                                 {u"kind"_s, BackupCatalog::kindKey(b.kind)},
                                 {u"created"_s, b.created.toString(Qt::ISODate)},
                                 {u"size"_s, b.size},
                                 {u"schema_version"_s, b.schemaVersion}});
        lines << u"%1\t%2\t%3\t%4"_s.arg(QLocale().toString(b.created, QLocale::ShortFormat),
                                         BackupCatalog::kindLabel(b.kind), QLocale().formattedDataSize(b.size),
                                         QDir::toNativeSeparators(b.path));
    }
    return context.done({{u"backups"_s, list}},
                        lines.isEmpty() ? CliText::tr("There are no backups in %1.")
                                              .arg(QDir::toNativeSeparators(BackupCatalog::folderFor(db->path())))
                                        : lines.join(u'\n'));
}

int backupRestore(CliContext& context)
{
    CommandParser parser(
        context,
        CliText::tr("Replace the database with a backup. The database as it was is kept in the backups folder."));
    parser.addPositional(u"FILE"_s, CliText::tr("The backup to restore."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const Result<RestorePlan> plan = RestorePlan::prepare(*db, parser.positional(0));
    if (!plan)
        return context.fail(ExitRejected, plan.error());
    if (!plan->verdict())
        return context.fail(exitCodeFor(plan->verdict().fault()), plan->verdict().error());
    // The file is about to be replaced, so this program's own connection must go first; the Database object is
    // not used again and goes when the command ends.
    db->connection().close();
    const Result<QString> previous = plan->run();
    if (!previous)
        return context.fail(ExitFailed, previous.error());
    QString text = CliText::tr("Restored %1.").arg(QDir::toNativeSeparators(plan->backupPath()));
    if (!previous->isEmpty())
        text += u'\n'
            + CliText::tr("The database as it was before is kept in %1.")
                  .arg(QDir::toNativeSeparators(previous.value()));
    return context.done({{u"restored_from"_s, plan->backupPath()},
                         {u"previous_copy"_s, previous->isEmpty() ? QJsonValue() : QJsonValue(previous.value())}},
                        text);
}

} // namespace

int runBackup(CliContext& context)
{
    return runSubcommand(
        context, {{u"create"_s, {}, backupCreate}, {u"list"_s, {}, backupList}, {u"restore"_s, {}, backupRestore}});
}
