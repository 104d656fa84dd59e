#pragma once

#include "common/CsvWriter.h"
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

// A CSV file's bytes (UTF-8, CRLF) with the header and rows, fields quoted as a spreadsheet would.
inline QByteArray csvText(const QStringList& header, const QList<QStringList>& rows)
{
    QStringList lines;
    for (const QStringList& row : QList<QStringList> {header} + rows) {
        QStringList quoted;
        for (const QString& field : row)
            quoted << CsvWriter::quote(field);
        lines << quoted.join(QLatin1Char(','));
    }
    return lines.join(QStringLiteral("\r\n")).toUtf8() + "\r\n";
}
