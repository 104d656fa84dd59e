#pragma once

#include "Result.h"
#include "Sheet.h"

#include <QCoreApplication>
#include <QList>

// Writes worksheets as an Excel workbook: text, money as a number of yuan shown "#,##0.00", whole numbers, bold
// where a cell asks for it. The file appears whole or not at all.
class XlsxFile
{
    Q_DECLARE_TR_FUNCTIONS(XlsxFile)

public:
    static Status write(const QString& path, const QList<Sheet>& sheets);
};
