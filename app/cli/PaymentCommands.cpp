#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "billing/Arrears.h"
#include "billing/PaymentRepository.h"
#include "billing/ReceiptBook.h"
#include "common/Clock.h"
#include "roster/ChildRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString methodNames()
{
    QStringList names;
    for (PaymentMethod method : PaymentMethods::all())
        names << u"%1 (%2)"_s.arg(PaymentMethods::key(method), PaymentMethods::chineseName(method));
    return names.join(u", "_s);
}

// "2026-10", or "2026-12 to 2027-05" for a prepayment.
QString monthSpan(Month first, Month last)
{
    return first == last ? first.toString() : CliText::tr("%1 to %2").arg(first.toString(), last.toString());
}

QJsonArray monthList(Month first, Month last)
{
    QJsonArray months;
    for (Month m = first; m <= last; m = m.next())
        months.append(m.toString());
    return months;
}

// What `payment add` and `payment refund` both read: for whom, which month, how much, how and on which day.
struct Movement
{
    Database* db = nullptr;
    ChildRecord child;
    Month month;
    Money amount;
    PaymentMethod method = PaymentMethod::Cash;
    QDate date;
};

void addMovementOptions(CommandParser& parser, const QString& amountDescription)
{
    parser.addOption(u"child"_s, CliText::tr("The child's ID number."), u"ID_NUMBER"_s);
    parser.addOption(u"month"_s, CliText::tr("The month of the bill, YYYY-MM."), u"YYYY-MM"_s);
    parser.addOption(u"amount"_s, amountDescription, u"AMOUNT"_s);
    parser.addOption(u"method"_s, CliText::tr("How the money changed hands: %1.").arg(methodNames()), u"METHOD"_s);
    parser.addOption(u"date"_s, CliText::tr("The day the money changed hands, YYYY-MM-DD (default: today)."),
                     u"YYYY-MM-DD"_s);
}

// Reads the shared options once the command's own are read (their errors are reported together), then opens the
// database for a user who may take fees and finds the child by her ID number. On failure prints why and returns the
// exit code.
std::optional<int> readMovement(CliContext& context, CommandParser& parser, const QString& command,
                                const QStringList& ownRequired, Movement& movement)
{
    if (const auto missing
        = parser.require(command, QStringList {u"child"_s, u"month"_s, u"amount"_s, u"method"_s} + ownRequired))
        return missing;
    movement.month = parser.monthValue(u"month"_s);
    movement.amount = parser.moneyValue(u"amount"_s);
    movement.date = parser.isSet(u"date"_s) ? parser.dateValue(u"date"_s) : Clock::today();
    FieldErrors errors = parser.errors();
    const QString methodText = parser.value(u"method"_s);
    if (const auto method = PaymentMethods::fromKey(methodText))
        movement.method = *method;
    else
        errors.append({u"--method"_s, methodText,
                       CliText::tr("Unknown payment method \"%1\"; use one of: %2.").arg(methodText, methodNames())});
    if (!errors.isEmpty())
        return context.reject(errors);

    int exitCode = ExitDone;
    movement.db = context.openAsUser(&exitCode, Permission::EditFees);
    if (!movement.db)
        return exitCode;
    const QString idNumber = parser.value(u"child"_s).remove(u' ').toUpper();
    ChildRepository children(*movement.db);
    const Result<std::optional<qint64>> found = children.findByIdNumber(idNumber);
    if (!found)
        return context.fail(ExitFailed, found.error());
    if (!found.value())
        return context.reject({{u"--child"_s, idNumber, CliText::tr("No child has the ID number %1.").arg(idNumber)}});
    const Result<ChildRecord> child = children.load(*found.value());
    if (!child)
        return context.fail(ExitFailed, child.error());
    movement.child = child.value();
    return std::nullopt;
}

int paymentAdd(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Record a payment for a child's monthly bill and issue its receipt. With "
                                     "--months the same amount is paid for several months ahead on one receipt."));
    addMovementOptions(parser, CliText::tr("What is paid for each month, such as 1400.00."));
    parser.addOption(u"payer"_s,
                     CliText::tr("Who paid (default: the child's primary guardian, else her first guardian)."),
                     u"NAME"_s);
    parser.addOption(u"reference"_s, CliText::tr("The transaction number or a note, printed on the receipt."),
                     u"TEXT"_s);
    parser.addOption(u"months"_s, CliText::tr("Pay the same amount for N months from --month (default 1)."), u"N"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    PaymentRequest request;
    request.months = parser.intValue(u"months"_s, 1, 1, 120);
    Movement movement;
    if (const auto exit = readMovement(context, parser, u"payment add"_s, {}, movement))
        return *exit;

    request.childId = movement.child.id;
    request.firstMonth = movement.month;
    request.amountPerMonth = movement.amount;
    request.method = movement.method;
    request.paidOn = movement.date;
    request.payer = parser.isSet(u"payer"_s)
        ? parser.value(u"payer"_s)
        : PaymentRepository(*movement.db).usualPayer(movement.child.id).value_or(QString());
    request.reference = parser.value(u"reference"_s);
    if (!parser.isSet(u"payer"_s) && request.payer.isEmpty())
        return context.reject(
            {{u"--payer"_s,
              {},
              CliText::tr("%1 has no guardian on record; say who paid with --payer.").arg(movement.child.name)}});

    const Result<QString> receipt = PaymentRepository(*movement.db).record(request);
    if (!receipt)
        return context.fail(ExitRejected, receipt.error());
    const Month last = request.firstMonth.addMonths(request.months - 1);
    const Money total = Money::fromFen(request.amountPerMonth.fen() * request.months);
    return context.done({{u"receipt"_s, receipt.value()},
                         {u"child_id"_s, request.childId},
                         {u"child"_s, movement.child.name},
                         {u"payer"_s, request.payer.trimmed()},
                         {u"months"_s, monthList(request.firstMonth, last)},
                         {u"amount_fen"_s, total.fen()}},
                        CliText::tr("Receipt %1: %2 from %3 for %4, %5.")
                            .arg(receipt.value(), total.toString(), request.payer.trimmed(), movement.child.name,
                                 monthSpan(request.firstMonth, last)));
}

int paymentRefund(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Record a refund paid out to a family: at most what was paid for the month "
                                     "beyond its bill, or paid ahead for a month not yet closed."));
    addMovementOptions(parser, CliText::tr("What goes back, such as 400.00."));
    parser.addOption(u"reason"_s, CliText::tr("Why the money goes back."), u"TEXT"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    Movement movement;
    if (const auto exit = readMovement(context, parser, u"payment refund"_s, {u"reason"_s}, movement))
        return *exit;

    const RefundRequest request {movement.child.id, movement.month, movement.amount,
                                 movement.method,   movement.date,  parser.value(u"reason"_s)};
    if (Status refunded = PaymentRepository(*movement.db).refund(request); !refunded)
        return context.fail(ExitRejected, refunded.error());
    return context.done({{u"child_id"_s, request.childId},
                         {u"child"_s, movement.child.name},
                         {u"month"_s, request.month.toString()},
                         {u"amount_fen"_s, request.amount.fen()},
                         {u"method"_s, PaymentMethods::key(request.method)}},
                        CliText::tr("Refunded %1 for %2, %3 (%4).")
                            .arg(request.amount.toString(), movement.child.name, request.month.toString(),
                                 PaymentMethods::label(request.method)));
}

int receiptVoid(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Void a receipt: it keeps its number with the reason, and its payments count "
                                     "for nothing."));
    parser.addPositional(u"NUMBER"_s, CliText::tr("The receipt's number, such as 2026-000123."));
    parser.addOption(u"reason"_s, CliText::tr("Why the receipt is voided."), u"TEXT"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (const auto missing = parser.require(u"receipt void"_s, {u"reason"_s}))
        return *missing;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::EditFees);
    if (!db)
        return exitCode;
    const QString number = parser.positional(0);
    const QString reason = parser.value(u"reason"_s).trimmed();
    if (Status voided = ReceiptBook(*db).voidReceipt(number, reason); !voided)
        return context.fail(ExitRejected, voided.error());
    return context.done({{u"receipt"_s, number}, {u"reason"_s, reason}},
                        CliText::tr("Receipt %1 is void: %2.").arg(number, reason));
}

int receiptList(CliContext& context)
{
    CommandParser parser(context, CliText::tr("The receipts of a year, newest first, voided ones with the reason."));
    parser.addOption(u"year"_s, CliText::tr("The year (default: this year)."), u"YYYY"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    const int year = parser.intValue(u"year"_s, Clock::today().year(), 2000, 9999);
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ViewFees);
    if (!db)
        return exitCode;
    const Result<QList<Receipt>> receipts = ReceiptBook(*db).receipts(year);
    if (!receipts)
        return context.fail(ExitFailed, receipts.error());

    QJsonArray list;
    QStringList lines;
    for (const Receipt& r : receipts.value()) {
        const Month first = r.months.first().month;
        const Month last = r.months.last().month;
        list.append(QJsonObject {{u"number"_s, r.number},
                                 {u"paid_on"_s, r.paidOn.toString(Qt::ISODate)},
                                 {u"issued_on"_s, r.issuedOn.toString(Qt::ISODate)},
                                 {u"child_id"_s, r.childId},
                                 {u"child"_s, r.childName},
                                 {u"months"_s, monthList(first, last)},
                                 {u"amount_fen"_s, r.total().fen()},
                                 {u"payer"_s, r.payer},
                                 {u"method"_s, PaymentMethods::key(r.method)},
                                 {u"reference"_s, r.reference},
                                 {u"voided"_s, r.voided},
                                 {u"void_reason"_s, r.voidReason}});
        const QString state = r.voided ? CliText::tr("void: %1").arg(r.voidReason) : QString();
        lines << u"%1\t%2\t%3\t%4\t%5\t%6\t%7\t%8"_s.arg(r.number, r.paidOn.toString(Qt::ISODate), r.childName,
                                                         monthSpan(first, last), r.total().toString(), r.payer,
                                                         PaymentMethods::label(r.method), state);
    }
    if (lines.isEmpty())
        lines << CliText::tr("No receipts in %1.").arg(year);
    return context.done({{u"year"_s, year}, {u"receipts"_s, list}}, lines.join(u'\n'));
}

QJsonArray subtotalsJson(const QList<ArrearsSubtotal>& subtotals, const QString& labelKey, bool withChild)
{
    QJsonArray list;
    for (const ArrearsSubtotal& s : subtotals) {
        QJsonObject item {{labelKey, s.label}, {u"bills"_s, s.bills}, {u"outstanding_fen"_s, s.outstanding.fen()}};
        if (withChild)
            item.insert(u"child_id"_s, s.childId);
        list.append(item);
    }
    return list;
}

QStringList subtotalLines(const QString& title, const QList<ArrearsSubtotal>& subtotals)
{
    QStringList lines {QString(), title};
    for (const ArrearsSubtotal& s : subtotals)
        lines << u"\t%1\t%2\t%3"_s.arg(s.label, CliText::tr("%n bill(s)", nullptr, s.bills), s.outstanding.toString());
    return lines;
}

} // namespace

int runPayment(CliContext& context)
{
    return runSubcommand(context, {{u"add"_s, {}, paymentAdd}, {u"refund"_s, {}, paymentRefund}});
}

int runReceipt(CliContext& context)
{
    return runSubcommand(context, {{u"void"_s, {}, receiptVoid}, {u"list"_s, {}, receiptList}});
}

int runArrears(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("The unpaid and partly paid bills of closed months, with subtotals by month "
                                     "and by child. Money in fen in JSON."));
    if (const auto exit = parser.parse())
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ViewFees);
    if (!db)
        return exitCode;
    const Result<ArrearsList> arrears = Arrears::compute(*db);
    if (!arrears)
        return context.fail(ExitFailed, arrears.error());

    QJsonArray rows;
    QStringList lines;
    for (const ArrearsRow& r : arrears->rows) {
        rows.append(QJsonObject {{u"child_id"_s, r.childId},
                                 {u"child"_s, r.name},
                                 {u"month"_s, r.month.toString()},
                                 {u"billed_fen"_s, r.billed.fen()},
                                 {u"paid_fen"_s, r.paid.fen()},
                                 {u"outstanding_fen"_s, r.outstanding().fen()},
                                 {u"partly_paid"_s, r.partlyPaid()}});
        lines << u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(r.month.toString(), r.name, r.billed.toString(), r.paid.toString(),
                                                 r.outstanding().toString(),
                                                 r.partlyPaid() ? CliText::tr("partly paid") : QString());
    }
    if (lines.isEmpty()) {
        lines << CliText::tr("No arrears: every bill of the closed months is paid.");
    } else {
        lines.prepend(CliText::tr("Month\tChild\tBilled\tPaid\tOutstanding"));
        lines << subtotalLines(CliText::tr("By month:"), arrears->byMonth())
              << subtotalLines(CliText::tr("By child:"), arrears->byChild()) << QString()
              << CliText::tr("Total outstanding: %1").arg(arrears->total().toString());
    }
    return context.done({{u"rows"_s, rows},
                         {u"by_month"_s, subtotalsJson(arrears->byMonth(), u"month"_s, false)},
                         {u"by_child"_s, subtotalsJson(arrears->byChild(), u"child"_s, true)},
                         {u"total_fen"_s, arrears->total().fen()}},
                        lines.join(u'\n'));
}
