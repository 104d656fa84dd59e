#pragma once

#include <QSqlDatabase>
#include <QStringList>

// A connection that only reads an SQLite file: for looking at backups and damaged databases without going through
// Database::open, which migrates and writes. It is removed when it goes out of scope, together with any journal
// companion file (-wal, -shm) SQLite created just for this look, so the folder is left as it was found.
class ReadOnlyConnection
{
public:
    explicit ReadOnlyConnection(const QString& path);
    ~ReadOnlyConnection();
    ReadOnlyConnection(const ReadOnlyConnection&) = delete;
    ReadOnlyConnection& operator=(const ReadOnlyConnection&) = delete;

    bool isOpen() const;
    QSqlDatabase connection() const;
    // Why opening failed; empty when it did not.
    QString errorText() const { return m_error; }

private:
    QString m_name;
    QString m_error;
    QStringList m_newCompanions;
};
