#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "PassphraseOption.h"
#include "RevisionJson.h"
#include "SignedMonthExport.h"
#include "reports/Jwk.h"
#include "reports/MonthlyReports.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

int reportExport(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Export a closed month's report for the county as a signed file, with its "
                                     "workbook beside it. A month changed or closed again since its last export "
                                     "becomes the next revision."));
    parser.addOption(u"out"_s, CliText::tr("The folder to write the report into."), u"DIR"_s);
    PassphraseOption::add(parser);
    return runSignedMonthExport(context, parser, Permission::ExportReports, u"report export"_s,
                                &MonthlyReports::exportMonth);
}

int reportList(CliContext& context)
{
    CommandParser parser(context, CliText::tr("The closed months and their exported report revisions, newest first."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ExportReports);
    if (!db)
        return exitCode;
    const Result<QList<MonthReport>> reports = MonthlyReports::overview(*db);
    if (!reports)
        return context.fail(ExitFailed, reports.error());
    QJsonArray months;
    QStringList lines;
    for (const MonthReport& report : reports.value()) {
        QJsonArray revisions;
        for (const ReportRevision& r : report.revisions)
            revisions.append(revisionJson(r));
        months.append(QJsonObject {{u"month"_s, report.month.toString()},
                                   {u"state"_s, MonthlyReports::stateKey(report.state)},
                                   {u"revisions"_s, revisions}});
        const QString latest = report.revisions.isEmpty()
            ? QString()
            : CliText::tr("r%1 %2")
                  .arg(report.revisions.last().revision)
                  .arg(QLocale().toString(report.revisions.last().exportedAt, QLocale::ShortFormat));
        lines << u"%1\t%2\t%3"_s.arg(report.month.toString(), MonthlyReports::stateLabel(report.state), latest);
    }
    return context.done({{u"months"_s, months}},
                        lines.isEmpty() ? CliText::tr("No month is closed yet.") : lines.join(u'\n'));
}

} // namespace

int runReport(CliContext& context)
{
    return runSubcommand(context, {{u"export"_s, {}, reportExport}, {u"list"_s, {}, reportList}});
}
