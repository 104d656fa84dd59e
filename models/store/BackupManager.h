#pragma once

#include "BackupCatalog.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <optional>

class Database;

// Why a file cannot be restored.
enum class BackupFault
{
    None,
    Unreadable, // missing, or it cannot be opened at all
    NotABackup, // not an SQLite file, or another program's
    Newer, // written by a newer DaycareDesk
    Damaged // fails SQLite's integrity check
};

// The outcome of checking a backup: a Status that also says what kind of fault it found, so a caller can tell a
// damaged file (the command line exits 4) from a wrong one (exit 3).
class BackupVerdict
{
public:
    BackupVerdict() = default;
    BackupVerdict(BackupFault fault, QString message)
        : m_fault(fault)
        , m_error(std::move(message))
    {
    }

    bool ok() const { return m_fault == BackupFault::None; }
    explicit operator bool() const { return ok(); }
    BackupFault fault() const { return m_fault; }
    const QString& error() const { return m_error; }

private:
    BackupFault m_fault = BackupFault::None;
    QString m_error;
};

// Making, listing and checking backups of a database. Restoring one is RestorePlan's job.
class BackupManager
{
    Q_DECLARE_TR_FUNCTIONS(BackupManager)

public:
    static constexpr int DailyKept = 7;
    static constexpr int MonthlyKept = 12;

    // A user's backup: needs ManageBackups. Without outPath it goes into the backups folder as a manual backup; an
    // existing outPath is never overwritten. The backup is traced in the audit trail. Returns its path.
    static Result<QString> createBackup(Database& db, const QString& outPath = {});
    // The program's own backup (the GUI makes it when it closes): at most one a day, the first of each month also
    // kept as that month's copy. Afterwards the daily copies beyond the newest DailyKept and the monthly ones beyond
    // MonthlyKept are removed; manual backups and copies made before a restore never are. Returns the new daily
    // backup's path, or an empty string when today's exists already.
    static Result<QString> automaticBackup(Database& db);
    // The database's backups, newest first.
    static QList<BackupInfo> listBackups(const QString& databasePath);
    // Checks a file without changing it: an SQLite file of DaycareDesk, a schema no newer than this program knows,
    // and PRAGMA integrity_check ok.
    static BackupVerdict verifyBackup(const QString& path);
    // The newest backup that passes verifyBackup, for the start-up offer when the database is damaged.
    static std::optional<BackupInfo> newestGoodBackup(const QString& databasePath);

    // Writes a consistent copy of the open database to target, which must not exist: VACUUM INTO a temporary name
    // beside it, flushed to the disk, then renamed, so a half-written copy never has the final name.
    static Status writeSnapshot(const QSqlDatabase& db, const QString& target);
};
