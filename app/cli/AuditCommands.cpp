#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "access/AuditLog.h"
#include "store/Database.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

int auditVerify(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Recompute the audit trail's hash chain and report the first break."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const auto verdict = AuditLog::verify(*db);
    if (!verdict)
        return context.fail(ExitRejected, verdict.error());
    if (context.json()) {
        QJsonObject object {{u"ok"_s, verdict->intact},
                            {u"intact"_s, verdict->intact},
                            {u"rows_checked"_s, verdict->rowsChecked},
                            {u"message"_s, verdict->message}};
        if (!verdict->intact)
            object.insert(u"first_bad_row"_s, verdict->firstBadRow);
        context.printJson(object);
    } else {
        context.printText(verdict->message);
    }
    return verdict->intact ? ExitDone : ExitIntegrity;
}

int auditExport(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Export the audit trail to a CSV file."));
    parser.addOption(u"out"_s, CliText::tr("The CSV file to write."), u"FILE"_s);
    parser.addOption(u"from"_s, CliText::tr("First day (YYYY-MM-DD)."), u"DATE"_s);
    parser.addOption(u"to"_s, CliText::tr("Last day (YYYY-MM-DD)."), u"DATE"_s);
    parser.addOption(u"by"_s, CliText::tr("Only changes made by this user."), u"NAME"_s);
    parser.addOption(u"record-type"_s, CliText::tr("Only this kind of record (e.g. children)."), u"TYPE"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (!parser.isSet(u"out"_s))
        return context.usage(CliText::tr("audit export needs --out FILE."));
    AuditFilter filter {parser.value(u"by"_s), parser.dateValue(u"from"_s), parser.dateValue(u"to"_s),
                        parser.value(u"record-type"_s)};
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    if (Status written = AuditLog::exportCsv(*db, filter, parser.value(u"out"_s)); !written)
        return context.fail(ExitRejected, written.error());
    return context.done({{u"file"_s, parser.value(u"out"_s)}}, CliText::tr("Written %1.").arg(parser.value(u"out"_s)));
}

} // namespace

int runAudit(CliContext& context)
{
    return runSubcommand(context, {{u"verify"_s, {}, auditVerify}, {u"export"_s, {}, auditExport}});
}
