#include "CliCommands.h"
#include "CommandParser.h"
#include "demo/DemoData.h"
#include "store/Database.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

int runDemo(CliContext& context)
{
    CommandParser parser(context, QCoreApplication::translate("cli", "Fill a new database with a demo institution."));
    parser.addOption(u"children"_s, QCoreApplication::translate("cli", "How many children (default 60)."), u"N"_s);
    parser.addOption(u"months"_s, QCoreApplication::translate("cli", "Months of attendance up to today (default 3)."),
                     u"M"_s);
    parser.addOption(
        u"seed"_s, QCoreApplication::translate("cli", "Seed: the same seed gives the same data (default 1)."), u"S"_s);
    parser.addOption(u"institution"_s,
                     QCoreApplication::translate("cli",
                                                 "Which demo institution, 1 to %1: each has its own name, credit "
                                                 "code and county (default 1).")
                         .arg(DemoData::institutionCount),
                     u"N"_s);
    if (const auto exit = parser.parse())
        return *exit;
    DemoData::Options options;
    options.children = parser.intValue(u"children"_s, options.children, 1, 5000);
    options.months = parser.intValue(u"months"_s, options.months, 1, 36);
    options.seed = quint32(parser.intValue(u"seed"_s, int(options.seed), 0, 2147483647));
    options.institution = parser.intValue(u"institution"_s, options.institution, 1, DemoData::institutionCount);
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());

    Database* db = context.openDatabase(true);
    if (!db)
        return ExitFailed;
    const auto summary = DemoData::generate(*db, options);
    if (!summary)
        return context.fail(ExitRejected, summary.error());
    if (context.json()) {
        context.printJson({{u"ok"_s, true},
                           {u"database"_s, db->path()},
                           {u"classes"_s, summary->classes},
                           {u"children"_s, summary->children},
                           {u"staff"_s, summary->staff},
                           {u"attendance_records"_s, summary->attendanceRecords},
                           {u"user"_s, DemoData::DemoUser},
                           {u"password"_s, DemoData::DemoPassword}});
    } else {
        context.printText(QCoreApplication::translate("cli",
                                                      "Demo institution created in %1: %2 classes, %3 children, "
                                                      "%4 staff, %5 attendance records.")
                              .arg(db->path())
                              .arg(summary->classes)
                              .arg(summary->children)
                              .arg(summary->staff)
                              .arg(summary->attendanceRecords));
    }
    context.printNotice(QCoreApplication::translate("cli", "The demo's director logs in as %1 with the password %2.")
                            .arg(DemoData::DemoUser, DemoData::DemoPassword));
    return ExitDone;
}
