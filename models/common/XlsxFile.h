#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

// Writes one worksheet of text cells as an Excel workbook, with a bold header row. The file appears whole or not
// at all.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    static Status write(const QString& path, const QString& sheetName, const QStringList& header,
                        const QList<QStringList>& rows);
};
