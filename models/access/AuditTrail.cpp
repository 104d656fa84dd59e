#include "AuditTrail.h"

#include "store/Sql.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace {

const QString auditTable = u"audit_log"_s;
// Values that must never be copied into the trail; a change to them is recorded as a change without the value.
const QStringList secretColumns = {u"password_hash"_s, u"secret_box"_s};
// Whole files kept in the store, and a signed file's payload read from it; the trail records their size, and their
// row holds the file's SHA-256.
const QStringList documentColumns = {u"signed_file"_s, u"workbook_file"_s, u"payload"_s};
constexpr qsizetype HashSize = 32; // SHA-256
const QByteArray genesis(HashSize, '\0');

const QStringList auditSchema = {
    uR"(CREATE TABLE IF NOT EXISTS audit_log (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        user_id INTEGER,
        user_name TEXT NOT NULL,
        table_name TEXT NOT NULL,
        record_key TEXT NOT NULL,
        action TEXT NOT NULL,
        old_values TEXT,
        new_values TEXT,
        prev_hash BLOB,
        hash BLOB))"_s,
    u"CREATE INDEX IF NOT EXISTS audit_log_at ON audit_log(at)"_s,
    u"CREATE INDEX IF NOT EXISTS audit_log_unsealed ON audit_log(id) WHERE hash IS NULL"_s,
    uR"(CREATE TABLE IF NOT EXISTS audit_context (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        user_id INTEGER,
        user_name TEXT NOT NULL,
        at TEXT NOT NULL))"_s,
    u"INSERT OR IGNORE INTO audit_context (id, user_id, user_name, at) VALUES (1, NULL, 'system', "
    "strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))"_s,
    // Sealed rows never change and no row is ever deleted, except by someone working around the program.
    uR"(CREATE TRIGGER IF NOT EXISTS audit_log_no_update BEFORE UPDATE ON audit_log WHEN OLD.hash IS NOT NULL
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"_s,
    uR"(CREATE TRIGGER IF NOT EXISTS audit_log_no_delete BEFORE DELETE ON audit_log
        BEGIN SELECT RAISE(ABORT, 'the audit trail is append-only'); END)"_s,
};

struct Column
{
    QString name;
    bool key = false;
    bool blob = false;
};

QList<Column> columnsOf(const QSqlDatabase& db, const QString& table)
{
    QList<Column> columns;
    QSqlQuery query(db);
    query.exec(u"SELECT name, pk, upper(type) = 'BLOB' FROM pragma_table_info('%1') ORDER BY cid"_s.arg(table));
    while (query.next())
        columns.append({query.value(0).toString(), query.value(1).toInt() > 0, query.value(2).toBool()});
    return columns;
}

// How a row's value enters the trail: secrets only say whether they are set, documents how large they are; bytes as
// hex, since JSON holds no blobs.
QString valueExpression(const QString& row, const Column& column)
{
    if (secretColumns.contains(column.name))
        return u"CASE WHEN %1.%2 IS NULL THEN NULL ELSE '***' END"_s.arg(row, column.name);
    if (documentColumns.contains(column.name))
        return u"length(%1.%2) || ' bytes'"_s.arg(row, column.name);
    if (column.blob)
        return u"hex(%1.%2)"_s.arg(row, column.name);
    return u"%1.%2"_s.arg(row, column.name);
}

QString keyExpression(const QString& row, const QList<Column>& columns)
{
    QStringList parts;
    for (const Column& c : columns)
        if (c.key)
            parts << u"%1.%2"_s.arg(row, c.name);
    return parts.isEmpty() ? u"%1.rowid"_s.arg(row) : parts.join(u" || '/' || "_s);
}

QString jsonObject(const QString& row, const QList<Column>& columns)
{
    QStringList pairs;
    for (const Column& c : columns)
        pairs << u"'%1', %2"_s.arg(c.name, valueExpression(row, c));
    return u"json_object(%1)"_s.arg(pairs.join(u", "_s));
}

QStringList triggersFor(const QString& table, const QList<Column>& columns)
{
    const QString insertInto = u"INSERT INTO audit_log (at, user_id, user_name, table_name, record_key, action, "
                               "old_values, new_values) SELECT at, user_id, user_name, '%1', "_s.arg(table);
    QStringList pairsOldNew;
    QStringList changed;
    for (const Column& c : columns) {
        // `c` compares the real values, so a changed secret is listed even though both sides read '***'.
        pairsOldNew << u"SELECT '%1' AS k, %2 AS o, %3 AS n, OLD.%1 IS NOT NEW.%1 AS c"_s.arg(
            c.name, valueExpression(u"OLD"_s, c), valueExpression(u"NEW"_s, c));
        changed << u"OLD.%1 IS NOT NEW.%1"_s.arg(c.name);
    }
    const QString diff = pairsOldNew.join(u" UNION ALL "_s);
    return {
        u"DROP TRIGGER IF EXISTS audit_%1_insert"_s.arg(table),
        u"DROP TRIGGER IF EXISTS audit_%1_update"_s.arg(table),
        u"DROP TRIGGER IF EXISTS audit_%1_delete"_s.arg(table),
        u"CREATE TRIGGER audit_%1_insert AFTER INSERT ON %1 BEGIN %2 %3, 'insert', NULL, %4 FROM audit_context "
        "WHERE id = 1; END"_s.arg(table, insertInto, keyExpression(u"NEW"_s, columns), jsonObject(u"NEW"_s, columns)),
        u"CREATE TRIGGER audit_%1_update AFTER UPDATE ON %1 WHEN %2 BEGIN %3 %4, 'update', "
        "(SELECT json_group_object(k, o) FROM (%5) WHERE c), "
        "(SELECT json_group_object(k, n) FROM (%5) WHERE c) FROM audit_context WHERE id = 1; END"_s.arg(
            table, changed.join(u" OR "_s), insertInto, keyExpression(u"NEW"_s, columns), diff),
        u"CREATE TRIGGER audit_%1_delete AFTER DELETE ON %1 BEGIN %2 %3, 'delete', %4, NULL FROM audit_context "
        "WHERE id = 1; END"_s.arg(table, insertInto, keyExpression(u"OLD"_s, columns), jsonObject(u"OLD"_s, columns)),
    };
}

const QString rowColumns = u"at, user_id, user_name, table_name, record_key, action, old_values, new_values"_s;

QStringList fieldsOf(const QSqlQuery& query, int first)
{
    QStringList fields;
    for (int i = first; i < first + 8; ++i)
        fields << (query.isNull(i) ? QString() : query.value(i).toString());
    return fields;
}

} // namespace

QByteArray AuditTrail::rowHash(const QByteArray& previousHash, const QStringList& fields)
{
    // Length-prefixed, so moving text from one field to the next changes the hash. Gathered into one buffer first:
    // sealing a large batch hashes every row.
    QByteArray content = previousHash;
    for (const QString& field : fields) {
        const QByteArray bytes = field.toUtf8();
        content += QByteArray::number(bytes.size()) + ':' + bytes;
    }
    return QCryptographicHash::hash(content, QCryptographicHash::Sha256);
}

Status AuditTrail::installSchema(const QSqlDatabase& db)
{
    for (const QString& statement : auditSchema)
        if (Status s = Sql::exec(db, statement); !s)
            return s;
    // Every table but the trail's own, a center's report lines (an index rebuilt from the audited payloads) and the
    // visit forms in progress (a draft becomes a record, audited, only when it is saved).
    QSqlQuery tables(db);
    if (!tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                     "AND name NOT IN ('audit_log', 'audit_context', 'center_report_lines', "
                     "'center_claimed_children', 'visit_drafts') ORDER BY name"_s))
        return Sql::failure(tables);
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString& table : names)
        for (const QString& statement : triggersFor(table, columnsOf(db, table)))
            if (Status s = Sql::exec(db, statement); !s)
                return s;
    return {};
}

Status AuditTrail::setContext(const QSqlDatabase& db, const Actor& actor, const QDateTime& at)
{
    QSqlQuery query(db);
    query.prepare(u"UPDATE audit_context SET user_id = ?, user_name = ?, at = ? WHERE id = 1"_s);
    return Sql::exec(query,
                     {actor.userId > 0 ? QVariant(actor.userId) : QVariant(), Sql::text(actor.name),
                      at.toString(Qt::ISODateWithMs)});
}

Status AuditTrail::seal(const QSqlDatabase& db)
{
    QSqlQuery last(db);
    if (!last.exec(u"SELECT hash FROM audit_log WHERE hash IS NOT NULL ORDER BY id DESC LIMIT 1"_s))
        return Sql::failure(last);
    QByteArray previous = last.next() ? last.value(0).toByteArray() : genesis;

    // Each unsealed row's previous and own hash, side by side at (id - first) * 2 * HashSize of one blob that a
    // single UPDATE spreads over the rows: a batch of any size is sealed in one statement.
    QByteArray hashes;
    qint64 first = 0;
    qint64 lastId = 0;
    {
        QSqlQuery unsealed(db);
        unsealed.setForwardOnly(true);
        if (!unsealed.exec(u"SELECT id, %1 FROM audit_log WHERE hash IS NULL ORDER BY id"_s.arg(rowColumns)))
            return Sql::failure(unsealed);
        while (unsealed.next()) {
            lastId = unsealed.value(0).toLongLong();
            if (first == 0)
                first = lastId;
            const qsizetype offset = (lastId - first) * 2 * HashSize;
            if (hashes.capacity() < offset + 2 * HashSize)
                hashes.reserve(2 * (offset + 2 * HashSize));
            hashes.resize(offset + 2 * HashSize); // the bytes of ids without an unsealed row are never read
            const QByteArray hash = rowHash(previous, fieldsOf(unsealed, 1));
            std::copy(previous.cbegin(), previous.cend(), hashes.begin() + offset);
            std::copy(hash.cbegin(), hash.cend(), hashes.begin() + offset + HashSize);
            previous = hash;
        }
    }
    if (first == 0)
        return {};
    QSqlQuery update(db);
    update.prepare(
        u"UPDATE audit_log SET prev_hash = substr(?, (id - ?) * %1 + 1, %2), "
        "hash = substr(?, (id - ?) * %1 + %2 + 1, %2) WHERE id BETWEEN ? AND ? AND hash IS NULL"_s.arg(2 * HashSize)
            .arg(HashSize));
    return Sql::exec(update, {hashes, first, hashes, first, first, lastId});
}

Status AuditTrail::withoutRowTriggers(const QSqlDatabase& db, const QString& table, const std::function<Status()>& work)
{
    const QStringList statements = triggersFor(table, columnsOf(db, table));
    // The first three drop the triggers, the rest put them back as installSchema made them.
    for (qsizetype i = 0; i < 3; ++i)
        if (Status s = Sql::exec(db, statements.at(i)); !s)
            return s;
    if (Status s = work(); !s)
        return s;
    for (qsizetype i = 3; i < statements.size(); ++i)
        if (Status s = Sql::exec(db, statements.at(i)); !s)
            return s;
    return {};
}

Status AuditTrail::recordBulk(const QSqlDatabase& db, const QString& table, const QString& action,
                              const QString& recordKey, const QString& oldRows, const QString& newRows)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO audit_log (at, user_id, user_name, table_name, record_key, action, old_values, "
                  "new_values) SELECT at, user_id, user_name, ?, ?, ?, ?, ? FROM audit_context WHERE id = 1"_s);
    return Sql::exec(query, {table, Sql::text(recordKey), action, Sql::textOrNull(oldRows), Sql::textOrNull(newRows)});
}

Status AuditTrail::recordAccess(const QSqlDatabase& db, const QString& action, const QString& tableName,
                                const QString& recordKey, const QString& detail)
{
    QSqlQuery query(db);
    query.prepare(u"INSERT INTO audit_log (at, user_id, user_name, table_name, record_key, action, old_values, "
                  "new_values) SELECT at, user_id, user_name, ?, ?, ?, NULL, json_object('detail', ?) "
                  "FROM audit_context WHERE id = 1"_s);
    return Sql::exec(query, {tableName, Sql::text(recordKey), action, Sql::text(detail)});
}

Result<AuditTrail::Verdict> AuditTrail::verify(const QSqlDatabase& db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, prev_hash, hash, %1 FROM audit_log ORDER BY id"_s.arg(rowColumns)))
        return Result<Verdict>::failure(Sql::failure(query).error());
    Verdict verdict;
    QByteArray previous = genesis;
    qint64 previousId = 0;
    auto broken = [&verdict](qint64 id, const QString& message) {
        verdict.intact = false;
        verdict.firstBadRow = id;
        verdict.message = message;
        return verdict;
    };
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        const QByteArray storedPrevious = query.value(1).toByteArray();
        const QByteArray storedHash = query.value(2).toByteArray();
        if (storedHash.isEmpty())
            return broken(id, tr("Audit row %1 was never sealed: it was added outside DaycareDesk.").arg(id));
        if (rowHash(storedPrevious, fieldsOf(query, 3)) != storedHash)
            return broken(id, tr("Audit row %1 was edited after it was written.").arg(id));
        if (storedPrevious != previous) {
            if (id != previousId + 1)
                return broken(id,
                              id - 1 == previousId + 1
                                  ? tr("Audit row %1 was deleted.").arg(previousId + 1)
                                  : tr("Audit rows %1 to %2 were deleted.").arg(previousId + 1).arg(id - 1));
            return broken(id, tr("Audit row %1 is out of order: it was inserted or moved.").arg(id));
        }
        previous = storedHash;
        previousId = id;
        ++verdict.rowsChecked;
    }
    // AUTOINCREMENT remembers the highest id ever given, so rows cut from the end are missed too.
    const qint64 highest = Sql::scalar(db, u"SELECT seq FROM sqlite_sequence WHERE name = 'audit_log'"_s).toLongLong();
    if (highest > previousId)
        return broken(previousId + 1,
                      highest == previousId + 1
                          ? tr("Audit row %1 was deleted.").arg(highest)
                          : tr("Audit rows %1 to %2 were deleted.").arg(previousId + 1).arg(highest));
    verdict.message = tr("The audit trail is intact: %n row(s) checked.", nullptr, verdict.rowsChecked);
    return verdict;
}
