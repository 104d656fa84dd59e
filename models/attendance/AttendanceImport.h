#pragma once

#include "AttendanceRecord.h"
#include "common/Month.h"
#include "common/Result.h"
#include "roster/ImportReport.h"
#include "roster/ImportTable.h"

#include <QCoreApplication>
#include <QMap>

class Database;

struct AttendanceImportPlan
{
    QList<AttendanceRecord> records;
    // added: days without a record yet; updated: days whose record the file replaces.
    ImportReport report;
    CsvEncoding encoding = CsvEncoding::Utf8;
    // The file's name, which the audit trail gives as the records' source.
    QString source;

    QMap<AttendanceStatus, int> statusCounts() const;
    // The months the records fall in, in order.
    QList<Month> months() const;
};

// Imports attendance kept in a spreadsheet, one row per child and day: 日期, 身份证号, 状态 and optionally the
// times, hours, morning check, temperature, symptom and note. A sick day needs its symptom in the 症状 (symptom)
// column, so the follow-up and the outbreak watch have it; 备注 stays a free note. preview() checks the whole file
// against the roster, the care calendar and the closed months and writes nothing; apply() saves a clean plan through
// AttendanceRepository in one transaction, replacing a record the child already has for the day.
class AttendanceImport
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceImport)

public:
    static QList<ImportColumn> columns();

    // Fails only when the file or the database cannot be read or the actor may not record attendance; problems
    // with the rows are in the report.
    static Result<AttendanceImportPlan> preview(Database& db, const QString& path);
    static Result<AttendanceImportPlan> preview(Database& db, const CsvTable& table);
    // Writes every planned record, or nothing; refuses a plan with errors. Returns the plan's report.
    static Result<ImportReport> apply(Database& db, const AttendanceImportPlan& plan);
};
