#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "MonthCommand.h"
#include "common/IdNumber.h"
#include "store/Database.h"
#include "subsidy/ClaimBatches.h"
#include "subsidy/ClaimBuilder.h"
#include "subsidy/ClaimWorkbook.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue fenOrNull(const std::optional<Money>& money)
{
    return money ? QJsonValue(money->fen()) : QJsonValue();
}

// Per child, the figures of the claim and the reason when not claimable; the
// lines of the text form are appended.
QJsonArray claimLines(const Database& db, const QList<ClaimLine>& lines, QStringList& text)
{
    const bool wholeIds = db.actor().may(Permission::ViewFullIdentity);
    QJsonArray children;
    for (const ClaimLine& l : lines) {
        const QString idNumber = wholeIds ? l.idNumber : IdNumber::mask(l.idNumber);
        text << u"%1\t%2\t%3\t%4/%5\t%6\t%7"_s.arg(l.name, idNumber, l.className)
                    .arg(l.attendedDays)
                    .arg(l.careDays)
                    .arg(l.amount().toString(), l.claimable() ? CliText::tr("claimable") : ClaimReasons::describe(l));
        children.append(QJsonObject {{u"child_id"_s, l.childId},
                                     {u"name"_s, l.name},
                                     {u"id_number"_s, idNumber},
                                     {u"class"_s, l.className},
                                     {u"age_months"_s, l.ageMonths},
                                     {u"claimable"_s, l.claimable()},
                                     {u"reason"_s, ClaimReasons::key(l.reason)},
                                     {u"reason_text"_s, ClaimReasons::chinese(l)},
                                     {u"care_days"_s, l.careDays},
                                     {u"attended_days"_s, l.attendedDays},
                                     {u"needed_days"_s, l.neededDays},
                                     {u"claimed_months"_s, l.claimedMonths},
                                     {u"fee_standard_fen"_s, l.feeStandard.fen()},
                                     {u"reduction_fen"_s, l.reduction.fen()},
                                     {u"fee_charged_fen"_s, l.feeCharged.fen()},
                                     {u"rate_fen"_s, l.rate.fen()},
                                     {u"amount_fen"_s, l.amount().fen()}});
    }
    return children;
}

int claimBuild(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("The operating subsidy claim of a month as "
                                     "the rules make it now, without "
                                     "saving it: per child whether she is "
                                     "claimable and why not, her days and "
                                     "amounts. Money in fen in JSON."));
    return runForMonth(context, parser, Permission::ManageClaims, [&](Database& db, Month month) {
        const Result<ClaimBuild> build = ClaimBuilder::build(db, month);
        if (!build)
            return context.fail(ExitFailed, build.error());
        const ClaimTotals totals = build->totals();
        QStringList text {CliText::tr("%1: %2 care days; %3; inclusive places: %4")
                              .arg(month.toString())
                              .arg(build->careDays)
                              .arg(InstitutionProfile::typeLabel(build->institutionType))
                              .arg(build->inclusivePlaces),
                          QString()};
        const QJsonArray children = claimLines(db, build->lines, text);
        text << QString()
             << CliText::tr("Claimable: %1 of %n listed; subsidy %2", nullptr, totals.children)
                    .arg(totals.claimable)
                    .arg(totals.amount.toString());
        return context.done({{u"month"_s, month.toString()},
                             {u"care_days"_s, build->careDays},
                             {u"inclusive"_s, build->inclusive},
                             {u"institution_type"_s, InstitutionProfile::typeKey(build->institutionType)},
                             {u"inclusive_places"_s, build->inclusivePlaces},
                             {u"children"_s, children},
                             {u"totals"_s,
                              QJsonObject {{u"children"_s, totals.children},
                                           {u"claimable"_s, totals.claimable},
                                           {u"amount_fen"_s, totals.amount.fen()}}}},
                            text.join(u'\n'));
    });
}

int printBatch(const CliContext& context, const Database& db, const ClaimBatch& batch)
{
    const ClaimTotals totals = batch.totals();
    QStringList text {CliText::tr("The claim for %1, version %2, is %3.")
                          .arg(batch.month.toString())
                          .arg(batch.version)
                          .arg(ClaimStatuses::label(batch.status))};
    text << CliText::tr("Claimed %1 for %n claimable line(s); approved %2; paid %3; "
                        "still owed %4.",
                        nullptr, totals.claimable)
                .arg(totals.amount.toString(), batch.approved.value_or(Money()).toString(),
                     batch.paid.value_or(Money()).toString(), batch.owed().toString());
    if (!batch.note.isEmpty())
        text << batch.note;
    QStringList rows;
    const QJsonArray children = claimLines(db, batch.lines, rows);
    return context.done({{u"month"_s, batch.month.toString()},
                         {u"version"_s, batch.version},
                         {u"status"_s, ClaimStatuses::key(batch.status)},
                         {u"note"_s, batch.note},
                         {u"children"_s, children},
                         {u"claimable"_s, totals.claimable},
                         {u"claimed_fen"_s, totals.amount.fen()},
                         {u"approved_fen"_s, fenOrNull(batch.approved)},
                         {u"paid_fen"_s, fenOrNull(batch.paid)},
                         {u"owed_fen"_s, batch.owed().fen()}},
                        text.join(u'\n'));
}

int claimSubmit(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Submits the claim of a closed month: its children and "
                                     "amounts are built "
                                     "afresh and frozen as the version sent to the county."));
    return runForMonth(context, parser, Permission::ManageClaims, [&](Database& db, Month month) {
        const Result<ClaimBatch> submitted = ClaimBatches::submit(db, month);
        if (!submitted)
            return context.fail(ExitRejected, submitted.error());
        return printBatch(context, db, submitted.value());
    });
}

int claimRecord(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Records the county's answer to a submitted "
                                     "claim: the amount approved (in "
                                     "full or in part) and the amount paid, or "
                                     "its return for correction."));
    parser.addOption(u"approved"_s, CliText::tr("The amount the county approved."), u"AMOUNT"_s);
    parser.addOption(u"paid"_s, CliText::tr("The amount received for an approved claim."), u"AMOUNT"_s);
    parser.addOption(u"returned"_s, CliText::tr("The county returned the claim for correction (needs --note)."));
    parser.addOption(u"note"_s, CliText::tr("What the county asks to correct."), u"TEXT"_s);
    return runForMonth(context, parser, Permission::ManageClaims, [&](Database& db, Month month) {
        const bool returned = parser.isSet(u"returned"_s);
        const bool amounts = parser.isSet(u"approved"_s) || parser.isSet(u"paid"_s);
        if (returned == amounts)
            return context.usage(CliText::tr("Give --approved AMOUNT and/or --paid AMOUNT, or "
                                             "--returned --note TEXT."));
        const std::optional<Money> approved
            = parser.isSet(u"approved"_s) ? std::optional(parser.moneyValue(u"approved"_s)) : std::nullopt;
        const std::optional<Money> paid
            = parser.isSet(u"paid"_s) ? std::optional(parser.moneyValue(u"paid"_s)) : std::nullopt;
        if (!parser.errors().isEmpty())
            return context.reject(parser.errors());
        const Result<ClaimBatch> batch = [&]() -> Result<ClaimBatch> {
            if (returned)
                return ClaimBatches::returnForCorrection(db, month, parser.value(u"note"_s));
            if (approved) {
                Result<ClaimBatch> decided = ClaimBatches::approve(db, month, *approved);
                if (!decided || !paid)
                    return decided;
            }
            return ClaimBatches::recordPayment(db, month, *paid);
        }();
        if (!batch)
            return context.fail(ExitRejected, batch.error());
        return printBatch(context, db, batch.value());
    });
}

int claimExport(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Writes the claim of a month as the workbook sent to the county: the claimable "
                                     "children (申报表), those left out with the reason (不予申报) and the sums by "
                                     "class and care type (汇总). The latest version once submitted, else the "
                                     "claim as the rules make it now."));
    parser.addOption(u"out"_s, CliText::tr("The workbook to write: FILE.xlsx."), u"FILE"_s);
    return runForMonth(context, parser, Permission::ManageClaims, [&](Database& db, Month month) {
        const QString path = parser.value(u"out"_s);
        if (path.isEmpty())
            return context.usage(CliText::tr("claim export needs --out FILE.xlsx."));
        if (Status written = ClaimWorkbook::write(db, month, path); !written)
            return context.fail(ExitFailed, written.error());
        return context.done({{u"month"_s, month.toString()}, {u"file"_s, path}},
                            CliText::tr("Wrote the claim of %1 to %2.").arg(month.toString(), path));
    });
}

} // namespace

int runClaim(CliContext& context)
{
    return runSubcommand(context,
                         {{u"build"_s, {}, claimBuild},
                          {u"submit"_s, {}, claimSubmit},
                          {u"record"_s, {}, claimRecord},
                          {u"export"_s, {}, claimExport}});
}
