#include "CliCommands.h"
#include "CommandParser.h"
#include "demo/DemoData.h"
#include "demo/DemoOutreach.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

int runOutreachDemo(CliContext& context, quint32 seed, const FieldErrors& errors)
{
    if (!errors.isEmpty())
        return context.reject(errors);
    Database* db = context.openDatabase(true);
    if (!db)
        return ExitFailed;
    const Result<DemoOutreach::Summary> summary = DemoOutreach::generate(*db, seed);
    if (!summary)
        return context.fail(ExitRejected, summary.error());
    if (context.json()) {
        context.printJson({{u"ok"_s, true},
                           {u"database"_s, db->path()},
                           {u"households"_s, summary->households},
                           {u"children"_s, summary->children},
                           {u"visits"_s, summary->visits},
                           {u"referrals"_s, summary->referrals},
                           {u"user"_s, DemoData::DemoUser},
                           {u"password"_s, DemoData::DemoPassword},
                           {u"members"_s, QJsonArray::fromStringList(DemoOutreach::MemberNames)},
                           {u"member_password"_s, DemoOutreach::MemberPassword}});
    } else {
        context.printText(QCoreApplication::translate("cli",
                                                      "Demo outreach team created in %1: %2 households, %3 "
                                                      "children, %4 home visits, %5 referrals.")
                              .arg(db->path())
                              .arg(summary->households)
                              .arg(summary->children)
                              .arg(summary->visits)
                              .arg(summary->referrals));
    }
    context.printNotice(QCoreApplication::translate("cli",
                                                    "The team leader logs in as %1 with the password %2; the team "
                                                    "members (队员) %3 with the password %4.")
                            .arg(DemoData::DemoUser, DemoData::DemoPassword, DemoOutreach::MemberNames.join(u", "_s),
                                 DemoOutreach::MemberPassword));
    return ExitDone;
}

} // namespace

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
    parser.addOption(u"outreach-team"_s,
                     QCoreApplication::translate("cli",
                                                 "Make a rural infant-care service team (服务队) instead: its "
                                                 "households (户) in four villages (村) and four months of home "
                                                 "visits (入户指导)."));
    if (const auto exit = parser.parse())
        return *exit;
    if (parser.isSet(u"outreach-team"_s))
        return runOutreachDemo(context, quint32(parser.intValue(u"seed"_s, 1, 0, 2147483647)), parser.errors());
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
