#pragma once

#include "common/FormDialog.h"
#include "common/Month.h"
#include "subsidy/ClaimLine.h"

class Database;
class QLineEdit;

// Records what the county's list says for one claimed child ("childClaimDialog"): the amount approved and the
// amount paid. A field left empty keeps what was recorded.
class ChildClaimDialog : public FormDialog
{
    Q_OBJECT

public:
    ChildClaimDialog(Database& db, Month month, const ClaimLine& line, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    Month m_month;
    qint64 m_childId;
    QLineEdit* m_approved;
    QLineEdit* m_paid;
};
