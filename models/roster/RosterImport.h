#pragma once

#include "ImportReport.h"
#include "ImportTable.h"
#include "RosterRecords.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

// One row of a roster file as it will be written: a new child, or an existing one (record.id set) with the class,
// care type and last day she has today, so a change can be recorded from the right day.
struct PlannedChild
{
    int line = 0;
    ChildRecord record;
    qint64 classId = 0;
    CareType careType = CareType::FullDay;
    qint64 currentClassId = 0;
    std::optional<CareType> currentCareType;
    QDate currentEnrolledOn;
    QDate currentWithdrawnOn;

    bool isUpdate() const { return record.id > 0; }
};

struct RosterImportPlan
{
    QList<PlannedChild> children;
    ImportReport report;
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// Imports a roster kept in a spreadsheet. preview() reads and checks the whole file and says what would be added,
// updated, warned about and refused, writing nothing; apply() writes a clean plan in one transaction. A row whose
// ID number is already in the database updates that child.
class RosterImport
{
    Q_DECLARE_TR_FUNCTIONS(RosterImport)

public:
    // The columns of a roster file, in the order an export writes them.
    static QList<ImportColumn> columns();

    // Fails only when the file or the database cannot be read; problems with the rows are in the report.
    static Result<RosterImportPlan> preview(Database& db, const QString& path);
    static Result<RosterImportPlan> preview(Database& db, const CsvTable& table);
    // Writes every planned row, or nothing; refuses a plan with errors. Returns the plan's report.
    static Result<ImportReport> apply(Database& db, const RosterImportPlan& plan);
};
