#pragma once

#include "billing/Payment.h"
#include "common/FormDialog.h"

class Database;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;

// Records what a family paid for a child ("paymentDialog"): the month (several months ahead for a prepayment), the
// amount for each month, how and when it was paid, by whom and the reference of a transfer. Saving issues the
// receipt; what is wrong stays in the dialog and nothing is recorded.
class PaymentDialog : public FormDialog
{
    Q_OBJECT

public:
    // amount: suggested amount for the month, normally what the bill still asks.
    PaymentDialog(Database& db, qint64 childId, const QString& childName, Month month, Money amount,
                  QWidget* parent = nullptr);

    // The receipt issued when the dialog was accepted.
    QString receiptNumber() const { return m_receipt; }

protected:
    Status save() override;

private:
    Database& m_db;
    qint64 m_childId;
    QLineEdit* m_month;
    QSpinBox* m_months;
    QLineEdit* m_amount;
    QComboBox* m_method;
    QDateEdit* m_paidOn;
    QLineEdit* m_payer;
    QLineEdit* m_reference;
    QString m_receipt;
};
