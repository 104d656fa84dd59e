#include "DemoFees.h"

#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "billing/PaymentRepository.h"

#include <QRandomGenerator>

namespace {

Status payBills(Database& db, QRandomGenerator& rng, const MonthBills& bills, QDate today)
{
    PaymentRepository payments(db);
    const QList<PaymentMethod> methods = PaymentMethods::all();
    for (const ChildBill& c : bills.children) {
        const int chance = int(rng.bounded(10));
        if (c.bill.total().fen() <= 0 || chance == 0)
            continue; // one family in ten has not paid yet
        PaymentRequest request;
        request.childId = c.childId;
        request.firstMonth = bills.month;
        // One in ten pays half for now, in whole yuan.
        request.amountPerMonth = chance == 1 ? Money::fromYuan(c.bill.total().fen() / 200) : c.bill.total();
        request.method = methods.at(int(rng.bounded(int(methods.size()))));
        request.paidOn = std::min(today, bills.month.next().firstDay().addDays(rng.bounded(8)));
        request.payer = payments.usualPayer(c.childId).value_or(QString());
        if (request.payer.isEmpty() || request.amountPerMonth.fen() <= 0)
            continue;
        if (const Result<QString> receipt = payments.record(request); !receipt)
            return Status::failure(receipt.error());
    }
    return {};
}

} // namespace

Status DemoFees::settle(Database& db, QRandomGenerator& rng, Month first, QDate today)
{
    for (Month month = first; month < Month::of(today); month = month.next()) {
        if (const Result<int> closed = MonthClose::close(db, month, true); !closed)
            return Status::failure(closed.error());
        const Result<MonthBills> bills = MonthBilling::forMonth(db, month);
        if (!bills)
            return Status::failure(bills.error());
        if (Status paid = payBills(db, rng, bills.value(), today); !paid)
            return paid;
    }
    return {};
}
