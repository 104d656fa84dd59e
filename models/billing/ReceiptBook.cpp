#include "ReceiptBook.h"

#include "BillStore.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "institution/InstitutionRepository.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Money Receipt::total() const
{
    Money sum;
    for (const ReceiptMonth& m : months)
        sum += m.paid;
    return sum;
}

Result<QString> ReceiptBook::issue()
{
    using R = Result<QString>;
    const QDate today = Clock::today();
    QSqlQuery next(m_db.connection());
    next.prepare(u"SELECT COALESCE(MAX(sequence), 0) + 1 FROM receipts WHERE year = ?"_s);
    if (Status s = Sql::exec(next, {today.year()}); !s)
        return R::failure(s.error());
    next.next();
    const int sequence = next.value(0).toInt();
    const QString number = u"%1-%2"_s.arg(today.year()).arg(sequence, 6, 10, QLatin1Char('0'));
    // The payee signs with her full name where one is recorded.
    QSqlQuery user(m_db.connection());
    user.prepare(u"SELECT full_name FROM users WHERE id = ? AND full_name <> ''"_s);
    if (Status s = Sql::exec(user, {m_db.actor().userId}); !s)
        return R::failure(s.error());
    const QString payee = user.next() ? user.value(0).toString() : m_db.actor().name;
    QSqlQuery insert(m_db.connection());
    insert.prepare(u"INSERT INTO receipts (number, year, sequence, issued_on, payee) VALUES (?, ?, ?, ?, ?)"_s);
    if (Status s = Sql::exec(insert, {number, today.year(), sequence, Sql::date(today), payee}); !s)
        return R::failure(s.error());
    return number;
}

Status ReceiptBook::voidReceipt(const QString& number, const QString& reason)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditFees); !allowed)
        return allowed;
    if (reason.trimmed().isEmpty())
        return Status::failure(tr("Say why receipt %1 is voided; the reason stays with it.").arg(number));
    const Result<QList<Receipt>> found = select(u"r.number = ?"_s, number);
    if (!found)
        return Status::failure(found.error());
    if (found->isEmpty())
        return Status::failure(tr("There is no receipt %1.").arg(number));
    if (found->first().voided)
        return Status::failure(tr("Receipt %1 is already void.").arg(number));
    return m_db.transaction([&]() -> Status {
        QSqlQuery receipt(m_db.connection());
        receipt.prepare(u"UPDATE receipts SET voided_at = ?, voided_by = ?, void_reason = ? WHERE number = ?"_s);
        if (Status s
            = Sql::exec(receipt, {Clock::now().toString(Qt::ISODate), m_db.actor().name, reason.trimmed(), number});
            !s)
            return s;
        QSqlQuery payments(m_db.connection());
        payments.prepare(u"UPDATE payments SET voided = 1 WHERE receipt_number = ?"_s);
        return Sql::exec(payments, {number});
    });
}

Result<QList<Receipt>> ReceiptBook::select(const QString& where, const QVariant& value) const
{
    using R = Result<QList<Receipt>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewFees); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT r.number, r.issued_on, r.payee, r.voided_at IS NOT NULL, r.void_reason, p.child_id, c.name, "
                  "p.payer, p.method, p.reference, p.paid_on, p.month, p.amount "
                  "FROM receipts r JOIN payments p ON p.receipt_number = r.number JOIN children c ON c.id = p.child_id "
                  "WHERE %1 ORDER BY r.year DESC, r.sequence DESC, p.month"_s.arg(where));
    if (Status s = Sql::exec(query, {value}); !s)
        return R::failure(s.error());
    QList<Receipt> receipts;
    while (query.next()) {
        if (receipts.isEmpty() || receipts.last().number != query.value(0).toString()) {
            Receipt r;
            r.number = query.value(0).toString();
            r.issuedOn = QDate::fromString(query.value(1).toString(), Qt::ISODate);
            r.payee = query.value(2).toString();
            r.voided = query.value(3).toBool();
            r.voidReason = query.value(4).toString();
            r.childId = query.value(5).toLongLong();
            r.childName = query.value(6).toString();
            r.payer = query.value(7).toString();
            r.method = PaymentMethods::fromKey(query.value(8).toString()).value_or(PaymentMethod::Other);
            r.reference = query.value(9).toString();
            r.paidOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
            receipts << r;
        }
        receipts.last().months << ReceiptMonth {Month::parse(query.value(11).toString()).value_or(Month()),
                                                Money::fromFen(query.value(12).toLongLong()), std::nullopt};
    }
    return receipts;
}

Result<QList<Receipt>> ReceiptBook::receipts(int year) const
{
    return select(u"r.year = ?"_s, year);
}

Result<Receipt> ReceiptBook::receipt(const QString& number) const
{
    using R = Result<Receipt>;
    const Result<QList<Receipt>> found = select(u"r.number = ?"_s, number);
    if (!found)
        return R::failure(found.error());
    if (found->isEmpty())
        return R::failure(tr("There is no receipt %1.").arg(number));
    Receipt receipt = found->first();
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(m_db).load();
    if (!profile)
        return R::failure(profile.error());
    if (profile.value()) {
        receipt.institutionName = profile.value()->name;
        receipt.creditCode = profile.value()->creditCode;
    }
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    if (!closed)
        return R::failure(closed.error());
    for (ReceiptMonth& m : receipt.months) {
        if (!closed->isClosed(m.month))
            continue; // paid ahead: no bill yet
        const Result<MonthBills> bills = BillStore::load(m_db, m.month, receipt.childId);
        if (!bills)
            return R::failure(bills.error());
        if (!bills->children.isEmpty())
            m.bill = bills->children.first().bill;
    }
    return receipt;
}
