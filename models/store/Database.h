#pragma once

#include "access/Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

// One institution's (or center's) SQLite file, opened through its own named QSqlDatabase connection.
// Opening checks the file before anything writes to it, so a file that is not ours, is newer than this program,
// read-only, locked or damaged is refused with a message and left exactly as it was.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    enum class OpenMode
    {
        CreateIfMissing,
        ExistingOnly
    };

    static Result<std::unique_ptr<Database>> open(const QString& path, OpenMode mode = OpenMode::CreateIfMissing);
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QSqlDatabase connection() const;
    const QString& path() const { return m_path; }
    // True when this open created the file: the caller offers the setup wizard or demo data.
    bool isNew() const { return m_isNew; }
    int schemaVersion() const;

    // Who is acting: every guarded operation checks this actor, and the audit trail names it.
    void setActor(const Actor& actor) { m_actor = actor; }
    const Actor& actor() const { return m_actor; }

    // Runs work inside one transaction: committed when it succeeds, rolled back when it fails. Calls nest.
    Status transaction(const std::function<Status()>& work);

    // The number that identifies a DaycareDesk file in SQLite's header (PRAGMA application_id): "DDSK".
    static constexpr qint32 ApplicationId = 0x4444534b;

private:
    Database(QString path, QString connectionName, bool isNew);

    QString m_path;
    QString m_connectionName;
    bool m_isNew = false;
    int m_depth = 0;
    Actor m_actor;
};
