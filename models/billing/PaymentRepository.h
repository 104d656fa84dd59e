#pragma once

#include "Payment.h"
#include "common/Result.h"

#include <QHash>

class Database;

// Payments against children's monthly bills, and refunds paid out. A payment is taken for a closed month up to what
// its bill still asks, for an open month or up to the prepayment limit ahead (fee.prepay_max_months) as an advance;
// every payment gets a receipt numbered from the year's gapless sequence, all in one transaction.
class PaymentRepository
{
    Q_DECLARE_TR_FUNCTIONS(PaymentRepository)

public:
    explicit PaymentRepository(Database& db)
        : m_db(db)
    {
    }

    // Needs Permission::EditFees. Returns the receipt's number ("2026-000123"). Refuses, naming the field and
    // the reason, and records nothing, when anything is wrong.
    Result<QString> record(const PaymentRequest& request);
    // Needs Permission::EditFees; the reason is required and at most what was paid beyond the bill goes back.
    Status refund(const RefundRequest& request);

    // Who usually pays for the child: the primary guardian, else the first guardian; empty when none is recorded.
    Result<QString> usualPayer(qint64 childId) const;
    // Needs Permission::ViewFees. Voided payments are listed too (they count for nothing).
    Result<QList<Payment>> forMonth(Month month) const;
    Result<QList<Payment>> forChild(qint64 childId) const;
    // The money that changed hands within the month, whichever month's bill it was for.
    Result<QList<Payment>> paidIn(Month month) const;
    // The month's cash: payments less refunds made within it, voided ones left out.
    Result<Money> collectedIn(Month month) const;
    Result<QList<Payment>> forReceipt(const QString& number) const;
    // What was paid (less refunds) for each child's bill of the month, voided payments left out.
    Result<QHash<qint64, Money>> paidByChild(Month month) const;

private:
    Result<QList<Payment>> select(const QString& where, const QVariant& value) const;
    // What the child's bill of a closed month still asks (negative when overpaid); nullopt when the month is open.
    Result<std::optional<Money>> outstanding(qint64 childId, Month month) const;
    Result<Money> paid(qint64 childId, Month month) const;

    Database& m_db;
};
