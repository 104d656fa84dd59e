#include "Database.h"

#include "Migrations.h"
#include "Sql.h"
#include "access/AuditTrail.h"
#include "common/Clock.h"

#include <QAtomicInt>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// SQLite's primary result codes, as QSqlError::nativeErrorCode() reports them.
constexpr int SqliteBusy = 5;
constexpr int SqliteLocked = 6;
constexpr int SqliteCorrupt = 11;
constexpr int SqliteNotADatabase = 26;
constexpr int BusyTimeoutMs = 2000;

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"daycaredesk-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

int primaryCode(const QSqlError& error)
{
    return error.nativeErrorCode().toInt() & 0xff;
}

QString lockedMessage(const QString& path)
{
    return Database::tr("The database %1 is in use by another program (it is locked). Close DaycareDesk where "
                        "else it is open, or wait for the other program to finish, and try again.")
        .arg(QDir::toNativeSeparators(path));
}

QString damagedMessage(const QString& path, const QString& detail)
{
    return Database::tr("The database %1 is damaged (%2). It was not changed. Restore it from a backup.")
        .arg(QDir::toNativeSeparators(path), detail);
}

QString failureMessage(const QString& path, const QSqlError& error)
{
    switch (primaryCode(error)) {
    case SqliteBusy:
    case SqliteLocked:
        return lockedMessage(path);
    case SqliteCorrupt:
    case SqliteNotADatabase:
        return damagedMessage(path, error.databaseText());
    default:
        return Database::tr("The database %1 could not be opened: %2")
            .arg(QDir::toNativeSeparators(path), error.text());
    }
}

// Reads the 16-byte SQLite header without opening the file as a database, so a foreign file is never touched.
bool hasSqliteHeader(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(16) == QByteArray("SQLite format 3\0", 16);
}

// Everything that can be checked without writing: whose file it is, its version and its health.
Status inspectReadOnly(const QString& path)
{
    const QString name = nextConnectionName();
    Status status;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        if (!db.open()) {
            status = Status::failure(failureMessage(path, db.lastError()));
        } else {
            QSqlQuery query(db);
            auto pragma = [&](const QString& statement) -> QVariant {
                if (!query.exec(statement) || !query.next())
                    return {};
                return query.value(0);
            };
            const QVariant applicationId = pragma(u"PRAGMA application_id"_s);
            if (!applicationId.isValid()) {
                status = Status::failure(failureMessage(path, query.lastError()));
            } else if (applicationId.toInt() != Database::ApplicationId
                       && pragma(u"SELECT count(*) FROM sqlite_schema"_s).toInt() > 0) {
                status = Status::failure(Database::tr("%1 is not a DaycareDesk database: it is an SQLite file of "
                                                      "another program. It was not changed.")
                                             .arg(QDir::toNativeSeparators(path)));
            } else if (const int version = pragma(u"PRAGMA user_version"_s).toInt();
                       version > Migrations::latestVersion()) {
                status = Status::failure(Database::tr("The database %1 was written by a newer DaycareDesk (schema "
                                                      "version %2; this program knows up to %3). Install the newer "
                                                      "version to open it. It was not changed.")
                                             .arg(QDir::toNativeSeparators(path))
                                             .arg(version)
                                             .arg(Migrations::latestVersion()));
            } else if (!query.exec(u"PRAGMA quick_check"_s)) {
                status = Status::failure(failureMessage(path, query.lastError()));
            } else if (query.next() && query.value(0).toString() != u"ok"_s) {
                status = Status::failure(damagedMessage(path, query.value(0).toString()));
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return status;
}

Status checkWritable(const QString& path, bool exists)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // The owner's write bit counts too: an administrator (root) could write anyway, but a file someone marked
    // read-only is meant to stay unchanged.
    if (exists && (!info.isWritable() || !info.permission(QFileDevice::WriteOwner)))
        return Status::failure(Database::tr("The database %1 is read-only. DaycareDesk needs to write to it: copy it "
                                            "to a folder of your own or ask for write permission.")
                                   .arg(QDir::toNativeSeparators(path)));
    if (!folder.isDir())
        return Status::failure(
            Database::tr("The folder %1 does not exist.").arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    if (!folder.isWritable())
        return Status::failure(Database::tr("The folder %1 is read-only. DaycareDesk keeps a journal beside the "
                                            "database and needs to write there.")
                                   .arg(QDir::toNativeSeparators(folder.absoluteFilePath())));
    return {};
}

// The settings every connection needs; each result is checked because a silently ignored pragma (WAL refused on
// a network share, say) would quietly weaken the crash safety the users rely on.
Status configureConnection(const QSqlDatabase& db, const QString& path)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA journal_mode=WAL"_s) || !query.next())
        return Status::failure(failureMessage(path, query.lastError()));
    if (query.value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Status::failure(Database::tr("The database %1 cannot use write-ahead logging here (the file system "
                                            "refused it). Keep the database on a local disk.")
                                   .arg(QDir::toNativeSeparators(path)));
    // A year's attendance import changes tens of megabytes of pages in one transaction. Kept in memory, neither its
    // statement journals (one per statement whose triggers write) nor the changed pages go to disk before the
    // commit, and a page changed again is not written again.
    for (const QString& pragma : {u"PRAGMA foreign_keys=ON"_s, u"PRAGMA synchronous=FULL"_s,
                                  u"PRAGMA temp_store=MEMORY"_s, u"PRAGMA cache_size=-131072"_s}) {
        if (!query.exec(pragma))
            return Status::failure(failureMessage(path, query.lastError()));
    }
    if (!Sql::scalar(db, u"PRAGMA foreign_keys"_s).toBool())
        return Status::failure(Database::tr("This SQLite library cannot enforce foreign keys."));
    // Taking the write lock once proves no other program holds it before migrations start.
    if (!query.exec(u"BEGIN IMMEDIATE"_s))
        return Status::failure(failureMessage(path, query.lastError()));
    query.exec(u"ROLLBACK"_s);
    return {};
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString& path, OpenMode mode)
{
    const QFileInfo info(path);
    const bool exists = info.exists();
    if (exists && !info.isFile())
        return Result<std::unique_ptr<Database>>::failure(
            tr("%1 is a folder, not a database file.").arg(QDir::toNativeSeparators(path)));
    if (!exists && mode == OpenMode::ExistingOnly)
        return Result<std::unique_ptr<Database>>::failure(
            tr("There is no database at %1.").arg(QDir::toNativeSeparators(path)));
    const bool isNew = !exists || info.size() == 0;
    // A new database may go into a folder that does not exist yet (the first start's default location).
    if (!exists && mode == OpenMode::CreateIfMissing)
        QDir().mkpath(info.absolutePath());

    if (Status writable = checkWritable(path, exists); !writable)
        return Result<std::unique_ptr<Database>>::failure(writable.error());
    if (!isNew) {
        if (!hasSqliteHeader(path))
            return Result<std::unique_ptr<Database>>::failure(
                tr("%1 is not a DaycareDesk database (it is not an SQLite file). It was not changed.")
                    .arg(QDir::toNativeSeparators(path)));
        // SQLite may create the journal's companion files while reading a WAL-mode file; a refused file must be
        // left exactly as it was, so the ones that were not there before go again.
        QStringList companions;
        for (const QString& suffix : {u"-wal"_s, u"-shm"_s})
            if (!QFile::exists(path + suffix))
                companions.append(path + suffix);
        if (Status inspected = inspectReadOnly(path); !inspected) {
            for (const QString& companion : companions)
                QFile::remove(companion);
            return Result<std::unique_ptr<Database>>::failure(inspected.error());
        }
    }

    const QString name = nextConnectionName();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=%1"_s.arg(BusyTimeoutMs));
        Status status
            = db.open() ? configureConnection(db, path) : Status::failure(failureMessage(path, db.lastError()));
        if (status)
            status = Migrations::migrate(db);
        if (!status) {
            db.close();
            db = {};
            QSqlDatabase::removeDatabase(name);
            if (!exists)
                QFile::remove(path);
            return Result<std::unique_ptr<Database>>::failure(status.error());
        }
    }
    return std::unique_ptr<Database>(new Database(path, name, isNew));
}

Database::Database(QString path, QString connectionName, bool isNew)
    : m_path(std::move(path))
    , m_connectionName(std::move(connectionName))
    , m_isNew(isNew)
{
}

Database::~Database()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    return Sql::scalar(connection(), u"PRAGMA user_version"_s).toInt();
}

Status Database::transaction(const std::function<Status()>& work)
{
    QSqlDatabase db = connection();
    // An inner call becomes a savepoint, so a step that is a transaction on its own can also be part of a larger one.
    const QString savepoint = u"step_%1"_s.arg(m_depth);
    const bool outermost = m_depth == 0;
    const bool started = outermost ? db.transaction() : Sql::exec(db, u"SAVEPOINT "_s + savepoint).ok();
    if (!started)
        return Status::failure(tr("Could not start a change: %1").arg(db.lastError().text()));
    if (outermost) {
        if (Status named = AuditTrail::setContext(db, m_actor, Clock::now()); !named) {
            db.rollback();
            return named;
        }
    }
    ++m_depth;
    Status status = work();
    --m_depth;
    if (outermost) {
        if (status)
            status = AuditTrail::seal(db);
        if (status && !db.commit())
            status = Status::failure(tr("Could not save the change: %1").arg(db.lastError().text()));
        if (!status)
            db.rollback();
    } else if (status) {
        status = Sql::exec(db, u"RELEASE "_s + savepoint);
    } else {
        Sql::exec(db, u"ROLLBACK TO "_s + savepoint);
        Sql::exec(db, u"RELEASE "_s + savepoint);
    }
    return status;
}
