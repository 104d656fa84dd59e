#pragma once

#include "CliText.h"
#include "CommandParser.h"
#include "roster/ImportReport.h"

class CliContext;

// Prints an import's report: counts, warnings and, when the file was refused, every error with its row, column,
// value and reason. Returns ExitRejected when there are errors, else ExitDone.
int printImportReport(CliContext& context, const ImportReport& report);

// `COMMAND import FILE`: previews the file with Importer (RosterImport, StaffImport) and applies it only when no
// row is wrong.
template<typename Importer> int runImportCommand(CliContext& context, const QString& description)
{
    CommandParser parser(context, description);
    parser.addPositional(QStringLiteral("FILE"), CliText::tr("The CSV file, UTF-8 or GB18030."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const auto plan = Importer::preview(*db, parser.positional(0));
    if (!plan)
        return context.fail(ExitFailed, plan.error());
    if (!plan->report.ok())
        return printImportReport(context, plan->report);
    const Result<ImportReport> applied = Importer::apply(*db, plan.value());
    if (!applied)
        return context.fail(ExitFailed, applied.error());
    return printImportReport(context, applied.value());
}
