#include "ClaimBatches.h"

#include "ClaimBuilder.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/EnumNames.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<ClaimStatus>>& statusNames()
{
    using S = ClaimStatus;
    static const QList<EnumName<S>> names = {
        {S::Draft, u"draft"_s, u"草稿"_s},
        {S::Submitted, u"submitted"_s, u"已申报"_s},
        {S::ApprovedFull, u"approved_full"_s, u"全额核准"_s},
        {S::ApprovedPart, u"approved_part"_s, u"部分核准"_s},
        {S::Returned, u"returned"_s, u"退回修改"_s},
        {S::Paid, u"paid"_s, u"已拨付"_s},
    };
    return names;
}

const QString BatchColumns = u"id, month, version, status, created_at, created_by, submitted_at, submitted_by, "
                             "approved_fen, paid_fen, note"_s;
const QStringList RowColumns
    = {u"child_id"_s,   u"name"_s,        u"id_number"_s,     u"class_name"_s,  u"birth_date"_s,     u"enrolled_on"_s,
       u"age_months"_s, u"care_days"_s,   u"attended_days"_s, u"needed_days"_s, u"claimed_months"_s, u"fee_standard"_s,
       u"reduction"_s,  u"fee_charged"_s, u"rate"_s,          u"reason"_s,      u"approved_fen"_s,   u"paid_fen"_s};

std::optional<Money> moneyOrNone(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional(Money::fromFen(value.toLongLong()));
}

QVariant fenOrNull(const std::optional<Money>& money)
{
    return money ? QVariant(money->fen()) : QVariant();
}

ClaimBatch batchFrom(const QSqlQuery& q)
{
    ClaimBatch b;
    b.id = q.value(0).toLongLong();
    b.month = Month::parse(q.value(1).toString()).value_or({});
    b.version = q.value(2).toInt();
    b.status = ClaimStatuses::fromKey(q.value(3).toString()).value_or(ClaimStatus::Draft);
    b.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    b.createdBy = q.value(5).toString();
    b.submittedAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    b.submittedBy = q.value(7).toString();
    b.approved = moneyOrNone(q.value(8));
    b.paid = moneyOrNone(q.value(9));
    b.note = q.value(10).toString();
    return b;
}

// The row's columns from the second: the first is the batch it belongs to.
ClaimLine lineFrom(const QSqlQuery& q)
{
    ClaimLine l;
    l.childId = q.value(1).toLongLong();
    l.name = q.value(2).toString();
    l.idNumber = q.value(3).toString();
    l.className = q.value(4).toString();
    l.birthDate = QDate::fromString(q.value(5).toString(), Qt::ISODate);
    l.enrolledOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    l.ageMonths = q.value(7).toInt();
    l.careDays = q.value(8).toInt();
    l.attendedDays = q.value(9).toInt();
    l.neededDays = q.value(10).toInt();
    l.claimedMonths = q.value(11).toInt();
    l.feeStandard = Money::fromFen(q.value(12).toLongLong());
    l.reduction = Money::fromFen(q.value(13).toLongLong());
    l.feeCharged = Money::fromFen(q.value(14).toLongLong());
    l.rate = Money::fromFen(q.value(15).toLongLong());
    l.reason = ClaimReasons::fromKey(q.value(16).toString()).value_or(ClaimReason::None);
    l.approved = moneyOrNone(q.value(17));
    l.paid = moneyOrNone(q.value(18));
    return l;
}

Status writeLines(Database& db, qint64 batchId, const QList<ClaimLine>& lines)
{
    QSqlQuery clear(db.connection());
    clear.prepare(u"DELETE FROM claim_rows WHERE batch_id = ?"_s);
    if (Status s = Sql::exec(clear, {batchId}); !s)
        return s;
    QSqlQuery insert(db.connection());
    insert.prepare(u"INSERT INTO claim_rows (batch_id, position, claimable, amount, %1) VALUES (?, ?, ?, ?%2)"_s.arg(
        RowColumns.join(u", "_s), u", ?"_s.repeated(RowColumns.size())));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const ClaimLine& l = lines.at(i);
        const Status s = Sql::exec(insert,
                                   {batchId,
                                    int(i),
                                    l.claimable(),
                                    l.amount().fen(),
                                    l.childId,
                                    Sql::text(l.name),
                                    Sql::text(l.idNumber),
                                    Sql::text(l.className),
                                    Sql::date(l.birthDate),
                                    Sql::date(l.enrolledOn),
                                    l.ageMonths,
                                    l.careDays,
                                    l.attendedDays,
                                    l.neededDays,
                                    l.claimedMonths,
                                    l.feeStandard.fen(),
                                    l.reduction.fen(),
                                    l.feeCharged.fen(),
                                    l.rate.fen(),
                                    Sql::text(ClaimReasons::key(l.reason)),
                                    fenOrNull(l.approved),
                                    fenOrNull(l.paid)});
        if (!s)
            return s;
    }
    return {};
}

Result<std::optional<ClaimBatch>> latest(Database& db, Month month)
{
    using R = Result<std::optional<ClaimBatch>>;
    const Result<QList<ClaimBatch>> all = ClaimBatches::versions(db, month);
    if (!all)
        return R::failure(all.error());
    return all->isEmpty() ? std::nullopt : std::optional(all->last());
}

// After a write to the month's latest version: the write's failure, or the version as it now is.
Result<ClaimBatch> readBack(Database& db, Month month, const Status& written)
{
    if (!written)
        return Result<ClaimBatch>::failure(written.error());
    const Result<std::optional<ClaimBatch>> after = latest(db, month);
    if (!after)
        return Result<ClaimBatch>::failure(after.error());
    return *after.value();
}

// The latest version, which must be in one of `allowed`; else a message naming where it stands.
Result<ClaimBatch> latestIn(Database& db, Month month, std::initializer_list<ClaimStatus> allowed,
                            const QString& wanted)
{
    using R = Result<ClaimBatch>;
    const Result<std::optional<ClaimBatch>> found = latest(db, month);
    if (!found)
        return R::failure(found.error());
    if (!found.value())
        return R::failure(ClaimBatches::tr("%1 has no claim yet: %2").arg(month.toString(), wanted));
    const ClaimBatch& b = *found.value();
    if (std::find(allowed.begin(), allowed.end(), b.status) == allowed.end())
        return R::failure(ClaimBatches::tr("The claim for %1 (version %2) is %3: %4")
                              .arg(month.toString())
                              .arg(b.version)
                              .arg(ClaimStatuses::label(b.status), wanted));
    return b;
}

// Sets the status and the columns given of the batch, then reads it back.
Result<ClaimBatch> update(Database& db, const ClaimBatch& batch, ClaimStatus status, const QString& assignments,
                          std::initializer_list<QVariant> values)
{
    const Status done = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(u"UPDATE claim_batches SET status = ?, %1 WHERE id = ?"_s.arg(assignments));
        query.addBindValue(ClaimStatuses::key(status));
        for (const QVariant& v : values)
            query.addBindValue(v);
        query.addBindValue(batch.id);
        return Sql::exec(query);
    });
    return readBack(db, batch.month, done);
}

} // namespace

QString ClaimStatuses::key(ClaimStatus status)
{
    return enumKey(statusNames(), status);
}

std::optional<ClaimStatus> ClaimStatuses::fromKey(const QString& key)
{
    return enumFromKey(statusNames(), key);
}

QString ClaimStatuses::chineseName(ClaimStatus status)
{
    return enumChinese(statusNames(), status);
}

QString ClaimStatuses::label(ClaimStatus status)
{
    switch (status) {
    case ClaimStatus::Draft:
        return tr("draft");
    case ClaimStatus::Submitted:
        return tr("submitted");
    case ClaimStatus::ApprovedFull:
        return tr("approved in full");
    case ClaimStatus::ApprovedPart:
        return tr("approved in part");
    case ClaimStatus::Returned:
        return tr("returned for correction");
    case ClaimStatus::Paid:
        return tr("paid");
    }
    return {};
}

Result<QList<ClaimBatch>> ClaimBatches::versions(Database& db, Month month)
{
    using R = Result<QList<ClaimBatch>>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    QSqlQuery batches(db.connection());
    batches.prepare(u"SELECT %1 FROM claim_batches WHERE month = ? ORDER BY version"_s.arg(BatchColumns));
    if (Status s = Sql::exec(batches, {month.toString()}); !s)
        return R::failure(s.error());
    QList<ClaimBatch> all;
    QHash<qint64, qsizetype> indexOf;
    while (batches.next()) {
        indexOf.insert(batches.value(0).toLongLong(), all.size());
        all << batchFrom(batches);
    }
    QSqlQuery rows(db.connection());
    rows.prepare(u"SELECT r.batch_id, %1 FROM claim_rows r JOIN claim_batches b ON b.id = r.batch_id "
                 "WHERE b.month = ? ORDER BY r.batch_id, r.position"_s.arg(u"r."_s + RowColumns.join(u", r."_s)));
    if (Status s = Sql::exec(rows, {month.toString()}); !s)
        return R::failure(s.error());
    while (rows.next())
        all[indexOf.value(rows.value(0).toLongLong())].lines << lineFrom(rows);
    return all;
}

Result<QHash<qint64, int>> ClaimBatches::claimedMonthsBefore(Database& db, Month month)
{
    using R = Result<QHash<qint64, int>>;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT r.child_id, COUNT(DISTINCT b.month) FROM claim_rows r "
                  "JOIN claim_batches b ON b.id = r.batch_id "
                  "WHERE b.month >= ? AND b.month < ? AND r.claimable = 1 AND b.status IN (?, ?, ?, ?) "
                  "AND b.version = (SELECT MAX(v.version) FROM claim_batches v WHERE v.month = b.month) "
                  "GROUP BY r.child_id"_s);
    const Status s
        = Sql::exec(query,
                    {Month(month.year(), 1).toString(), month.toString(), ClaimStatuses::key(ClaimStatus::Submitted),
                     ClaimStatuses::key(ClaimStatus::ApprovedFull), ClaimStatuses::key(ClaimStatus::ApprovedPart),
                     ClaimStatuses::key(ClaimStatus::Paid)});
    if (!s)
        return R::failure(s.error());
    QHash<qint64, int> months;
    while (query.next())
        months.insert(query.value(0).toLongLong(), query.value(1).toInt());
    return months;
}

Result<ClaimBatch> ClaimBatches::saveDraft(Database& db, const ClaimBuild& build)
{
    const Month month = build.month;
    using R = Result<ClaimBatch>;
    const Result<std::optional<ClaimBatch>> found = latest(db, month);
    if (!found)
        return R::failure(found.error());
    const std::optional<ClaimBatch>& current = found.value();
    if (current && !current->openForSubmission())
        return R::failure(tr("The claim for %1 (version %2) is %3: only a claim returned for correction gets a new "
                             "version.")
                              .arg(month.toString())
                              .arg(current->version)
                              .arg(ClaimStatuses::label(current->status)));
    const Status done = db.transaction([&]() -> Status {
        qint64 batchId = current && current->status == ClaimStatus::Draft ? current->id : 0;
        if (!batchId) {
            QSqlQuery insert(db.connection());
            insert.prepare(u"INSERT INTO claim_batches (month, version, status, created_at, created_by) "
                           "VALUES (?, ?, ?, ?, ?)"_s);
            const Status s = Sql::exec(insert,
                                       {month.toString(), current ? current->version + 1 : 1,
                                        ClaimStatuses::key(ClaimStatus::Draft), Clock::now().toString(Qt::ISODate),
                                        Sql::text(db.actor().name)});
            if (!s)
                return s;
            batchId = insert.lastInsertId().toLongLong();
        }
        return writeLines(db, batchId, build.lines);
    });
    return readBack(db, month, done);
}

Result<ClaimBatch> ClaimBatches::draft(Database& db, Month month)
{
    const Result<ClaimBuild> build = ClaimBuilder::build(db, month);
    if (!build)
        return Result<ClaimBatch>::failure(build.error());
    return saveDraft(db, build.value());
}

Result<ClaimBatch> ClaimBatches::submit(Database& db, Month month)
{
    using R = Result<ClaimBatch>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    const Result<ClosedMonths> closed = ClosedMonths::load(db);
    if (!closed)
        return R::failure(closed.error());
    if (!closed->isClosed(month))
        return R::failure(tr("%1 is not closed: close the month first, so the attendance and fees the claim shows "
                             "are final.")
                              .arg(month.toString()));
    const Result<ClaimBuild> build = ClaimBuilder::build(db, month);
    if (!build)
        return R::failure(build.error());
    // Checked before the draft is stored, so a refusal leaves the claim as it was.
    if (build->totals().claimable == 0)
        return R::failure(tr("No child is claimable in %1: there is nothing to submit.").arg(month.toString()));
    const Result<ClaimBatch> drafted = saveDraft(db, build.value());
    if (!drafted)
        return drafted;
    return update(db, drafted.value(), ClaimStatus::Submitted, u"submitted_at = ?, submitted_by = ?"_s,
                  {Clock::now().toString(Qt::ISODate), Sql::text(db.actor().name)});
}

Result<ClaimBatch> ClaimBatches::approve(Database& db, Month month, Money approved)
{
    using R = Result<ClaimBatch>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    const Result<ClaimBatch> batch
        = latestIn(db, month, {ClaimStatus::Submitted}, tr("only a submitted claim can be approved."));
    if (!batch)
        return batch;
    const Money claimed = batch->totals().amount;
    if (approved <= Money())
        return R::failure(tr("The approved amount of the claim for %1 must be more than nothing; a claim the county "
                             "refused is recorded as returned, with its note.")
                              .arg(month.toString()));
    if (approved > claimed)
        return R::failure(tr("The approved amount %1 is more than the %2 claimed for %3.")
                              .arg(approved.toString(), claimed.toString(), month.toString()));
    const ClaimStatus status = approved == claimed ? ClaimStatus::ApprovedFull : ClaimStatus::ApprovedPart;
    return update(db, batch.value(), status, u"approved_fen = ?"_s, {approved.fen()});
}

Result<ClaimBatch> ClaimBatches::returnForCorrection(Database& db, Month month, const QString& note)
{
    using R = Result<ClaimBatch>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    if (note.trimmed().isEmpty())
        return R::failure(
            tr("Say what the county asks to correct in the claim for %1: the note is required.").arg(month.toString()));
    const Result<ClaimBatch> batch
        = latestIn(db, month, {ClaimStatus::Submitted}, tr("only a submitted claim can be returned."));
    if (!batch)
        return batch;
    return update(db, batch.value(), ClaimStatus::Returned, u"note = ?"_s, {note.trimmed()});
}

Result<ClaimBatch> ClaimBatches::recordPayment(Database& db, Month month, Money paid)
{
    using R = Result<ClaimBatch>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    const Result<ClaimBatch> batch = latestIn(db, month, {ClaimStatus::ApprovedFull, ClaimStatus::ApprovedPart},
                                              tr("only an approved claim can be paid."));
    if (!batch)
        return batch;
    const Money approved = batch->approved.value_or(Money());
    if (paid <= Money() || paid > approved)
        return R::failure(tr("The payment for the claim for %1 must be more than nothing and at most the %2 approved.")
                              .arg(month.toString(), approved.toString()));
    return update(db, batch.value(), ClaimStatus::Paid, u"paid_fen = ?"_s, {paid.fen()});
}

Result<ClaimBatch> ClaimBatches::recordForChild(Database& db, Month month, qint64 childId,
                                                std::optional<Money> approved, std::optional<Money> paid)
{
    using R = Result<ClaimBatch>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    const Result<ClaimBatch> batch
        = latestIn(db, month, {ClaimStatus::ApprovedFull, ClaimStatus::ApprovedPart, ClaimStatus::Paid},
                   tr("the county's amounts per child are recorded once it has approved the claim."));
    if (!batch)
        return batch;
    const auto line = std::find_if(batch->lines.cbegin(), batch->lines.cend(),
                                   [&](const ClaimLine& l) { return l.childId == childId && l.claimable(); });
    if (line == batch->lines.cend())
        return R::failure(tr("The claim for %1 does not claim for this child.").arg(month.toString()));
    const std::optional<Money> newApproved = approved ? approved : line->approved;
    const std::optional<Money> newPaid = paid ? paid : line->paid;
    for (const std::optional<Money>& amount : {newApproved, newPaid})
        if (amount && (*amount < Money() || *amount > line->amount()))
            return R::failure(tr("%1's amounts in the claim for %2 must be between 0.00 and the %3 claimed.")
                                  .arg(line->name, month.toString(), line->amount().toString()));
    if (newApproved && newPaid && *newPaid > *newApproved)
        return R::failure(tr("%1 was paid %2 in the claim for %3, more than the %4 approved.")
                              .arg(line->name, newPaid->toString(), month.toString(), newApproved->toString()));
    const Status done = db.transaction([&]() -> Status {
        QSqlQuery query(db.connection());
        query.prepare(u"UPDATE claim_rows SET approved_fen = ?, paid_fen = ? WHERE batch_id = ? AND child_id = ?"_s);
        return Sql::exec(query, {fenOrNull(newApproved), fenOrNull(newPaid), batch->id, childId});
    });
    return readBack(db, month, done);
}
