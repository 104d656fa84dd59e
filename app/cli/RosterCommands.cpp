#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "ImportOutput.h"
#include "common/Clock.h"
#include "roster/ChildListing.h"
#include "roster/RosterExport.h"
#include "roster/RosterImport.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

int rosterImport(CliContext& context)
{
    return runImportCommand<RosterImport>(context, CliText::tr("Import children from a CSV file; all rows or none."));
}

int rosterList(CliContext& context)
{
    CommandParser parser(context, CliText::tr("List every child with class, care type, dates and status."));
    parser.addOption(u"class"_s, CliText::tr("Only the children of this class."), u"NAME"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const QDate today = Clock::today();
    const auto entries = ChildListing::load(*db, today);
    if (!entries)
        return context.fail(ExitFailed, entries.error());
    const QString className = parser.value(u"class"_s).trimmed();
    QJsonArray children;
    QStringList lines;
    for (const ChildListEntry& listed : entries.value()) {
        if (!className.isEmpty() && listed.className != className)
            continue;
        const ChildListEntry e = ChildListing::forActor(db->actor(), listed);
        const QString careType = e.careType ? RosterTypes::key(*e.careType) : QString();
        children.append(QJsonObject {{u"id"_s, e.id},
                                     {u"name"_s, e.name},
                                     {u"gender"_s, e.gender == Gender::Male ? u"male"_s : u"female"_s},
                                     {u"birth_date"_s, dateValue(e.birthDate)},
                                     {u"id_number"_s, e.idNumber},
                                     {u"class"_s, e.className},
                                     {u"care_type"_s, careType},
                                     {u"enrolled_on"_s, dateValue(e.enrolledOn)},
                                     {u"withdrawn_on"_s, dateValue(e.withdrawnOn)},
                                     {u"status"_s, e.status(today)},
                                     {u"consent_recorded"_s, e.consentRecorded}});
        lines << u"%1\t%2\t%3\t%4"_s.arg(e.name, e.className, careType, e.status(today));
    }
    return context.done({{u"children"_s, children}}, lines.join(u'\n'));
}

int rosterExport(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Export the roster as CSV (UTF-8 with BOM) or .xlsx."));
    parser.addPositional(u"FILE"_s, CliText::tr("The file to write: FILE.csv or FILE.xlsx."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    if (Status written = RosterExport::write(*db, parser.positional(0), Clock::today()); !written)
        return context.fail(ExitFailed, written.error());
    return context.done({{u"file"_s, parser.positional(0)}},
                        CliText::tr("Wrote the roster to %1.").arg(parser.positional(0)));
}

} // namespace

int runRoster(CliContext& context)
{
    return runSubcommand(context,
                         {{u"import"_s, CliText::tr("Import children from a CSV file."), rosterImport},
                          {u"list"_s, CliText::tr("List the children."), rosterList},
                          {u"export"_s, CliText::tr("Export the roster to CSV or xlsx."), rosterExport}});
}
