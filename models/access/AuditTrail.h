#pragma once

#include "Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDatabase>
#include <functional>

// The append-only record of every change to a database: triggers on each table write who, when, which record and
// the old and new values of the fields that changed, in the same transaction as the change. Before each commit the
// new rows are sealed into a SHA-256 hash chain, so an edit, a deletion or a row moved out of order made outside
// DaycareDesk (say with the sqlite3 shell) is found by verify().
class AuditTrail
{
    Q_DECLARE_TR_FUNCTIONS(AuditTrail)

public:
    // Migration step: the audit tables and a trigger set for every other table. Safe to run again after a
    // later migration adds tables.
    static Status installSchema(const QSqlDatabase& db);
    // Names the actor and the moment the next rows are attributed to; called at the start of each transaction.
    static Status setContext(const QSqlDatabase& db, const Actor& actor, const QDateTime& at);
    // Seals every row not sealed yet; called just before commit.
    static Status seal(const QSqlDatabase& db);
    // A bulk change recorded as one trail row rather than a row per changed record: work runs with the table's row
    // triggers set aside, inside the caller's transaction, and records what it changed with recordBulk. The
    // triggers are back before work's changes commit, and a failure rolls back both.
    static Status withoutRowTriggers(const QSqlDatabase& db, const QString& table, const std::function<Status()>& work);
    // One trail row for many records of a table: recordKey says which (a file, a range), oldRows and newRows are
    // JSON texts of the records as they were and as they are (NULL for none).
    static Status recordBulk(const QSqlDatabase& db, const QString& table, const QString& action,
                             const QString& recordKey, const QString& oldRows, const QString& newRows);
    // Records something that is not a change but must be traced: an ID number shown whole, personal data exported.
    static Status recordAccess(const QSqlDatabase& db, const QString& action, const QString& tableName,
                               const QString& recordKey, const QString& detail);

    struct Verdict
    {
        bool intact = true;
        int rowsChecked = 0;
        qint64 firstBadRow = 0; // the audit row id where the chain first breaks
        QString message; // translated; says what was found
    };
    // Recomputes the chain from the first row.
    static Result<Verdict> verify(const QSqlDatabase& db);

    // The content a row's hash covers (everything but its id and its own hash), exposed for tests.
    static QByteArray rowHash(const QByteArray& previousHash, const QStringList& fields);
};
