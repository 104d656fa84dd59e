#pragma once

#include "BackupManager.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

// Putting a backup in the database's place. Preparing checks who asks (or that the database is beyond use) and the
// backup; run() then swaps it in once nothing has the database open any more:
//
//     auto plan = RestorePlan::prepare(*db, backupPath);     // ManageBackups, checked here
//     if (!plan) ...refused...;  if (!plan->verdict()) ...bad backup...
//     db.reset();                                          // close every connection to the database first
//     const Result<QString> previous = plan->run();        // then open the database again
class RestorePlan
{
    Q_DECLARE_TR_FUNCTIONS(RestorePlan)

public:
    // A logged-in user's restore over db's file: needs ManageBackups. The plan keeps only the path, so db can be
    // closed before run().
    static Result<RestorePlan> prepare(const Database& db, const QString& backupPath);
    // The start-up offer when the database cannot be opened, so nobody can log in: allowed only while the database
    // is missing or fails its check, never over a healthy one.
    static Result<RestorePlan> prepareRecovery(const QString& databasePath, const QString& backupPath);

    const QString& databasePath() const { return m_databasePath; }
    const QString& backupPath() const { return m_backupPath; }
    // The backup's check, made while preparing; run() refuses a backup that did not pass.
    const BackupVerdict& verdict() const { return m_verdict; }

    // Keeps a copy of the current database in the backups folder ("before-restore"), then replaces the database with
    // the backup in one rename. Every connection to the database must be closed: run() refuses when it finds one.
    // Returns the copy's path (empty when there was no database). When it fails, the database is as it was.
    Result<QString> run() const;

private:
    RestorePlan(QString databasePath, QString backupPath);

    Status keepCurrent(const QString& copyPath) const;
    Status swapIn(const QString& staged) const;

    QString m_databasePath;
    QString m_backupPath;
    BackupVerdict m_verdict;
};
