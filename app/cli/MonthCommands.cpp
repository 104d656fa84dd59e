#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "common/IdNumber.h"
#include "fees/MonthBilling.h"
#include "fees/MonthClose.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <variant>

using namespace Qt::StringLiterals;

namespace {

QString kindKey(BillLine::Kind kind)
{
    switch (kind) {
    case BillLine::Kind::CareFee:
        return u"care_fee"_s;
    case BillLine::Kind::InclusiveReduction:
        return u"inclusive_reduction"_s;
    case BillLine::Kind::AbsenceRefund:
        return u"absence_refund"_s;
    case BillLine::Kind::Meals:
        return u"meals"_s;
    case BillLine::Kind::HourlyCare:
        return u"hourly_care"_s;
    case BillLine::Kind::HomeCare:
        return u"home_care"_s;
    case BillLine::Kind::OtherItem:
        return u"other_item"_s;
    }
    return {};
}

// The month named on the command line, or the exit code of its refusal.
std::variant<Month, int> monthArgument(CliContext& context, CommandParser& parser)
{
    const Result<Month> month = Month::parse(parser.positional(0));
    if (!month)
        return context.reject({{u"MONTH"_s, parser.positional(0), month.error()}});
    return month.value();
}

int monthBill(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("The bills of a month as they stand, without closing it: per child each line "
                                     "with how it was worked out, and the month's total. Money in fen in JSON."));
    parser.addPositional(u"MONTH"_s, CliText::tr("The month, YYYY-MM."));
    if (const auto exit = parser.parse(1))
        return *exit;
    const auto parsed = monthArgument(context, parser);
    if (const int* exit = std::get_if<int>(&parsed))
        return *exit;
    const Month month = std::get<Month>(parsed);
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ViewFees);
    if (!db)
        return exitCode;
    const Result<MonthBills> bills = MonthBilling::compute(*db, month);
    if (!bills)
        return context.fail(ExitFailed, bills.error());
    const bool wholeIds = db->actor().may(Permission::ViewFullIdentity);
    QJsonArray children;
    QStringList lines {CliText::tr("%1: %2 care days; inclusive reduction: %3")
                           .arg(month.toString())
                           .arg(bills->careDays)
                           .arg(bills->inclusive ? CliText::tr("yes") : CliText::tr("no"))};
    for (const ChildBill& c : bills->children) {
        const QString idNumber = wholeIds ? c.idNumber : IdNumber::mask(c.idNumber);
        lines << QString() << u"%1\t%2\t%3"_s.arg(c.name, idNumber, c.bill.total().toString());
        QJsonArray billLines;
        for (const BillLine& line : c.bill.lines) {
            lines << u"\t%1\t%2\t%3\t%4"_s.arg(BillLines::chineseName(line.kind), line.subject, line.basis,
                                               line.amount.toString());
            billLines.append(QJsonObject {{u"kind"_s, kindKey(line.kind)},
                                          {u"name"_s, BillLines::chineseName(line.kind)},
                                          {u"subject"_s, line.subject},
                                          {u"basis"_s, line.basis},
                                          {u"amount_fen"_s, line.amount.fen()}});
        }
        children.append(QJsonObject {{u"child_id"_s, c.childId},
                                     {u"name"_s, c.name},
                                     {u"id_number"_s, idNumber},
                                     {u"lines"_s, billLines},
                                     {u"total_fen"_s, c.bill.total().fen()}});
    }
    lines
        << QString()
        << CliText::tr("Total of %n bill(s): %1", nullptr, int(bills->children.size())).arg(bills->total().toString());
    return context.done({{u"month"_s, month.toString()},
                         {u"care_days"_s, bills->careDays},
                         {u"inclusive"_s, bills->inclusive},
                         {u"children"_s, children},
                         {u"total_fen"_s, bills->total().fen()}},
                        lines.join(u'\n'));
}

int monthClose(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Closes a month that is over: its attendance becomes final. Refused "
                                     "while care days are unrecorded, which it lists."));
    parser.addPositional(u"MONTH"_s, CliText::tr("The month, YYYY-MM."));
    parser.addOption(u"accept-missing"_s,
                     CliText::tr("Record the unrecorded care days as absences and close (director)."));
    if (const auto exit = parser.parse(1))
        return *exit;
    const auto month = monthArgument(context, parser);
    if (const int* exit = std::get_if<int>(&month))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::EditFees);
    if (!db)
        return exitCode;
    const Month m = std::get<Month>(month);
    const Result<int> closed = MonthClose::close(*db, m, parser.isSet(u"accept-missing"_s));
    if (!closed)
        return context.fail(ExitRejected, closed.error());
    return context.done(
        {{u"month"_s, m.toString()}, {u"confirmed_absences"_s, closed.value()}},
        CliText::tr("%1 is closed; %n unrecorded care day(s) confirmed as absences.", nullptr, closed.value())
            .arg(m.toString()));
}

int monthReopen(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Reopens a closed month (director); the reason goes into the audit "
                                     "trail."));
    parser.addPositional(u"MONTH"_s, CliText::tr("The month, YYYY-MM."));
    parser.addOption(u"reason"_s, CliText::tr("Why the month is reopened."), u"TEXT"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    const auto month = monthArgument(context, parser);
    if (const int* exit = std::get_if<int>(&month))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ReopenMonth);
    if (!db)
        return exitCode;
    const Month m = std::get<Month>(month);
    if (Status s = MonthClose::reopen(*db, m, parser.value(u"reason"_s)); !s)
        return context.fail(ExitRejected, s.error());
    return context.done({{u"month"_s, m.toString()}}, CliText::tr("%1 is open again.").arg(m.toString()));
}

} // namespace

int runMonth(CliContext& context)
{
    return runSubcommand(context,
                         {{u"bill"_s, {}, monthBill}, {u"close"_s, {}, monthClose}, {u"reopen"_s, {}, monthReopen}});
}
