#include "ReportFigures.h"

#include "billing/Arrears.h"
#include "billing/MonthBilling.h"
#include "billing/PaymentRepository.h"
#include "subsidy/BirthSubsidies.h"
#include "subsidy/ClaimWorkbook.h"

#include <QJsonArray>
#include <QMap>
#include <algorithm>
#include <tuple>

using namespace Qt::StringLiterals;

namespace {

QJsonValue date(QDate day)
{
    return day.isValid() ? QJsonValue(day.toString(Qt::ISODate)) : QJsonValue();
}

// By ID number, then name: what the county's lists are ordered by. A child without an ID number comes first.
template<typename T> void sortByIdNumber(QList<T>& list)
{
    std::sort(list.begin(), list.end(), [](const T& a, const T& b) {
        return std::tuple(a.idNumber, a.name, a.childId) < std::tuple(b.idNumber, b.name, b.childId);
    });
}

} // namespace

QJsonObject ReportFigures::ratio(Ratio ratio)
{
    return {{u"numerator"_s, ratio.numerator}, {u"denominator"_s, ratio.denominator}};
}

Result<QJsonObject> ReportFigures::fees(Database& db, Month month)
{
    using R = Result<QJsonObject>;
    const Result<MonthBills> bills = MonthBilling::forMonth(db, month);
    if (!bills)
        return R::failure(bills.error());
    // Money received and paid back within the month, whichever month's bill it settled: the month's cash, which a
    // later payment does not change.
    const PaymentRepository payments(db);
    const Result<Money> collected = payments.collectedIn(month);
    const Result<QList<Payment>> paid = payments.paidIn(month);
    if (!collected || !paid)
        return R::failure(collected ? paid.error() : collected.error());
    Money refundsPaid;
    for (const Payment& p : paid.value())
        if (!p.voided && p.amount < Money())
            refundsPaid -= p.amount;
    // What the bills of this and earlier months still asked at the month's end.
    const Result<ArrearsList> arrears = Arrears::compute(db, month.lastDay());
    if (!arrears)
        return R::failure(arrears.error());

    QMap<BillLine::Kind, Money> byKind;
    for (BillLine::Kind kind : BillLines::kinds())
        byKind.insert(kind, Money());
    for (const ChildBill& child : bills->children)
        for (const BillLine& line : child.bill.lines)
            byKind[line.kind] += line.amount;
    QJsonObject byLine;
    for (auto it = byKind.cbegin(); it != byKind.cend(); ++it)
        byLine.insert(BillLines::key(it.key()), it.value().fen());

    return QJsonObject {
        {u"inclusive_in_month"_s, bills->inclusive},
        {u"bills"_s, bills->children.size()},
        {u"billed_fen"_s, bills->total().fen()},
        {u"by_line_fen"_s, byLine},
        {u"reductions_fen"_s, -byKind.value(BillLine::Kind::InclusiveReduction).fen()},
        {u"absence_refunds_fen"_s, -byKind.value(BillLine::Kind::AbsenceRefund).fen()},
        {u"collected_fen"_s, collected->fen()},
        {u"refunds_paid_fen"_s, refundsPaid.fen()},
        {u"outstanding_fen"_s, arrears->total().fen()},
        {u"bills_outstanding"_s, arrears->rows.size()},
    };
}

Result<QJsonObject> ReportFigures::operatingSubsidy(Database& db, Month month)
{
    const Result<ClaimWorkbookData> claim = ClaimWorkbook::load(db, month);
    if (!claim)
        return Result<QJsonObject>::failure(claim.error());
    QList<ClaimLine> lines = claim->lines;
    sortByIdNumber(lines);
    QJsonArray children;
    for (const ClaimLine& line : lines)
        children.append(QJsonObject {
            {u"id_number"_s, line.idNumber},
            {u"name"_s, line.name},
            {u"class"_s, line.className},
            {u"age_months"_s, line.ageMonths},
            {u"care_days"_s, line.careDays},
            {u"attended_days"_s, line.attendedDays},
            {u"needed_days"_s, line.neededDays},
            {u"claimed_months_before"_s, line.claimedMonths},
            {u"amount_fen"_s, line.amount().fen()},
            {u"claimable"_s, line.claimable()},
            {u"reason"_s, line.claimable() ? QJsonValue() : QJsonValue(ClaimReasons::key(line.reason))},
        });
    const ClaimTotals totals = ClaimTotals::of(lines);
    return QJsonObject {
        {u"standing"_s,
         QJsonObject {{u"status"_s, ClaimStatuses::key(claim->status)},
                      {u"version"_s, claim->version > 0 ? QJsonValue(claim->version) : QJsonValue()}}},
        {u"children_considered"_s, totals.children},
        {u"child_months"_s, totals.claimable},
        {u"amount_fen"_s, totals.amount.fen()},
        {u"children"_s, children},
    };
}

Result<QJsonObject> ReportFigures::birthSubsidy(Database& db, Month month)
{
    const QDate last = month.lastDay();
    const Result<QList<BirthSubsidyEntry>> eligible = BirthSubsidies(db).eligible(last);
    if (!eligible)
        return Result<QJsonObject>::failure(eligible.error());
    QList<BirthSubsidyEntry> entries = eligible.value();
    sortByIdNumber(entries);
    QJsonArray children;
    int applicants = 0;
    Money applied;
    for (const BirthSubsidyEntry& e : entries) {
        // Only what was done by the month's end, so a later application does not change this month's report.
        const bool appliedByThen = e.applied() && e.appliedOn <= last;
        const bool grantedByThen = appliedByThen && e.grantedOn.isValid() && e.grantedOn <= last;
        if (appliedByThen) {
            ++applicants;
            applied += e.amount;
        }
        children.append(QJsonObject {
            {u"id_number"_s, e.idNumber},
            {u"name"_s, e.name},
            {u"birth_order"_s, e.birthOrder},
            {u"amount_fen"_s, e.amount.fen()},
            {u"applied_on"_s, date(appliedByThen ? e.appliedOn : QDate())},
            {u"granted_on"_s, date(grantedByThen ? e.grantedOn : QDate())},
        });
    }
    return QJsonObject {
        {u"eligible"_s, entries.size()},
        {u"applicants"_s, applicants},
        {u"applied_fen"_s, applied.fen()},
        {u"children"_s, children},
    };
}
