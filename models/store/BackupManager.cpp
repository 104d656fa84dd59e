#include "BackupManager.h"

#include "Database.h"
#include "Migrations.h"
#include "ReadOnlyConnection.h"
#include "SafeFile.h"
#include "Sql.h"
#include "access/Access.h"
#include "access/AuditTrail.h"
#include "common/Clock.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Reads the 16-byte SQLite header without opening the file as a database.
bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) && file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// The checks that need SQLite, on a file already known to carry its header.
BackupVerdict inspect(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA application_id"_s) || !query.next())
        return {BackupFault::Damaged,
                BackupManager::tr("%1 is damaged (%2).").arg(shown(path), query.lastError().databaseText())};
    if (query.value(0).toInt() != Database::ApplicationId)
        return {BackupFault::NotABackup,
                BackupManager::tr("%1 is not a DaycareDesk backup: it is an SQLite file of another program.")
                    .arg(shown(path))};
    if (const int version = Sql::scalar(db, u"PRAGMA user_version"_s).toInt(); version > Migrations::latestVersion())
        return {BackupFault::Newer,
                BackupManager::tr("%1 was written by a newer DaycareDesk (schema version %2; this program knows up to "
                                  "%3). Install the newer version to restore it.")
                    .arg(shown(path))
                    .arg(version)
                    .arg(Migrations::latestVersion())};
    // integrity_check reads every page, where quick_check would skip the indexes' agreement with their tables.
    if (!query.exec(u"PRAGMA integrity_check"_s))
        return {BackupFault::Damaged,
                BackupManager::tr("%1 is damaged (%2).").arg(shown(path), query.lastError().databaseText())};
    QStringList problems;
    while (query.next())
        problems.append(query.value(0).toString());
    if (problems != QStringList {u"ok"_s})
        return {BackupFault::Damaged,
                BackupManager::tr("%1 is damaged (%2).").arg(shown(path), problems.mid(0, 3).join(u"; "_s))};
    return {};
}

void removeBeyond(const QList<BackupInfo>& backups, BackupKind kind, int kept)
{
    int seen = 0;
    for (const BackupInfo& backup : backups) {
        // A copy that cannot be removed now (open in another program, say) costs only disk space; the next
        // automatic backup tries again.
        if (backup.kind == kind && ++seen > kept)
            QFile::remove(backup.path);
    }
}

} // namespace

Status BackupManager::writeSnapshot(const QSqlDatabase& db, const QString& target)
{
    if (!QDir().mkpath(QFileInfo(target).absolutePath()))
        return Status::failure(tr("Could not create the folder %1.").arg(shown(QFileInfo(target).absolutePath())));
    const QString temporary = SafeFile::temporaryPathFor(target);
    QSqlQuery query(db);
    query.prepare(u"VACUUM INTO ?"_s);
    query.addBindValue(temporary);
    Status status = Sql::exec(query);
    // SQLite does not flush what VACUUM INTO writes; a rename before that could expose a half-written file.
    if (status)
        status = SafeFile::sync(temporary);
    if (status)
        status = SafeFile::rename(temporary, target, false);
    if (!status) {
        QFile::remove(temporary);
        return Status::failure(tr("The backup %1 could not be written. %2").arg(shown(target), status.error()));
    }
    return {};
}

Result<QString> BackupManager::createBackup(Database& db, const QString& outPath)
{
    if (Status allowed = Access::require(db.actor(), Permission::ManageBackups); !allowed)
        return Result<QString>::failure(allowed.error());
    const QString target = outPath.isEmpty() ? BackupCatalog::newPath(db.path(), BackupKind::Manual, Clock::now())
                                             : QFileInfo(outPath).absoluteFilePath();
    if (QFileInfo::exists(target))
        return Result<QString>::failure(
            tr("%1 already exists. Choose a new file name for the backup.").arg(shown(target)));
    if (Status written = writeSnapshot(db.connection(), target); !written)
        return Result<QString>::failure(written.error());
    // A backup is every child's personal data in one file, so making one is traced; a backup that cannot be
    // traced is not kept.
    const Status traced = db.transaction([&]() -> Status {
        return AuditTrail::recordAccess(db.connection(), u"export"_s, u"database"_s, QFileInfo(target).fileName(),
                                        tr("backup written to %1").arg(shown(target)));
    });
    if (!traced) {
        QFile::remove(target);
        return Result<QString>::failure(traced.error());
    }
    return target;
}

Result<QString> BackupManager::automaticBackup(Database& db)
{
    const QDateTime now = Clock::now();
    const QDate today = now.date();
    const QList<BackupInfo> before = BackupCatalog::scan(db.path());
    auto madeSince = [&](BackupKind kind, QDate first) {
        return std::any_of(before.begin(), before.end(), [&](const BackupInfo& b) {
            return b.kind == kind && b.created.date() >= first && b.created.date() <= today;
        });
    };
    if (madeSince(BackupKind::Daily, today))
        return QString();

    const QString daily = BackupCatalog::newPath(db.path(), BackupKind::Daily, now);
    if (Status written = writeSnapshot(db.connection(), daily); !written)
        return Result<QString>::failure(written.error());
    // A month whose copy failed gets one from its next daily backup.
    if (!madeSince(BackupKind::Monthly, QDate(today.year(), today.month(), 1))) {
        const QString monthly = BackupCatalog::newPath(db.path(), BackupKind::Monthly, now);
        if (Status copied = SafeFile::copy(daily, monthly, false); !copied)
            return Result<QString>::failure(copied.error());
    }
    // Counting copies rather than days keeps the last week of use even after a laptop was off for a month.
    const QList<BackupInfo> after = BackupCatalog::scan(db.path());
    removeBeyond(after, BackupKind::Daily, DailyKept);
    removeBeyond(after, BackupKind::Monthly, MonthlyKept);
    return daily;
}

QList<BackupInfo> BackupManager::listBackups(const QString& databasePath)
{
    return BackupCatalog::list(databasePath);
}

BackupVerdict BackupManager::verifyBackup(const QString& path)
{
    if (!QFileInfo(path).isFile())
        return {BackupFault::Unreadable, tr("There is no backup file at %1.").arg(shown(path))};
    if (!hasSqliteHeader(path))
        return {BackupFault::NotABackup,
                tr("%1 is not a DaycareDesk backup (it is not an SQLite file).").arg(shown(path))};
    const ReadOnlyConnection reader(path);
    if (!reader.isOpen())
        return {BackupFault::Unreadable, tr("%1 could not be read: %2").arg(shown(path), reader.errorText())};
    return inspect(reader.connection(), path);
}

std::optional<BackupInfo> BackupManager::newestGoodBackup(const QString& databasePath)
{
    for (const BackupInfo& backup : listBackups(databasePath)) {
        if (verifyBackup(backup.path))
            return backup;
    }
    return std::nullopt;
}
