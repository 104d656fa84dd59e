#pragma once

#include "ImportReport.h"
#include "ImportTable.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <functional>

class Database;

// The steps a spreadsheet import shares around its own rows: the file read into a table, the report begun from the
// header, and a clean plan written in one transaction.
class ImportSteps
{
    Q_DECLARE_TR_FUNCTIONS(ImportSteps)

public:
    // Reads the CSV file and previews its table; fails only when the file cannot be read.
    template<typename Plan, typename Preview> static Result<Plan> readFile(const QString& path, Preview preview)
    {
        const Result<CsvTable> table = CsvReader::read(path);
        if (!table)
            return Result<Plan>::failure(table.error());
        return preview(table.value());
    }
    // Begins the report with the header's warnings and errors, and an error for a file with no rows; false when
    // the rows are not worth reading.
    static bool begin(const ImportTable& cells, ImportReport& report);
    // Refuses a report with errors; else runs write in one transaction and returns the report.
    static Result<ImportReport> apply(Database& db, const ImportReport& report, const std::function<Status()>& write);
};
