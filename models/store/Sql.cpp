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

} // namespace Sql
