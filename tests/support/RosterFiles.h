#pragma once

#include "common/IdNumber.h"
#include "roster/ClassRepository.h"
#include "store/Database.h"

#include <QDate>
#include <QFile>
#include <QString>

// Test children with valid ID numbers and the classes a roster file names, for the import and export tests.
inline QString idNumberFor(QDate birthDate, int sequence)
{
    const QString first17 = QStringLiteral("140402") + birthDate.toString(QStringLiteral("yyyyMMdd"))
        + QStringLiteral("%1").arg(sequence, 3, 10, QLatin1Char('0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// The classes 托小一班 and 托大一班, added as the program itself; false on failure.
inline bool addRosterClasses(Database& db)
{
    for (const auto& [name, type] : {std::pair {QStringLiteral("托小一班"), ClassType::YoungToddler},
                                     std::pair {QStringLiteral("托大一班"), ClassType::OlderToddler}}) {
        ClassRecord record;
        record.name = name;
        record.type = type;
        record.capacity = 20;
        if (!ClassRepository(db).add(record))
            return false;
    }
    return true;
}

inline bool writeBytes(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
