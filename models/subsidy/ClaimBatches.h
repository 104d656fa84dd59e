#pragma once

#include "ClaimLine.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <optional>

class Database;
struct ClaimBuild;

// Where a month's claim batch stands with the county: draft → submitted → approved in full or in part, or
// returned for correction → paid.
enum class ClaimStatus
{
    Draft,
    Submitted,
    ApprovedFull,
    ApprovedPart,
    Returned,
    Paid
};

class ClaimStatuses
{
    Q_DECLARE_TR_FUNCTIONS(ClaimStatuses)

public:
    // The stable key stored and written in JSON: "approved_part".
    static QString key(ClaimStatus status);
    static std::optional<ClaimStatus> fromKey(const QString& key);
    // 草稿, 已申报, …: the names forms print whatever the interface language.
    static QString chineseName(ClaimStatus status);
    static QString label(ClaimStatus status);
};

// One version of a month's claim: its rows are rebuilt while it is a draft and frozen once it is submitted.
struct ClaimBatch
{
    qint64 id = 0;
    Month month;
    int version = 0;
    ClaimStatus status = ClaimStatus::Draft;
    QDateTime createdAt;
    QString createdBy;
    QDateTime submittedAt;
    QString submittedBy;
    // What the county approved and paid for the whole batch, once recorded.
    std::optional<Money> approved;
    std::optional<Money> paid;
    // The county's word, required when it returns the batch.
    QString note;
    // By name.
    QList<ClaimLine> lines;

    ClaimTotals totals() const { return ClaimTotals::of(lines); }
    // A draft, or returned for correction: the month's claim may still be (re)built and submitted.
    bool openForSubmission() const { return status == ClaimStatus::Draft || status == ClaimStatus::Returned; }
    // What the county still owes the institution: claimed − paid.
    Money owed() const { return totals().amount - paid.value_or(Money()); }
};

// The claim batches of each month, with their versions: a returned batch is corrected as a new version and the
// old one is kept as it was sent. Every operation needs Permission::ManageClaims and works on the month's latest
// version; a step the status does not allow is refused with a message saying what the batch is.
class ClaimBatches
{
    Q_DECLARE_TR_FUNCTIONS(ClaimBatches)

public:
    // The month's draft built afresh by ClaimBuilder: the latest version when it is a draft, a new version after a
    // returned one, version 1 when there is none. Refused once the latest version is submitted.
    static Result<ClaimBatch> draft(Database& db, Month month);
    // Rebuilds the draft (making it if needed) and freezes it. The month must be closed, so its bills and
    // attendance are final, and at least one child must be claimable.
    static Result<ClaimBatch> submit(Database& db, Month month);
    // The county's approval of a submitted batch: in full when `approved` is the amount claimed, in part when it
    // is less; neither nothing nor more than claimed.
    static Result<ClaimBatch> approve(Database& db, Month month, Money approved);
    // The county sent a submitted batch back; its note says what to correct.
    static Result<ClaimBatch> returnForCorrection(Database& db, Month month, const QString& note);
    // The money received for an approved batch, at most the approved amount.
    static Result<ClaimBatch> recordPayment(Database& db, Month month, Money paid);
    // What the county's list says for one claimable child of an approved or paid batch; an amount left out stays
    // as it was. Neither may be more than the child's claimed amount, nor the paid more than the approved.
    static Result<ClaimBatch> recordForChild(Database& db, Month month, qint64 childId, std::optional<Money> approved,
                                             std::optional<Money> paid);

    // Every version of the month, the first first; empty when no claim was started.
    static Result<QList<ClaimBatch>> versions(Database& db, Month month);
    // Per child, the months of `month`'s year before it whose latest version is submitted or further (but not
    // returned) with the child claimable in it: what the yearly cap counts.
    static Result<QHash<qint64, int>> claimedMonthsBefore(Database& db, Month month);

private:
    // Stores the claim as built as the month's draft: the latest version when it is a draft, a new version after a
    // returned one, version 1 when there is none; refused once the latest version is submitted.
    static Result<ClaimBatch> saveDraft(Database& db, const ClaimBuild& build);
};
