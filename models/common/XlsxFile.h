#pragma once

#include "Result.h"
#include "Sheet.h"

#include <QCoreApplication>
#include <QList>

// Writes worksheets as an Excel workbook: text, money as a number of yuan shown "#,##0.00", whole numbers, dates
// shown yyyy-mm-dd, bold where a cell asks for it, titles larger; each sheet on A4 pages as its layout says. Rows
// are streamed to disk as they are written, so memory does not grow with them. The file appears whole or not at
// all.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    static Status write(const QString& path, const QList<Sheet>& sheets);
};
