#pragma once

#include "Bill.h"
#include "Payment.h"
#include "common/Result.h"

#include <optional>

class Database;

// One month a receipt covers: what was paid for it and, when the month is closed, the bill it paid.
struct ReceiptMonth
{
    Month month;
    Money paid;
    std::optional<Bill> bill;
};

// A receipt (收据) as printed: who received what from whom, month by month.
struct Receipt
{
    QString number; // "2026-000123"
    QDate issuedOn;
    QString payee;
    QString institutionName;
    QString creditCode;
    qint64 childId = 0;
    QString childName;
    QString payer;
    PaymentMethod method = PaymentMethod::Cash;
    QString reference;
    QDate paidOn;
    QList<ReceiptMonth> months;
    bool voided = false;
    QString voidReason;

    Money total() const;
};

// The receipts, numbered per year from a sequence with no gaps: a receipt is never deleted, and voiding one keeps
// its number with the reason (the audit trail records who voided it and when).
class ReceiptBook
{
    Q_DECLARE_TR_FUNCTIONS(ReceiptBook)

public:
    explicit ReceiptBook(Database& db)
        : m_db(db)
    {
    }

    // Inside the payment's transaction: takes the next number of today's year, payee the acting user (her full
    // name when recorded).
    Result<QString> issue();
    // Needs Permission::EditFees and a reason. The receipt's payments then count for nothing.
    Status voidReceipt(const QString& number, const QString& reason);
    // Needs Permission::ViewFees. With the bills of the closed months it covers.
    Result<Receipt> receipt(const QString& number) const;
    // Every receipt of a year, newest first, without bills.
    Result<QList<Receipt>> receipts(int year) const;

private:
    Result<QList<Receipt>> select(const QString& where, const QVariant& value) const;

    Database& m_db;
};
