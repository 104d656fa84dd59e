#pragma once

#include "common/FormDialog.h"
#include "common/Money.h"
#include "common/Month.h"

class Database;
class QLineEdit;

// Records the money the county paid for an approved claim ("claimPaymentDialog"), at most the approved amount.
class ClaimPaymentDialog : public FormDialog
{
    Q_OBJECT

public:
    ClaimPaymentDialog(Database& db, Month month, Money approved, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    Month m_month;
    QLineEdit* m_amount;
};
