#pragma once

#include "store/Sql.h"

#include <QFile>
#include <QSqlDatabase>
#include <QTest>

// What happens to a database file outside DaycareDesk: another program (or the sqlite3 shell) changes it with plain
// SQL, or a failing disk overwrites some of its pages.

inline void runRawSql(const QString& path, const QStringList& statements)
{
    const QString name = QStringLiteral("raw-sql");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        for (const QString& statement : statements)
            QVERIFY2(Sql::exec(db, statement).ok(), qPrintable(statement));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

// Overwrites pages in the middle of the file, where table data lives.
inline void overwritePages(const QString& path, int pages = 1)
{
    constexpr int PageSize = 4096;
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadWrite));
    QVERIFY(file.size() > 4 * pages * PageSize);
    file.seek(file.size() / 2 / PageSize * PageSize);
    file.write(QByteArray(pages * PageSize, '\xA5'));
}
