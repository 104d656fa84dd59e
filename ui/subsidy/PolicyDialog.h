#pragma once

#include "common/FormDialog.h"
#include "subsidy/InsurancePolicy.h"

class Database;
class QComboBox;
class QDateEdit;
class QLineEdit;

// Adds an accident-insurance policy for a child, or changes one ("policyDialog"): the policy number, the days of
// cover, the premium and who paid it.
class PolicyDialog : public FormDialog
{
    Q_OBJECT

public:
    // A policy with id 0 is added, for the child chosen in the dialog; any other is changed and keeps its child.
    PolicyDialog(Database& db, const InsurancePolicy& policy, const QString& childName, QWidget* parent = nullptr);

protected:
    Status save() override;

private:
    Database& m_db;
    InsurancePolicy m_policy;
    QComboBox* m_child;
    QLineEdit* m_number;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_premium;
    QComboBox* m_payer;
};
