#pragma once

#include "Household.h"
#include "common/Result.h"
#include "roster/ImportReport.h"
#include "roster/ImportTable.h"

#include <QCoreApplication>

class Database;

// One household of a file as it will be written: new (household.id 0), changed, or the same as stored (unchanged,
// not written). lines are the file rows of its children.
struct PlannedHousehold
{
    QList<int> lines;
    Household household;
    bool unchanged = false;

    bool isUpdate() const { return household.id > 0; }
};

struct HouseholdImportPlan
{
    QList<PlannedHousehold> households;
    ImportReport report; // added and updated count households
    int unchanged = 0;
    int children = 0; // rows of the file
    CsvEncoding encoding = CsvEncoding::Utf8;
};

// Imports a team's households from a spreadsheet, one row per child: the rows that share a household key (户编号)
// are one household, whose details (village, address, guardians, left-behind status, consent) the first of them
// gives and the others repeat or leave empty. Like the roster import, preview() checks every row and writes nothing,
// and apply() writes all or nothing in one transaction.
//
// Importing a file again does not duplicate anyone. A row is the child already recorded with its ID number; a row
// without one, or with one no child has yet, is the child of the same village, name and birth date whose ID number
// is not recorded. A household with such a child is updated from the file: its details and guardians replaced, its
// children matched updated, the others added, and children the file leaves out kept.
class HouseholdImport
{
    Q_DECLARE_TR_FUNCTIONS(HouseholdImport)

public:
    static QList<ImportColumn> columns();

    // Fails only when the file or the database cannot be read; problems with the rows are in the report.
    static Result<HouseholdImportPlan> preview(Database& db, const QString& path);
    static Result<HouseholdImportPlan> preview(Database& db, const CsvTable& table);
    static Result<ImportReport> apply(Database& db, const HouseholdImportPlan& plan);
};
