#pragma once

#include "store/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

// A database in a fresh temporary folder, removed with the test. It acts as the program itself, so tests of rules
// other than permissions are not stopped by them.
struct TempDatabase
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("test.db"));
    std::unique_ptr<Database> db;

    bool open()
    {
        auto opened = Database::open(path);
        if (!opened) {
            qWarning().noquote() << opened.error();
            return false;
        }
        db = std::move(opened.value());
        db->setActor(Actor::systemActor());
        return true;
    }
};

// The bytes of a file, to prove an operation left it unchanged.
inline QByteArray fileHash(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}
