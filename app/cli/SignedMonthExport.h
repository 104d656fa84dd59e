#pragma once

#include "CommandParser.h"
#include "access/Permission.h"
#include "reports/SignedExport.h"

#include <functional>

class Database;

// Writes a month's signed file and its workbook into a folder, unlocking the signing key with the passphrase.
using MonthExporter
    = std::function<Result<ExportedReport>(Database&, Month, const QString& passphrase, const QString& directory)>;

// The shape of `report export MONTH --out DIR` and `outreach export MONTH --out DIR` (the parser has its --out and
// passphrase options already): the month, the folder and the passphrase read, the database opened for a user with
// the permission, then exportMonth; prints exportedJson, or which revision was written where.
int runSignedMonthExport(CliContext& context, CommandParser& parser, Permission permission, const QString& command,
                         const MonthExporter& exportMonth);
