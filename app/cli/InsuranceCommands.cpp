#include "ChildLookup.h"
#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "subsidy/InsuranceExport.h"
#include "subsidy/InsuranceRoll.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString payerKeys()
{
    QStringList keys;
    for (InsurancePayer payer : InsurancePayers::all())
        keys << u"%1 (%2)"_s.arg(InsurancePayers::key(payer), InsurancePayers::chineseName(payer));
    return keys.join(u", "_s);
}

void addPeriodOptions(CommandParser& parser)
{
    parser.addOption(u"date"_s, CliText::tr("The policies covering this day, YYYY-MM-DD (default: today)."),
                     u"YYYY-MM-DD"_s);
    parser.addOption(u"from"_s, CliText::tr("With --to: the policies covering any day of a period."), u"YYYY-MM-DD"_s);
    parser.addOption(u"to"_s, CliText::tr("The last day of the period."), u"YYYY-MM-DD"_s);
}

// The day or period asked for; on a wrong one prints why and returns the exit code.
std::optional<int> readPeriod(CliContext& context, CommandParser& parser, QDate& from, QDate& to)
{
    const bool period = parser.isSet(u"from"_s) || parser.isSet(u"to"_s);
    if (period && parser.isSet(u"date"_s))
        return context.usage(CliText::tr("Give either --date or --from with --to, not both."));
    if (period && !(parser.isSet(u"from"_s) && parser.isSet(u"to"_s)))
        return context.usage(CliText::tr("--from and --to go together."));
    from = period ? parser.dateValue(u"from"_s)
                  : (parser.isSet(u"date"_s) ? parser.dateValue(u"date"_s) : Clock::today());
    to = period ? parser.dateValue(u"to"_s) : from;
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());
    if (to < from)
        return context.reject(
            {{u"--to"_s, to.toString(Qt::ISODate),
              CliText::tr("The period ends before it starts (%1).").arg(from.toString(Qt::ISODate))}});
    return std::nullopt;
}

int insuranceAdd(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Record a child's accident-insurance policy."));
    parser.addPositional(u"ID_NUMBER"_s, CliText::tr("The child's ID number."));
    parser.addOption(u"policy"_s, CliText::tr("The policy number."), u"NUMBER"_s);
    parser.addOption(u"from"_s, CliText::tr("The first day of cover, YYYY-MM-DD."), u"YYYY-MM-DD"_s);
    parser.addOption(u"to"_s, CliText::tr("The last day of cover, YYYY-MM-DD."), u"YYYY-MM-DD"_s);
    parser.addOption(u"premium"_s, CliText::tr("The premium in yuan, such as 100.00."), u"YUAN"_s);
    parser.addOption(u"payer"_s, CliText::tr("Who paid: %1.").arg(payerKeys()), u"PAYER"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (const auto missing
        = parser.require(u"insurance add"_s, {u"policy"_s, u"from"_s, u"to"_s, u"premium"_s, u"payer"_s}))
        return *missing;
    InsurancePolicy policy;
    policy.policyNumber = parser.value(u"policy"_s).trimmed();
    policy.from = parser.dateValue(u"from"_s);
    policy.to = parser.dateValue(u"to"_s);
    policy.premium = parser.moneyValue(u"premium"_s);
    FieldErrors errors = parser.errors();
    const QString payerText = parser.value(u"payer"_s);
    if (const auto payer = InsurancePayers::fromKey(payerText))
        policy.payer = *payer;
    else
        errors.append({u"--payer"_s, payerText,
                       CliText::tr("Unknown payer \"%1\"; use one of: %2.").arg(payerText, payerKeys())});
    if (!errors.isEmpty())
        return context.reject(errors);
    Database* db = nullptr;
    ChildBasics child;
    if (const auto exit
        = openForChild(context, Permission::ManageClaims, u"ID_NUMBER"_s, parser.positional(0), db, child))
        return *exit;
    policy.childId = child.id;
    const Result<qint64> added = InsuranceRoll(*db).add(policy);
    if (!added)
        return context.fail(ExitRejected, added.error());
    return context.done({{u"policy_id"_s, added.value()},
                         {u"child_id"_s, child.id},
                         {u"name"_s, child.name},
                         {u"policy_number"_s, policy.policyNumber},
                         {u"from"_s, policy.from.toString(Qt::ISODate)},
                         {u"to"_s, policy.to.toString(Qt::ISODate)},
                         {u"premium_fen"_s, policy.premium.fen()},
                         {u"payer"_s, InsurancePayers::key(policy.payer)}},
                        CliText::tr("%1 is insured under policy %2 from %3 to %4 (%5, paid by %6).")
                            .arg(child.name, policy.policyNumber, policy.from.toString(Qt::ISODate),
                                 policy.to.toString(Qt::ISODate), policy.premium.toString(),
                                 InsurancePayers::label(policy.payer)));
}

int insuranceList(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("The insured list: the policies covering a day or a period, and the children in "
                                     "care without one."));
    addPeriodOptions(parser);
    if (const auto exit = parser.parse(1))
        return *exit;
    QDate from;
    QDate to;
    if (const auto exit = readPeriod(context, parser, from, to))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ViewRoster);
    if (!db)
        return exitCode;
    const Result<InsuranceCover> cover = InsuranceRoll(*db).cover(from, to);
    if (!cover)
        return context.fail(ExitFailed, cover.error());

    QJsonArray insured;
    QStringList lines;
    for (const InsuredLine& line : cover->insured) {
        const InsurancePolicy& p = line.policy;
        insured.append(QJsonObject {{u"policy_id"_s, p.id},
                                    {u"child_id"_s, p.childId},
                                    {u"name"_s, line.childName},
                                    {u"id_number"_s, line.idNumber},
                                    {u"policy_number"_s, p.policyNumber},
                                    {u"from"_s, p.from.toString(Qt::ISODate)},
                                    {u"to"_s, p.to.toString(Qt::ISODate)},
                                    {u"premium_fen"_s, p.premium.fen()},
                                    {u"payer"_s, InsurancePayers::key(p.payer)}});
        lines << u"%1\t%2\t%3\t%4..%5\t%6\t%7"_s.arg(line.childName, line.idNumber, p.policyNumber,
                                                     p.from.toString(Qt::ISODate), p.to.toString(Qt::ISODate),
                                                     p.premium.toString(), InsurancePayers::label(p.payer));
    }
    lines << CliText::tr("%n policy(ies), premium %1.", nullptr, int(cover->insured.size()))
                 .arg(cover->premiumTotal().toString());
    QJsonArray uninsured;
    for (const UninsuredChild& c : cover->uninsured) {
        uninsured.append(QJsonObject {{u"child_id"_s, c.childId},
                                      {u"name"_s, c.name},
                                      {u"id_number"_s, c.idNumber},
                                      {u"marked_insured"_s, c.markedInsured}});
        lines << (c.markedInsured ? CliText::tr("Not insured: %1 (%2); the roster says insured, but no policy is "
                                                "recorded.")
                                  : CliText::tr("Not insured: %1 (%2)."))
                     .arg(c.name, c.idNumber);
    }
    return context.done({{u"from"_s, from.toString(Qt::ISODate)},
                         {u"to"_s, to.toString(Qt::ISODate)},
                         {u"policies"_s, insured},
                         {u"premium_fen"_s, cover->premiumTotal().fen()},
                         {u"not_insured"_s, uninsured}},
                        lines.join(u'\n'));
}

int insuranceExport(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Write the insured list (参保名单) as an Excel workbook."));
    parser.addOption(u"out"_s, CliText::tr("The workbook to write, ending in .xlsx."), u"FILE"_s);
    addPeriodOptions(parser);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (const auto missing = parser.require(u"insurance export"_s, {u"out"_s}))
        return *missing;
    const QString path = parser.value(u"out"_s);
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return context.reject({{u"--out"_s, path, CliText::tr("The insured list is a workbook: name a .xlsx file.")}});
    QDate from;
    QDate to;
    if (const auto exit = readPeriod(context, parser, from, to))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ViewRoster);
    if (!db)
        return exitCode;
    if (Status written = InsuranceExport::write(*db, path, from, to); !written)
        return context.fail(ExitFailed, written.error());
    return context.done(
        {{u"file"_s, path}, {u"from"_s, from.toString(Qt::ISODate)}, {u"to"_s, to.toString(Qt::ISODate)}},
        CliText::tr("Wrote the insured list to %1.").arg(path));
}

} // namespace

int runInsurance(CliContext& context)
{
    return runSubcommand(
        context, {{u"add"_s, {}, insuranceAdd}, {u"list"_s, {}, insuranceList}, {u"export"_s, {}, insuranceExport}});
}
