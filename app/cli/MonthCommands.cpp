#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "MonthCommand.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "common/IdNumber.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

int printBills(const CliContext& context, Database& db, const MonthBills& bills)
{
    const bool wholeIds = db.actor().may(Permission::ViewFullIdentity);
    QJsonArray children;
    QStringList lines {CliText::tr("%1: %2 care days; inclusive reduction: %3")
                           .arg(bills.month.toString())
                           .arg(bills.careDays)
                           .arg(bills.inclusive ? CliText::tr("yes") : CliText::tr("no"))};
    for (const ChildBill& c : bills.children) {
        const QString idNumber = wholeIds ? c.idNumber : IdNumber::mask(c.idNumber);
        lines << QString() << u"%1\t%2\t%3"_s.arg(c.name, idNumber, c.bill.total().toString());
        QJsonArray billLines;
        for (const BillLine& line : c.bill.lines) {
            lines << u"\t%1\t%2\t%3\t%4"_s.arg(BillLines::chineseName(line.kind), line.subject, line.basis,
                                               line.amount.toString());
            billLines.append(QJsonObject {{u"kind"_s, BillLines::key(line.kind)},
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
    lines << QString()
          << CliText::tr("Total of %n bill(s): %1", nullptr, int(bills.children.size())).arg(bills.total().toString());
    return context.done({{u"month"_s, bills.month.toString()},
                         {u"care_days"_s, bills.careDays},
                         {u"inclusive"_s, bills.inclusive},
                         {u"children"_s, children},
                         {u"total_fen"_s, bills.total().fen()}},
                        lines.join(u'\n'));
}

int monthBill(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("The bills of a month as they stand, without closing it: per child each line "
                                     "with how it was worked out, and the month's total. Money in fen in JSON."));
    return runForMonth(context, parser, Permission::ViewFees, [&](Database& db, Month month) {
        const Result<MonthBills> bills = MonthBilling::compute(db, month);
        if (!bills)
            return context.fail(ExitFailed, bills.error());
        return printBills(context, db, bills.value());
    });
}

int monthClose(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Closes a month that is over: its attendance becomes final. Refused "
                                     "while care days are unrecorded, which it lists."));
    parser.addOption(u"accept-missing"_s,
                     CliText::tr("Record the unrecorded care days as absences and close (director)."));
    return runForMonth(context, parser, Permission::EditFees, [&](Database& db, Month month) {
        const Result<int> closed = MonthClose::close(db, month, parser.isSet(u"accept-missing"_s));
        if (!closed)
            return context.fail(ExitRejected, closed.error());
        return context.done(
            {{u"month"_s, month.toString()}, {u"confirmed_absences"_s, closed.value()}},
            CliText::tr("%1 is closed; %n unrecorded care day(s) confirmed as absences.", nullptr, closed.value())
                .arg(month.toString()));
    });
}

int monthReopen(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Reopens a closed month (director); the reason goes into the audit "
                                     "trail."));
    parser.addOption(u"reason"_s, CliText::tr("Why the month is reopened."), u"TEXT"_s);
    return runForMonth(context, parser, Permission::ReopenMonth, [&](Database& db, Month month) {
        if (Status s = MonthClose::reopen(db, month, parser.value(u"reason"_s)); !s)
            return context.fail(ExitRejected, s.error());
        return context.done({{u"month"_s, month.toString()}}, CliText::tr("%1 is open again.").arg(month.toString()));
    });
}

} // namespace

int runMonth(CliContext& context)
{
    return runSubcommand(context,
                         {{u"bill"_s, {}, monthBill}, {u"close"_s, {}, monthClose}, {u"reopen"_s, {}, monthReopen}});
}
