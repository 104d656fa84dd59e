#pragma once

#include "institution/InstitutionProfile.h"

#include <QWizard>
#include <memory>

class Database;
class AccountForm;
class NewPassphraseFields;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

// The first-start wizard that records who the institution is: identity, then places and inclusive status, then (on
// a database without users) the director's account and the passphrase of the key that signs the monthly reports,
// then a summary. A county or city center, and an outreach team (which names its township), skip places and
// inclusive status. Each page is checked by the domain's
// own validation before moving on; finishing saves the profile and the account together, logs the director in and
// makes the signing key. Opened from the Institution page it edits the profile only.
class SetupWizard : public QWizard
{
    Q_OBJECT

public:
    explicit SetupWizard(Database& db, QWidget* parent = nullptr);
    ~SetupWizard() override;

    // The profile as the fields stand now.
    InstitutionProfile profile() const;
    // Fills the fields, to edit a profile that was saved before.
    void setProfile(const InstitutionProfile& profile);

    bool validateCurrentPage() override;
    // A county or city center or an outreach team skips the page of places and inclusive status.
    int nextId() const override;
    void accept() override;

private:
    QWizardPage* createIdentityPage();
    QWizardPage* createPlacesPage();
    QWizardPage* createAccountPage();
    QWizardPage* createSigningKeyPage();
    QWizardPage* createSummaryPage();
    // Shows the errors of the given fields under the page; true when there are none.
    bool showErrors(const QStringList& fields, QLabel* errorLabel);
    void updateCreditCodeHint();
    void updateSummary();
    bool isCenter() const;
    bool isOutreachTeam() const;
    void updateForType();
    QString signingKeyText() const;
    // The account page's words: a director's, a center head's or a team leader's.
    QString accountTitle() const;
    QString accountText() const;

    Database& m_db;
    QLineEdit* m_name;
    QLineEdit* m_creditCode;
    QLabel* m_creditCodeHint;
    QComboBox* m_county;
    QComboBox* m_type;
    QLineEdit* m_township = nullptr;
    QFormLayout* m_identityForm = nullptr;
    QComboBox* m_operatingModel;
    QSpinBox* m_places = nullptr;
    QCheckBox* m_inclusive;
    QDateEdit* m_inclusiveFrom;
    QSpinBox* m_inclusivePlaces;
    QLabel* m_identityErrors;
    QLabel* m_placesErrors;
    QLabel* m_summary;
    AccountForm* m_account = nullptr;
    QLabel* m_accountErrors = nullptr;
    std::unique_ptr<NewPassphraseFields> m_keyPassphrase;
    QLabel* m_keyErrors = nullptr;
    QWizardPage* m_keyPage = nullptr;
    QWizardPage* m_accountPage = nullptr;
};
