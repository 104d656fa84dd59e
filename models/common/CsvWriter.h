#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

// Writes a CSV file the way Excel on a Chinese Windows opens it correctly: UTF-8 with a byte-order mark, CRLF line
// ends, fields quoted when they hold a comma, a quote or a line break. The file appears whole or not at all.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(CsvWriter)

public:
    static Status write(const QString& path, const QStringList& header, const QList<QStringList>& rows);
    static QString quote(const QString& field);
};
