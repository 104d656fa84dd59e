#include "ReadOnlyConnection.h"

#include <QAtomicInt>
#include <QFile>
#include <QSqlError>

using namespace Qt::StringLiterals;

ReadOnlyConnection::ReadOnlyConnection(const QString& path)
{
    static QAtomicInt counter;
    m_name = u"daycaredesk-readonly-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    for (const QString& suffix : {u"-wal"_s, u"-shm"_s})
        if (!QFile::exists(path + suffix))
            m_newCompanions.append(path + suffix);
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
    if (!db.open())
        m_error = db.lastError().text();
}

ReadOnlyConnection::~ReadOnlyConnection()
{
    connection().close();
    QSqlDatabase::removeDatabase(m_name);
    for (const QString& companion : std::as_const(m_newCompanions))
        QFile::remove(companion);
}

bool ReadOnlyConnection::isOpen() const
{
    return connection().isOpen();
}

QSqlDatabase ReadOnlyConnection::connection() const
{
    return QSqlDatabase::database(m_name, false);
}
