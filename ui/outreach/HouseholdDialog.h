#pragma once

#include "common/FieldError.h"
#include "common/FieldErrorLabels.h"
#include "common/FormDialog.h"
#include "outreach/Household.h"

class Database;
class HouseholdGuardiansEditor;
class OutreachChildrenEditor;
class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

// Registers a household the team will visit, or edits one ("householdDialog"): village and address, the guardians,
// the children, whether they are left behind (留守) and who cares for them, and who agreed to the visits on which
// day. HouseholdValidator's messages stand under the fields they name.
class HouseholdDialog : public FormDialog
{
    Q_OBJECT

public:
    // A household with id 0 is a new one.
    HouseholdDialog(Database& db, Household household, QWidget* parent = nullptr);
    qint64 householdId() const { return m_household.id; }

protected:
    Status save() override;

private:
    Household household() const;
    void showFieldErrors(const FieldErrors& errors);

    Database& m_db;
    Household m_household;
    QLineEdit* m_village;
    QLineEdit* m_address;
    HouseholdGuardiansEditor* m_guardians;
    OutreachChildrenEditor* m_children;
    QCheckBox* m_leftBehind;
    QLineEdit* m_carer;
    QLineEdit* m_consentBy;
    QDateEdit* m_consentOn;
    QPlainTextEdit* m_notes;
    FieldErrorLabels m_errors;
};
