#pragma once

#include "ImportReport.h"
#include "ImportTable.h"
#include "RosterRecords.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

// One person of a staff file as she will be written; record.id is set when she is already recorded.
struct PlannedStaff
{
    int line = 0;
    StaffRecord record;

    bool isUpdate() const { return record.id > 0; }
};

struct StaffImportPlan
{
    QList<PlannedStaff> staff;
    ImportReport report;
};

// Imports staff from a spreadsheet: several rows with one ID number are one person with several certificates, and
// an ID number already recorded updates that person. Like RosterImport, preview() writes nothing and apply() writes
// all or nothing.
class StaffImport
{
    Q_DECLARE_TR_FUNCTIONS(StaffImport)

public:
    static QList<ImportColumn> columns();

    static Result<StaffImportPlan> preview(Database& db, const QString& path);
    static Result<StaffImportPlan> preview(Database& db, const CsvTable& table);
    static Result<ImportReport> apply(Database& db, const StaffImportPlan& plan);
};
