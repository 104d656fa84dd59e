#pragma once

#include "common/Result.h"

#include <QDate>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <optional>

// Small helpers that turn a driver failure into a Status whose message says what failed.
namespace Sql {
Status exec(const QSqlDatabase& db, const QString& statement);
Status exec(QSqlQuery& query);
Status failure(const QSqlQuery& query);
// The first column of the first row of a query that returns one value, or an invalid QVariant.
QVariant scalar(const QSqlDatabase& db, const QString& statement);
// Binds positional values in order, replacing what an earlier row bound.
void bind(QSqlQuery& query, std::initializer_list<QVariant> values);
// Binds and runs a prepared statement.
Status exec(QSqlQuery& query, std::initializer_list<QVariant> values);
// ISO dates and optional text as SQL NULL when absent.
QVariant date(QDate date);
QVariant textOrNull(const QString& text);
// Text for a NOT NULL column: a null QString would bind as NULL, so it becomes ''.
QVariant text(const QString& text);
// The id of the row a one-parameter SELECT of one id column finds, if any.
Result<std::optional<qint64>> findId(const QSqlDatabase& db, const QString& statement, const QVariant& value);

// The statements that write one row of a table with an integer id, binding `columns` positionally in their order.
struct RowStatements
{
    QString table;
    QStringList columns;

    QString insert() const;
    QString updateById(qint64 id) const;
    // Inserts the row with this id, or overwrites it when it exists (restoring a record as it was).
    QString upsertById(qint64 id) const;
};
} // namespace Sql
