#pragma once

#include "common/FieldError.h"
#include "common/FieldErrorLabels.h"
#include "common/FormDialog.h"
#include "outreach/Household.h"
#include "outreach/Visit.h"

#include <optional>

class Database;
class OptionalDateEdit;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class VisitChecklistBox;
class VisitMeasurementsBox;

// The form a visitor fills in at a family's home ("visitDialog"): which child, the day and who came, the child's
// age, the topics talked about, the measurements beside the previous ones, the development checklist for the age,
// the advice, a referral and the next visit. Every change is kept as a draft (VisitDrafts) so a laptop that loses
// power loses nothing; saving stores the visit and throws the draft away, each problem shown at its field.
class VisitDialog : public FormDialog
{
    Q_OBJECT

public:
    // draft: a form in progress to continue; otherwise a new visit to the household's first child today.
    VisitDialog(Database& db, Household household, const std::optional<Visit>& draft = std::nullopt,
                QWidget* parent = nullptr);

    // The id of the visit saved, 0 until then.
    qint64 savedVisitId() const { return m_savedId; }
    // Asks whether to throw the form away, keep it as a draft for later, or go on filling it in.
    void reject() override;

protected:
    Status save() override;

private:
    QWidget* makeVisitColumn();
    QWidget* makeFindingsColumn();
    void fill(const Visit& visit);
    Visit visit() const;
    const OutreachChild* child() const;
    // The child or the day changed: her age, her previous measurements and the checklist for the age.
    void childOrDayChanged();
    void suggestNextVisit();
    void saveDraft();
    void showFieldErrors(const FieldErrors& errors);

    Database& m_db;
    Household m_household;
    QComboBox* m_child;
    QDateEdit* m_visitedOn;
    QLabel* m_age;
    QListWidget* m_visitors;
    QList<QCheckBox*> m_topics;
    VisitMeasurementsBox* m_measurements;
    VisitChecklistBox* m_checklist;
    QPlainTextEdit* m_advice;
    QComboBox* m_referral;
    QLineEdit* m_referralReason;
    OptionalDateEdit* m_nextVisit;
    FieldErrorLabels m_errors;
    // Drafts are kept only once the form shows what it was opened with, and no more once it is saved or closed.
    bool m_keepingDrafts = false;
    bool m_nextVisitChosen = false;
    qint64 m_savedId = 0;
};
