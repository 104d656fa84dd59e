#pragma once

#include "common/FormDialog.h"
#include "common/Month.h"

class Database;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Records money paid back to a family for a month ("refundDialog"): what was paid beyond a closed month's bill, or
// paid ahead for a month the child will not attend. The reason is required; no receipt is issued.
class RefundDialog : public FormDialog
{
    Q_OBJECT

public:
    RefundDialog(Database& db, qint64 childId, const QString& childName, Month month, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    qint64 m_childId;
    QLineEdit* m_month;
    QLineEdit* m_amount;
    QComboBox* m_method;
    QDateEdit* m_paidOn;
    QLineEdit* m_reason;
};
