#include "Sql.h"

#include <QCoreApplication>
#include <QSqlError>

using namespace Qt::StringLiterals;

namespace Sql {

Status failure(const QSqlQuery& query)
{
    return Status::failure(
        QCoreApplication::translate("Sql", "The database refused a change: %1").arg(query.lastError().text()));
}

Status exec(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return failure(query);
    return {};
}

Status exec(QSqlQuery& query)
{
    if (!query.exec())
        return failure(query);
    return {};
}

QVariant scalar(const QSqlDatabase& db, const QString& statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement) || !query.next())
        return {};
    return query.value(0);
}

void bind(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    int position = 0;
    for (const QVariant& value : values)
        query.bindValue(position++, value);
}

Status exec(QSqlQuery& query, std::initializer_list<QVariant> values)
{
    bind(query, values);
    return exec(query);
}

QVariant date(QDate date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant text(const QString& text)
{
    return text.isNull() ? QVariant(QString(u""_s)) : QVariant(text);
}

Result<std::optional<qint64>> findId(const QSqlDatabase& db, const QString& statement, const QVariant& value)
{
    QSqlQuery query(db);
    query.prepare(statement);
    if (Status s = exec(query, {value}); !s)
        return Result<std::optional<qint64>>::failure(s.error());
    if (!query.next())
        return std::optional<qint64>();
    return std::optional<qint64>(query.value(0).toLongLong());
}

namespace {

QString placeholders(qsizetype count)
{
    QStringList marks(count, u"?"_s);
    return marks.join(u", "_s);
}

} // namespace

QString RowStatements::insert() const
{
    return u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(table, columns.join(u", "_s), placeholders(columns.size()));
}

QString RowStatements::updateById(qint64 id) const
{
    QStringList assignments;
    for (const QString& column : columns)
        assignments << column + u" = ?"_s;
    return u"UPDATE %1 SET %2 WHERE id = %3"_s.arg(table, assignments.join(u", "_s)).arg(id);
}

QString RowStatements::upsertById(qint64 id) const
{
    QStringList updates;
    for (const QString& column : columns)
        updates << u"%1 = excluded.%1"_s.arg(column);
    return u"INSERT INTO %1 (id, %2) VALUES (%3, %4) ON CONFLICT(id) DO UPDATE SET %5"_s.arg(
        table, columns.join(u", "_s), QString::number(id), placeholders(columns.size()), updates.join(u", "_s));
}

} // namespace Sql
