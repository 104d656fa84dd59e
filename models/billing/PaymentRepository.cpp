#include "PaymentRepository.h"

#include "ReceiptBook.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/PolicyKey.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Enrolment
{
    QString name;
    QDate from;
    QDate to; // invalid: still enrolled
};

Result<Enrolment> enrolment(Database& db, qint64 childId)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT name, enrolled_on, withdrawn_on FROM children WHERE id = ?"_s);
    if (Status s = Sql::exec(query, {childId}); !s)
        return Result<Enrolment>::failure(s.error());
    if (!query.next())
        return Result<Enrolment>::failure(PaymentRepository::tr("There is no child with the number %1.").arg(childId));
    return Enrolment {query.value(0).toString(), QDate::fromString(query.value(1).toString(), Qt::ISODate),
                      QDate::fromString(query.value(2).toString(), Qt::ISODate)};
}

bool enrolledIn(const Enrolment& e, Month month)
{
    return e.from.isValid() && e.from <= month.lastDay() && (!e.to.isValid() || e.to >= month.firstDay());
}

Status checkDate(QDate paidOn)
{
    if (!paidOn.isValid())
        return Status::failure(PaymentRepository::tr("Date: give the day the money changed hands."));
    if (paidOn > Clock::today())
        return Status::failure(PaymentRepository::tr("Date: %1 is in the future.").arg(paidOn.toString(Qt::ISODate)));
    return {};
}

} // namespace

Result<Money> PaymentRepository::paid(qint64 childId, Month month) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT COALESCE(SUM(amount), 0) FROM payments WHERE child_id = ? AND month = ? AND voided = 0"_s);
    if (Status s = Sql::exec(query, {childId, month.toString()}); !s)
        return Result<Money>::failure(s.error());
    query.next();
    return Money::fromFen(query.value(0).toLongLong());
}

Result<std::optional<Money>> PaymentRepository::outstanding(qint64 childId, Month month) const
{
    using R = Result<std::optional<Money>>;
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    if (!closed)
        return R::failure(closed.error());
    if (!closed->isClosed(month))
        return std::optional<Money>();
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT total FROM bills WHERE child_id = ? AND month = ?"_s);
    if (Status s = Sql::exec(query, {childId, month.toString()}); !s)
        return R::failure(s.error());
    const Money billed = query.next() ? Money::fromFen(query.value(0).toLongLong()) : Money();
    const Result<Money> received = paid(childId, month);
    if (!received)
        return R::failure(received.error());
    return std::optional<Money>(billed - received.value());
}

Result<QString> PaymentRepository::record(const PaymentRequest& request)
{
    using R = Result<QString>;
    if (Status allowed = Access::require(m_db.actor(), Permission::EditFees); !allowed)
        return R::failure(allowed.error());
    const Result<Enrolment> child = enrolment(m_db, request.childId);
    if (!child)
        return R::failure(child.error());
    if (request.amountPerMonth.fen() <= 0)
        return R::failure(tr("Amount: a payment must be more than 0; a refund is recorded as a refund."));
    if (request.months < 1)
        return R::failure(tr("Months: a payment covers at least one month."));
    if (!request.firstMonth.isValid())
        return R::failure(tr("Month: say which month's bill is paid."));
    if (Status date = checkDate(request.paidOn); !date)
        return R::failure(date.error());
    if (request.payer.trimmed().isEmpty())
        return R::failure(tr("Payer: say who paid; the receipt names them."));

    const Result<PolicyParameters> policy = PolicyRepository(m_db).load();
    if (!policy)
        return R::failure(policy.error());
    const Month thisMonth = Month::of(Clock::today());
    const Month lastAllowed = thisMonth.addMonths(int(policy->valueOr(PolicyKey::PrepayMaxMonths, thisMonth, 0)));
    const Month lastMonth = request.firstMonth.addMonths(request.months - 1);
    if (lastMonth > lastAllowed)
        return R::failure(tr("Months: fees may be paid at most until %1 today; %2 is too far ahead.")
                              .arg(lastAllowed.toString(), lastMonth.toString()));
    for (Month m = request.firstMonth; m <= lastMonth; m = m.next()) {
        if (!enrolledIn(child.value(), m))
            return R::failure(tr("Month: %1 is not enrolled in %2.").arg(child->name, m.toString()));
        const Result<std::optional<Money>> owed = outstanding(request.childId, m);
        if (!owed)
            return R::failure(owed.error());
        if (owed.value() && owed.value()->fen() <= 0)
            return R::failure(tr("Month: the bill of %1 for %2 is paid in full.").arg(child->name, m.toString()));
        if (owed.value() && request.amountPerMonth > *owed.value())
            return R::failure(
                tr("Amount: the bill of %1 for %2 asks %3 more; %4 is more than that.")
                    .arg(child->name, m.toString(), owed.value()->toString(), request.amountPerMonth.toString()));
    }

    QString number;
    const Status done = m_db.transaction([&]() -> Status {
        const Result<QString> issued = ReceiptBook(m_db).issue();
        if (!issued)
            return Status::failure(issued.error());
        number = issued.value();
        QSqlQuery insert(m_db.connection());
        insert.prepare(u"INSERT INTO payments (child_id, month, amount, method, paid_on, payer, reference, "
                       "receipt_number, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (Month m = request.firstMonth; m <= lastMonth; m = m.next()) {
            if (Status s = Sql::exec(insert,
                                     {request.childId, m.toString(), request.amountPerMonth.fen(),
                                      PaymentMethods::key(request.method), Sql::date(request.paidOn),
                                      request.payer.trimmed(), Sql::text(request.reference.trimmed()), number,
                                      m_db.actor().name, Clock::now().toString(Qt::ISODate)});
                !s)
                return s;
        }
        return {};
    });
    if (!done)
        return R::failure(done.error());
    return number;
}

Status PaymentRepository::refund(const RefundRequest& request)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditFees); !allowed)
        return allowed;
    const Result<Enrolment> child = enrolment(m_db, request.childId);
    if (!child)
        return Status::failure(child.error());
    if (request.amount.fen() <= 0)
        return Status::failure(tr("Amount: a refund must be more than 0."));
    if (Status date = checkDate(request.paidOn); !date)
        return date;
    if (request.reason.trimmed().isEmpty())
        return Status::failure(tr("Reason: say why the money goes back."));
    const Result<std::optional<Money>> owed = outstanding(request.childId, request.month);
    if (!owed)
        return Status::failure(owed.error());
    const Result<Money> received = paid(request.childId, request.month);
    if (!received)
        return Status::failure(received.error());
    // For a closed month only what was paid beyond the bill; for an open one what was paid ahead.
    const Money refundable = owed.value() ? -*owed.value() : received.value();
    if (request.amount > refundable)
        return Status::failure(tr("Amount: %1 can be refunded for %2's %3 at most; %4 is more than that.")
                                   .arg(std::max(refundable, Money()).toString(), child->name, request.month.toString(),
                                        request.amount.toString()));
    return m_db.transaction([&]() -> Status {
        QSqlQuery insert(m_db.connection());
        insert.prepare(u"INSERT INTO payments (child_id, month, amount, method, paid_on, payer, reference, "
                       "recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, '', ?, ?, ?)"_s);
        return Sql::exec(insert,
                         {request.childId, request.month.toString(), -request.amount.fen(),
                          PaymentMethods::key(request.method), Sql::date(request.paidOn), request.reason.trimmed(),
                          m_db.actor().name, Clock::now().toString(Qt::ISODate)});
    });
}

Result<QList<Payment>> PaymentRepository::select(const QString& where, const QVariant& value) const
{
    using R = Result<QList<Payment>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewFees); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT p.id, p.child_id, c.name, p.month, p.amount, p.method, p.paid_on, p.payer, p.reference, "
                  "COALESCE(p.receipt_number, ''), p.voided FROM payments p JOIN children c ON c.id = p.child_id "
                  "WHERE %1 ORDER BY p.paid_on, p.id"_s.arg(where));
    if (Status s = Sql::exec(query, {value}); !s)
        return R::failure(s.error());
    QList<Payment> payments;
    while (query.next()) {
        Payment p;
        p.id = query.value(0).toLongLong();
        p.childId = query.value(1).toLongLong();
        p.childName = query.value(2).toString();
        p.month = Month::parse(query.value(3).toString()).value_or(Month());
        p.amount = Money::fromFen(query.value(4).toLongLong());
        p.method = PaymentMethods::fromKey(query.value(5).toString()).value_or(PaymentMethod::Other);
        p.paidOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        p.payer = query.value(7).toString();
        p.reference = query.value(8).toString();
        p.receiptNumber = query.value(9).toString();
        p.voided = query.value(10).toBool();
        payments << p;
    }
    return payments;
}

Result<QList<Payment>> PaymentRepository::forMonth(Month month) const
{
    return select(u"p.month = ?"_s, month.toString());
}

Result<QList<Payment>> PaymentRepository::paidIn(Month month) const
{
    return select(u"substr(p.paid_on, 1, 7) = ?"_s, month.toString());
}

Result<Money> PaymentRepository::collectedIn(Month month) const
{
    const Result<QList<Payment>> payments = paidIn(month);
    if (!payments)
        return Result<Money>::failure(payments.error());
    Money collected;
    for (const Payment& p : payments.value())
        if (!p.voided)
            collected += p.amount;
    return collected;
}

Result<QList<Payment>> PaymentRepository::forChild(qint64 childId) const
{
    return select(u"p.child_id = ?"_s, childId);
}

Result<QList<Payment>> PaymentRepository::forReceipt(const QString& number) const
{
    return select(u"p.receipt_number = ?"_s, number);
}

Result<QHash<qint64, Money>> PaymentRepository::paidByChild(Month month) const
{
    using R = Result<QHash<qint64, Money>>;
    const Result<QList<Payment>> payments = forMonth(month);
    if (!payments)
        return R::failure(payments.error());
    QHash<qint64, Money> paid;
    for (const Payment& p : payments.value())
        if (!p.voided)
            paid[p.childId] += p.amount;
    return paid;
}

Result<QString> PaymentRepository::usualPayer(qint64 childId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        u"SELECT name FROM guardians WHERE child_id = ? AND is_guardian = 1 ORDER BY is_primary DESC, id LIMIT 1"_s);
    if (Status s = Sql::exec(query, {childId}); !s)
        return Result<QString>::failure(s.error());
    return query.next() ? query.value(0).toString() : QString();
}
