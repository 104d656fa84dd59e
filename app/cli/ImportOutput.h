#pragma once

#include "CliText.h"
#include "CommandParser.h"
#include "roster/ImportReport.h"

#include <QJsonObject>

class CliContext;

// What an import that wrote its rows says beyond the added and updated counts: a line for people (replacing the
// counts line when not empty) and fields for scripts.
struct ImportSummary
{
    QString text;
    QJsonObject json;
};

// Prints an import's report: counts, warnings and, when the file was refused, every error with its row, column,
// value and reason. Returns ExitRejected when there are errors, else ExitDone.
int printImportReport(CliContext& context, const ImportReport& report, const ImportSummary& summary = {});

// `COMMAND import FILE`: previews the file with Importer (RosterImport, StaffImport, AttendanceImport) and applies
// it only when no row is wrong; summarize(plan) says what was written.
template<typename Importer, typename Summarize>
int runImportCommand(CliContext& context, const QString& description, Summarize summarize)
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
    return printImportReport(context, applied.value(), summarize(plan.value()));
}

template<typename Importer> int runImportCommand(CliContext& context, const QString& description)
{
    return runImportCommand<Importer>(context, description, [](const auto&) { return ImportSummary(); });
}
