#include "ChildLookup.h"
#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "subsidy/BirthSubsidies.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue jsonDate(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QString answerKeys()
{
    QStringList keys;
    for (ChildcareSubsidyAnswer answer : ChildcareSubsidyAnswers::all())
        keys << ChildcareSubsidyAnswers::key(answer);
    return keys.join(u'|');
}

int birthSubsidyList(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("The children in care whose 孩次 is 2 or later, with the birth subsidy their "
                                     "family may apply for, whether it has, and its answer about the 育儿补贴."));
    parser.addOption(u"date"_s, CliText::tr("The day the children are in care, YYYY-MM-DD (default: today)."),
                     u"YYYY-MM-DD"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    const QDate day = parser.isSet(u"date"_s) ? parser.dateValue(u"date"_s) : Clock::today();
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ManageClaims);
    if (!db)
        return exitCode;
    const Result<QList<BirthSubsidyEntry>> entries = BirthSubsidies(*db).eligible(day);
    if (!entries)
        return context.fail(ExitFailed, entries.error());

    QJsonArray list;
    QStringList lines;
    for (const BirthSubsidyEntry& e : entries.value()) {
        list.append(QJsonObject {{u"child_id"_s, e.childId},
                                 {u"name"_s, e.name},
                                 {u"id_number"_s, e.idNumber},
                                 {u"birth_date"_s, jsonDate(e.birthDate)},
                                 {u"birth_order"_s, e.birthOrder},
                                 {u"amount_fen"_s, e.amount.fen()},
                                 {u"applied"_s, e.applied()},
                                 {u"applied_on"_s, jsonDate(e.appliedOn)},
                                 {u"granted_on"_s, jsonDate(e.grantedOn)},
                                 {u"childcare_subsidy"_s, ChildcareSubsidyAnswers::key(e.childcareSubsidy)}});
        const QString applied = e.applied() ? CliText::tr("applied %1").arg(e.appliedOn.toString(Qt::ISODate))
                                            : CliText::tr("not applied");
        lines << u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(
            e.name, e.idNumber, CliText::tr("孩次 %1").arg(e.birthOrder), e.amount.toString(), applied,
            CliText::tr("育儿补贴: %1").arg(ChildcareSubsidyAnswers::label(e.childcareSubsidy)));
    }
    if (lines.isEmpty())
        lines << CliText::tr("No child in care on %1 has 孩次 2 or later.").arg(day.toString(Qt::ISODate));
    return context.done({{u"date"_s, day.toString(Qt::ISODate)}, {u"children"_s, list}}, lines.join(u'\n'));
}

int birthSubsidySet(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Record whether a child's family has applied for the birth subsidy."));
    parser.addPositional(u"ID_NUMBER"_s, CliText::tr("The child's ID number."));
    parser.addOption(u"applied"_s, CliText::tr("The day the family applied, YYYY-MM-DD."), u"YYYY-MM-DD"_s);
    parser.addOption(u"granted"_s, CliText::tr("The day the subsidy was granted, YYYY-MM-DD."), u"YYYY-MM-DD"_s);
    parser.addOption(u"not-applied"_s, CliText::tr("The family has not applied (clears an application date)."));
    if (const auto exit = parser.parse(1))
        return *exit;
    const bool notApplied = parser.isSet(u"not-applied"_s);
    if (notApplied == parser.isSet(u"applied"_s))
        return context.usage(CliText::tr("birth-subsidy set needs either --applied YYYY-MM-DD or --not-applied."));
    if (notApplied && parser.isSet(u"granted"_s))
        return context.usage(CliText::tr("--granted goes with --applied, not with --not-applied."));
    const QDate applied = parser.dateValue(u"applied"_s);
    const QDate granted = parser.dateValue(u"granted"_s);
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());
    Database* db = nullptr;
    ChildBasics child;
    if (const auto exit
        = openForChild(context, Permission::ManageClaims, u"ID_NUMBER"_s, parser.positional(0), db, child))
        return *exit;
    BirthSubsidies subsidies(*db);
    const Status set
        = notApplied ? subsidies.setNotApplied(child.id) : subsidies.setApplied(child.id, applied, granted);
    if (!set)
        return context.fail(ExitRejected, set.error());
    return context.done(
        {{u"child_id"_s, child.id},
         {u"name"_s, child.name},
         {u"applied"_s, !notApplied},
         {u"applied_on"_s, jsonDate(applied)},
         {u"granted_on"_s, jsonDate(granted)}},
        notApplied
            ? CliText::tr("%1: birth subsidy not applied for.").arg(child.name)
            : CliText::tr("%1: birth subsidy applied for on %2.").arg(child.name, applied.toString(Qt::ISODate)));
}

int childcareSubsidySet(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Record whether a child's family has applied for the national 育儿补贴."));
    parser.addPositional(u"ID_NUMBER"_s, CliText::tr("The child's ID number."));
    parser.addPositional(u"ANSWER"_s, CliText::tr("%1.").arg(answerKeys()));
    if (const auto exit = parser.parse(1))
        return *exit;
    const QString typed = parser.positional(1);
    const std::optional<ChildcareSubsidyAnswer> answer = ChildcareSubsidyAnswers::fromKey(typed);
    if (!answer)
        return context.reject(
            {{u"ANSWER"_s, typed, CliText::tr("Unknown answer \"%1\"; use one of: %2.").arg(typed, answerKeys())}});
    Database* db = nullptr;
    ChildBasics child;
    if (const auto exit
        = openForChild(context, Permission::ManageClaims, u"ID_NUMBER"_s, parser.positional(0), db, child))
        return *exit;
    if (Status set = BirthSubsidies(*db).setChildcareSubsidy(child.id, *answer); !set)
        return context.fail(ExitRejected, set.error());
    return context.done({{u"child_id"_s, child.id},
                         {u"name"_s, child.name},
                         {u"childcare_subsidy"_s, ChildcareSubsidyAnswers::key(*answer)}},
                        CliText::tr("%1: 育儿补贴 %2.").arg(child.name, ChildcareSubsidyAnswers::label(*answer)));
}

} // namespace

int runBirthSubsidy(CliContext& context)
{
    return runSubcommand(context, {{u"list"_s, {}, birthSubsidyList}, {u"set"_s, {}, birthSubsidySet}});
}

int runChildcareSubsidy(CliContext& context)
{
    return runSubcommand(context, {{u"set"_s, {}, childcareSubsidySet}});
}
