#pragma once

#include "common/FormDialog.h"
#include "common/PolicyValue.h"

class Database;
class QLineEdit;
class QSpinBox;

// Changes one fee parameter from a month on ("policyValueDialog"): the new value in its unit (yuan with fen, a
// percentage, months), the month it applies from (by default the month after the last closed one) and the document
// that sets it. The earlier months keep their values; a change that would reach a closed month is refused and the
// reason stays in the dialog.
class PolicyValueDialog : public FormDialog
{
    Q_OBJECT

public:
    // current: the value in force now, shown as the starting point.
    PolicyValueDialog(Database& db, const PolicyValue& current, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    bool isMoney() const;

    Database& m_db;
    PolicyValue m_current;
    QLineEdit* m_money;
    QSpinBox* m_number;
    QLineEdit* m_from;
    QLineEdit* m_basis;
};
