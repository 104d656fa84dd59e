#include "RestorePlan.h"

#include "Database.h"
#include "ReadOnlyConnection.h"
#include "SafeFile.h"
#include "Sql.h"
#include "access/Access.h"
#include "common/Clock.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int ProbeTimeoutMs = 1000;

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

// Whether a connection, in this program or another, still has the database open. A read in exclusive locking mode
// needs a lock that every open WAL connection blocks; the probe only reads, so the file is left as it is.
bool isOpenElsewhere(const QString& path)
{
    static QAtomicInt counter;
    const QString name = u"daycaredesk-probe-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    bool inUse = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(ProbeTimeoutMs));
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"PRAGMA locking_mode=EXCLUSIVE"_s)
                && !query.exec(u"SELECT count(*) FROM sqlite_schema"_s)) {
                // Other failures (a damaged file, say) are what a recovery is for, not a sign of another user.
                const int code = query.lastError().nativeErrorCode().toInt() & 0xff;
                inUse = code == SqliteBusy || code == SqliteLocked;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return inUse;
}

} // namespace

RestorePlan::RestorePlan(QString databasePath, QString backupPath)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_backupPath(QFileInfo(backupPath).absoluteFilePath())
    , m_verdict(BackupManager::verifyBackup(m_backupPath))
{
}

Result<RestorePlan> RestorePlan::prepare(const Database& db, const QString& backupPath)
{
    if (Status allowed = Access::require(db.actor(), Permission::ManageBackups); !allowed)
        return Result<RestorePlan>::failure(allowed.error());
    return RestorePlan(db.path(), backupPath);
}

Result<RestorePlan> RestorePlan::prepareRecovery(const QString& databasePath, const QString& backupPath)
{
    if (QFileInfo::exists(databasePath)) {
        const BackupVerdict current = BackupManager::verifyBackup(databasePath);
        // A newer program's file is healthy too: installing that program is the remedy, not an older backup.
        if (current.ok() || current.fault() == BackupFault::Newer)
            return Result<RestorePlan>::failure(tr("The database %1 is not damaged. Log in as the director to "
                                                   "restore a backup over it.")
                                                    .arg(shown(databasePath)));
    }
    return RestorePlan(databasePath, backupPath);
}

Result<QString> RestorePlan::run() const
{
    if (!m_verdict)
        return Result<QString>::failure(m_verdict.error());
    const QString folder = QFileInfo(m_databasePath).absolutePath();
    if (!QDir().mkpath(folder))
        return Result<QString>::failure(tr("Could not create the folder %1.").arg(shown(folder)));
    // The backup is copied beside the database first, and the copy checked: exactly the bytes that take the
    // database's place have passed the check, even if the backup file changed since prepare().
    const Result<QString> staged = SafeFile::copyBeside(m_backupPath, m_databasePath);
    if (!staged)
        return Result<QString>::failure(staged.error());
    auto abandon = [&](const QString& message) {
        QFile::remove(staged.value());
        return Result<QString>::failure(
            tr("The backup %1 was not restored; the database was not changed. %2").arg(shown(m_backupPath), message));
    };
    if (BackupVerdict copied = BackupManager::verifyBackup(staged.value()); !copied)
        return abandon(copied.error());

    QString previous;
    if (QFileInfo::exists(m_databasePath)) {
        previous = BackupCatalog::newPath(m_databasePath, BackupKind::BeforeRestore, Clock::now());
        if (Status kept = keepCurrent(previous); !kept)
            return abandon(kept.error());
        // Probed only now that the file is kept as it was: opening it lets SQLite finish a journal a crash left.
        if (isOpenElsewhere(m_databasePath)) {
            for (const QString& copy : QStringList {previous, previous + u"-wal"_s})
                QFile::remove(copy);
            return abandon(tr("The database %1 is still open, in DaycareDesk or another program. Close it there "
                              "first.")
                               .arg(shown(m_databasePath)));
        }
        QFile::setPermissions(staged.value(), QFile::permissions(m_databasePath));
    }
    if (Status swapped = swapIn(staged.value()); !swapped)
        return abandon(swapped.error());
    return previous;
}

Status RestorePlan::keepCurrent(const QString& copyPath) const
{
    // A consistent snapshot while the database still reads; when it is too damaged for that, its bytes as they
    // are, with the journal that belongs to them.
    {
        const ReadOnlyConnection reader(m_databasePath);
        if (reader.isOpen() && Sql::scalar(reader.connection(), u"PRAGMA quick_check"_s).toString() == u"ok"_s
            && BackupManager::writeSnapshot(reader.connection(), copyPath))
            return {};
    }
    if (Status copied = SafeFile::copy(m_databasePath, copyPath, false); !copied)
        return copied;
    if (const QString wal = m_databasePath + u"-wal"_s; QFileInfo::exists(wal))
        return SafeFile::copy(wal, copyPath + u"-wal"_s, false);
    return {};
}

Status RestorePlan::swapIn(const QString& staged) const
{
    // SQLite would replay the old file's journal into the restored one and damage it, so the journal files move
    // aside first and come back only if the swap fails.
    QList<std::pair<QString, QString>> moved;
    auto putBack = [&]() {
        for (const auto& [companion, aside] : std::as_const(moved))
            QFile::rename(aside, companion);
    };
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s, u"-journal"_s}) {
        const QString companion = m_databasePath + suffix;
        if (!QFileInfo::exists(companion))
            continue;
        const QString aside = SafeFile::temporaryPathFor(companion);
        if (!QFile::rename(companion, aside)) {
            putBack();
            return Status::failure(tr("Could not move %1 aside.").arg(shown(companion)));
        }
        moved.append({companion, aside});
    }
    const Status swapped = SafeFile::rename(staged, m_databasePath, true);
    if (!swapped) {
        putBack();
        return swapped;
    }
    for (const auto& entry : std::as_const(moved))
        QFile::remove(entry.second);
    return {};
}
