#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

enum class BackupKind
{
    Daily, // made by the program at most once a day; the newest 7 are kept
    Monthly, // the first daily backup of a month, kept a year
    Manual, // made by a user; never removed by the program
    BeforeRestore // the database as it was before a restore replaced it; never removed by the program
};

struct BackupInfo
{
    QString path;
    BackupKind kind = BackupKind::Manual;
    QDateTime created;
    qint64 size = 0;
    int schemaVersion = -1; // -1 when the file cannot be read as a database
};

// Where a database's backups live and how they are named. They go into backups/ beside the database, each called
// "<database name>-<kind>-<yyyy-MM-dd>T<HHmmss>.db" (with "-2", "-3" before ".db" when two are made in the same
// second), so the kind and the moment are read from the name alone, without trusting file times that copying to
// another disk changes.
class BackupCatalog
{
    Q_DECLARE_TR_FUNCTIONS(BackupCatalog)

public:
    static QString folderFor(const QString& databasePath);
    // "daily", "monthly", "manual", "before-restore": the word in file names and in the command line's JSON.
    static QString kindKey(BackupKind kind);
    static QString kindLabel(BackupKind kind);
    // A path in the backups folder for a backup of this kind made at this moment that no file has yet.
    static QString newPath(const QString& databasePath, BackupKind kind, const QDateTime& at);
    // The database's backups, newest first, known from their names and sizes alone (schemaVersion stays -1).
    static QList<BackupInfo> scan(const QString& databasePath);
    // scan, with each backup's schema version read from the file (without writing to it).
    static QList<BackupInfo> list(const QString& databasePath);
};
