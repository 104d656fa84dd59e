#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "MonthCommand.h"
#include "PassphraseOption.h"
#include "SignedMonthExport.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "common/MobileNumber.h"
#include "outreach/OutreachPlan.h"
#include "outreach/OutreachReport.h"
#include "outreach/OutreachSummary.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateValue(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject dueJson(const DueHousehold& d, bool whole, QDate today)
{
    const Household& h = d.household;
    QJsonArray guardians;
    for (const HouseholdGuardian& g : h.guardians)
        guardians.append(QJsonObject {{u"name"_s, g.name},
                                      {u"relation"_s, g.relation},
                                      {u"phone"_s, whole ? g.phone : MobileNumber::mask(g.phone)}});
    QJsonArray children;
    for (const OutreachChild& c : h.children)
        children.append(QJsonObject {{u"id"_s, c.id},
                                     {u"name"_s, c.name},
                                     {u"birth_date"_s, dateValue(c.birthDate)},
                                     {u"age_months"_s, ageInCompletedMonths(c.birthDate, today)},
                                     {u"id_number"_s, whole ? c.idNumber : IdNumber::mask(c.idNumber)}});
    return {{u"household_id"_s, h.id},
            {u"village"_s, h.village},
            {u"address"_s, h.address},
            {u"left_behind"_s, h.leftBehind},
            {u"carer"_s, h.carer},
            {u"guardians"_s, guardians},
            {u"children"_s, children},
            {u"last_visit"_s, dateValue(d.lastVisit)},
            {u"next_visit"_s, dateValue(d.nextVisit)},
            {u"due"_s, d.due},
            {u"days_overdue"_s, d.daysOverdue},
            {u"long_unvisited"_s, d.longUnvisited}};
}

QString dueLine(const DueHousehold& d, bool whole)
{
    const Household& h = d.household;
    QStringList children;
    for (const OutreachChild& c : h.children)
        children << c.name;
    const HouseholdGuardian guardian = h.guardians.value(0);
    QStringList state;
    if (d.daysOverdue > 0)
        state << CliText::tr("%n day(s) overdue", nullptr, d.daysOverdue);
    else if (d.due)
        state << CliText::tr("due today");
    if (d.longUnvisited)
        state << CliText::tr("not visited for over %n month(s)", nullptr, OutreachPlan::UnvisitedMonths);
    return u"%1\t%2 %3\t%4\t%5\t%6\t%7"_s.arg(
        h.village, guardian.name, whole ? guardian.phone : MobileNumber::mask(guardian.phone), children.join(u"、"_s),
        d.lastVisit.isValid() ? d.lastVisit.toString(Qt::ISODate) : CliText::tr("never visited"),
        d.nextVisit.toString(Qt::ISODate), state.join(u", "_s));
}

int outreachDue(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("The households to visit: those whose next visit has come, and those not "
                                     "visited for over %n month(s), by village.",
                                     nullptr, OutreachPlan::UnvisitedMonths));
    parser.addOption(u"date"_s, CliText::tr("The day to plan for (default today)."), u"YYYY-MM-DD"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    const QDate given = parser.dateValue(u"date"_s);
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());
    const QDate day = given.isValid() ? given : Clock::today();
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::RecordOutreach);
    if (!db)
        return exitCode;
    const Result<QList<DueHousehold>> due = OutreachPlan::dueList(*db, day);
    if (!due)
        return context.fail(ExitFailed, due.error());
    const bool whole = db->actor().may(Permission::ViewFullIdentity);
    QJsonArray households;
    QStringList lines;
    for (const DueHousehold& d : due.value()) {
        households.append(dueJson(d, whole, day));
        lines << dueLine(d, whole);
    }
    return context.done(
        {{u"date"_s, day.toString(Qt::ISODate)}, {u"identity_masked"_s, !whole}, {u"households"_s, households}},
        lines.isEmpty() ? CliText::tr("No household is due for a visit on %1.").arg(day.toString(Qt::ISODate))
                        : lines.join(u'\n'));
}

QString countsLine(const QString& label, const OutreachCounts& c)
{
    return CliText::tr("%1: households %2, children %3 (left-behind %4), visits %5, referrals %6")
        .arg(label)
        .arg(c.households)
        .arg(c.children)
        .arg(c.leftBehindChildren)
        .arg(c.visits)
        .arg(c.referrals);
}

int outreachSummary(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("A month's home visits counted: households, children, visits and referrals, "
                                     "in all, by member and by village."));
    return runForMonth(context, parser, Permission::RecordOutreach, [&](Database& db, Month month) {
        const Result<OutreachSummary> summary = OutreachSummary::build(db, month);
        if (!summary)
            return context.fail(ExitFailed, summary.error());
        QStringList lines {countsLine(month.toString(), summary->total)};
        for (const OutreachGroup& g : summary->byMember)
            lines << u"  "_s + countsLine(CliText::tr("Member %1").arg(g.key), g.counts);
        for (const OutreachGroup& g : summary->byVillage)
            lines << u"  "_s + countsLine(g.key, g.counts);
        return context.done(summary->toJson(), lines.join(u'\n'));
    });
}

int outreachExport(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Export a month's home visits for the county center as a signed file, with its "
                                     "workbook beside it. A month changed since its last export becomes the next "
                                     "revision."));
    parser.addOption(u"out"_s, CliText::tr("The folder to write the file into."), u"DIR"_s);
    PassphraseOption::add(parser);
    return runSignedMonthExport(context, parser, Permission::ExportReports, u"outreach export"_s,
                                &OutreachReport::exportMonth);
}

} // namespace

int runOutreach(CliContext& context)
{
    return runSubcommand(
        context,
        {{u"due"_s, CliText::tr("The households due for a visit."), outreachDue},
         {u"summary"_s, CliText::tr("A month's visits counted."), outreachSummary},
         {u"export"_s, CliText::tr("A month's visits as a signed file for the county."), outreachExport}});
}
