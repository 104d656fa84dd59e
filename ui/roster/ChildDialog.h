#pragma once

#include "common/FormDialog.h"
#include "roster/ChildValidator.h"
#include "roster/RosterRecords.h"
#include "roster/RosterUndo.h"

#include <QHash>
#include <QSet>

class Database;
class GuardianTable;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;
class QSpinBox;
class QUndoStack;

// Adds a child or edits one: identity, guardians and pick-up adults, health and consent, and for a new child the
// enrolment or the waiting list. A field's problems show as soon as it is edited, and all of them when OK is pressed;
// nothing is saved while any remains.
class ChildDialog : public FormDialog
{
    Q_OBJECT

public:
    // childId 0 adds a child.
    ChildDialog(Database& db, QUndoStack& undo, RosterUndo::FailureHandler onUndoFailure, qint64 childId,
                QWidget* parent = nullptr);
    qint64 childId() const { return m_childId; }

protected:
    Status save() override;

private:
    QWidget* makeChildTab();
    QWidget* makeGuardianTab();
    QWidget* makeHealthTab();
    QWidget* makeEnrolmentTab();
    QWidget* makeHistoryTab();
    void load(const ChildRecord& child);
    ChildRecord record() const;
    void revalidate();
    void suggestClass();
    // Capacity, ratio and age warnings of the chosen class: the director may still go ahead.
    void showPlacementWarnings();
    void fillFromIdNumber();
    QLabel* fieldError(const QString& field);
    // The field with its error line below it.
    QWidget* withError(QWidget* field, const QString& key);
    // Marks a field as edited, so its problems show from now on.
    void touch(const QString& field);

    Database& m_db;
    QUndoStack& m_undo;
    RosterUndo::FailureHandler m_onUndoFailure;
    qint64 m_childId;
    ChildRecord m_original;
    ChildValidator::Options m_rules;
    QHash<QString, QLabel*> m_errors;
    QSet<QString> m_touched;
    // After a first attempt to save, every field's problems show, edited or not.
    bool m_showAll = false;

    QLineEdit* m_name;
    QComboBox* m_gender;
    QDateEdit* m_birthDate;
    QLineEdit* m_idNumber;
    QSpinBox* m_birthOrder;
    QLineEdit* m_hukou;
    QCheckBox* m_insured;
    GuardianTable* m_guardians;
    QPlainTextEdit* m_allergies;
    QPlainTextEdit* m_notes;
    OptionalDateEdit* m_admissionCheck;
    QCheckBox* m_vaccination;
    QLineEdit* m_consentBy;
    OptionalDateEdit* m_consentOn;
    QLineEdit* m_consentVersion;
    QRadioButton* m_enrolNow = nullptr;
    QRadioButton* m_waitingList = nullptr;
    QComboBox* m_class = nullptr;
    QComboBox* m_careType = nullptr;
    QDateEdit* m_enrolledOn = nullptr;
    QDateEdit* m_appliedOn = nullptr;
    QLineEdit* m_wantedMonth = nullptr;
    QLabel* m_suggestion = nullptr;
    QLabel* m_placementWarnings = nullptr;
};
