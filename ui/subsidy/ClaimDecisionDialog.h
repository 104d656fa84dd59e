#pragma once

#include "common/FormDialog.h"
#include "common/Money.h"
#include "common/Month.h"

class Database;
class QLineEdit;
class QRadioButton;

// Records what the county decided on a submitted claim ("claimDecisionDialog"): approved in full, approved in part
// for an amount, or returned for correction with its note.
class ClaimDecisionDialog : public FormDialog
{
    Q_OBJECT

public:
    ClaimDecisionDialog(Database& db, Month month, Money claimed, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    void updateFields();

    Database& m_db;
    Month m_month;
    Money m_claimed;
    QRadioButton* m_full;
    QRadioButton* m_part;
    QRadioButton* m_returned;
    QLineEdit* m_amount;
    QLineEdit* m_note;
};
