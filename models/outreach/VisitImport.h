#pragma once

#include "Visit.h"
#include "common/Result.h"
#include "roster/ImportReport.h"
#include "roster/ImportTable.h"

#include <QCoreApplication>

class Database;

struct PlannedVisit
{
    int line = 0;
    Visit visit;
};

struct VisitImportPlan
{
    QList<PlannedVisit> visits;
    ImportReport report; // added counts visits
    int alreadyRecorded = 0; // rows whose child has a visit that day already: left out, with a warning
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// Imports visits written down on paper and typed into a spreadsheet later, one row per child seen. The child is
// found by ID number, or by village, name and birth date; each row is checked as VisitRepository::check checks a
// visit, its fields read as VisitInput reads them. A row whose child already has a visit on that day is not
// imported again, so a file may be imported twice. Like the roster import, preview() writes nothing and apply()
// writes all or nothing.
class VisitImport
{
    Q_DECLARE_TR_FUNCTIONS(VisitImport)

public:
    static QList<ImportColumn> columns();

    static Result<VisitImportPlan> preview(Database& db, const QString& path);
    static Result<VisitImportPlan> preview(Database& db, const CsvTable& table);
    static Result<ImportReport> apply(Database& db, const VisitImportPlan& plan);
};
