#include "SetupWizard.h"

#include "access/AccountForm.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "common/CreditCode.h"
#include "common/ErrorLabel.h"
#include "common/MessageBox.h"
#include "common/Money.h"
#include "common/Month.h"
#include "common/PolicyKey.h"
#include "common/PolicyParameters.h"
#include "institution/InstitutionRepository.h"
#include "reports/InstitutionKeys.h"
#include "reports/NewPassphraseFields.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum PageId
{
    IdentityPage,
    PlacesPage,
    AccountPage,
    SigningKeyPage,
    SummaryPage
};

} // namespace

SetupWizard::SetupWizard(Database& db, QWidget* parent)
    : QWizard(parent)
    , m_db(db)
{
    setObjectName(u"setupWizard"_s);
    setWindowTitle(tr("Set up your institution"));
    setWizardStyle(QWizard::ModernStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setPage(IdentityPage, createIdentityPage());
    setPage(PlacesPage, createPlacesPage());
    if (!UserRepository(db).hasUsers()) {
        setPage(AccountPage, createAccountPage());
        setPage(SigningKeyPage, createSigningKeyPage());
    }
    setPage(SummaryPage, createSummaryPage());
    connect(this, &QWizard::currentIdChanged, this, [this](int id) {
        if (id == SummaryPage)
            updateSummary();
    });
    resize(720, 500);
}

QWizardPage* SetupWizard::createIdentityPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("About your institution"));
    page->setSubTitle(tr("As registered with the county health bureau (卫健局). Reports and subsidy claims carry "
                         "these details."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. 潞州区阳光托育园"));
    m_creditCode = new QLineEdit(page);
    m_creditCode->setObjectName(u"creditCodeEdit"_s);
    m_creditCode->setMaxLength(18);
    m_creditCode->setPlaceholderText(tr("18 characters"));
    m_creditCodeHint = new QLabel(page);
    m_creditCodeHint->setObjectName(u"creditCodeHint"_s);
    m_creditCodeHint->setWordWrap(true);
    connect(m_creditCode, &QLineEdit::textChanged, this, &SetupWizard::updateCreditCodeHint);
    m_county = new QComboBox(page);
    m_county->setObjectName(u"countyCombo"_s);
    m_county->setEditable(true);
    m_county->addItems(InstitutionProfile::changzhiCounties());
    m_county->setCurrentIndex(-1);
    m_county->setToolTip(tr("Choose one of Changzhi's counties or type another."));
    m_type = new QComboBox(page);
    m_type->setObjectName(u"typeCombo"_s);
    for (InstitutionType t : InstitutionProfile::allTypes())
        m_type->addItem(InstitutionProfile::typeLabel(t), int(t));
    connect(m_type, &QComboBox::currentIndexChanged, this, &SetupWizard::updateForType);
    m_operatingModel = new QComboBox(page);
    m_operatingModel->setObjectName(u"operatingModelCombo"_s);
    for (OperatingModel m : InstitutionProfile::allOperatingModels())
        m_operatingModel->addItem(InstitutionProfile::operatingModelLabel(m), int(m));
    m_operatingModel->setCurrentIndex(m_operatingModel->count() - 1);
    m_township = new QLineEdit(page);
    m_township->setObjectName(u"townshipEdit"_s);
    m_township->setPlaceholderText(tr("e.g. 黄碾镇"));
    m_identityErrors = makeErrorLabel(page);

    auto* form = new QFormLayout;
    m_identityForm = form;
    form->addRow(tr("Na&me:"), m_name);
    form->addRow(tr("&Credit code:"), m_creditCode);
    form->addRow(QString(), m_creditCodeHint);
    form->addRow(tr("C&ounty:"), m_county);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("To&wnship:"), m_township);
    form->setRowVisible(m_township, false);
    form->addRow(tr("Operating mo&del:"), m_operatingModel);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_identityErrors);
    return page;
}

QWizardPage* SetupWizard::createPlacesPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Places and inclusive status"));
    // The figure in force for this database (its own dated changes included), not only the bundled default.
    const PolicyParameters policy = PolicyRepository(m_db).load().value_or(PolicyParameters::defaults());
    const Money reduction = Money::fromFen(policy.valueOr(PolicyKey::InclusiveReduction, Month::of(Clock::today()), 0));
    page->setSubTitle(tr("An inclusive (普惠) institution charges %1 yuan less per child each month and may claim the "
                         "operating subsidy for its approved inclusive places.")
                          .arg(reduction.toString()));
    m_places = new QSpinBox(page);
    m_places->setObjectName(u"placesSpin"_s);
    m_places->setRange(0, 10000);
    m_inclusive = new QCheckBox(tr("Recognised as &inclusive (普惠) by the county"), page);
    m_inclusive->setObjectName(u"inclusiveCheck"_s);
    m_inclusiveFrom = new QDateEdit(page);
    m_inclusiveFrom->setObjectName(u"inclusiveFromEdit"_s);
    m_inclusiveFrom->setCalendarPopup(true);
    m_inclusiveFrom->setDisplayFormat(u"yyyy-MM-dd"_s);
    m_inclusiveFrom->setDate(Clock::today());
    m_inclusivePlaces = new QSpinBox(page);
    m_inclusivePlaces->setObjectName(u"inclusivePlacesSpin"_s);
    m_inclusivePlaces->setRange(0, 10000);
    for (QWidget* w : {static_cast<QWidget*>(m_inclusiveFrom), static_cast<QWidget*>(m_inclusivePlaces)})
        w->setEnabled(false);
    connect(m_inclusive, &QCheckBox::toggled, m_inclusiveFrom, &QWidget::setEnabled);
    connect(m_inclusive, &QCheckBox::toggled, m_inclusivePlaces, &QWidget::setEnabled);
    m_placesErrors = makeErrorLabel(page);

    updateForType();

    auto* form = new QFormLayout;
    form->addRow(tr("Total &places:"), m_places);
    form->addRow(QString(), m_inclusive);
    form->addRow(tr("&Recognised on:"), m_inclusiveFrom);
    form->addRow(tr("&Approved inclusive places:"), m_inclusivePlaces);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_placesErrors);
    return page;
}

bool SetupWizard::isCenter() const
{
    return InstitutionProfile::isCenterType(InstitutionType(m_type->currentData().toInt()));
}

bool SetupWizard::isOutreachTeam() const
{
    return InstitutionType(m_type->currentData().toInt()) == InstitutionType::OutreachTeam;
}

// A center or an outreach team keeps no places and is not recognised as inclusive: those fields are emptied and
// the page is skipped. A team names its township.
void SetupWizard::updateForType()
{
    if (m_identityForm)
        m_identityForm->setRowVisible(m_township, isOutreachTeam());
    if (m_keyPage)
        m_keyPage->setSubTitle(signingKeyText());
    if (m_accountPage) {
        m_accountPage->setTitle(accountTitle());
        m_accountPage->setSubTitle(accountText());
    }
    if (!m_places)
        return;
    const bool noPlaces = isCenter() || isOutreachTeam();
    if (noPlaces) {
        m_places->setValue(0);
        m_inclusive->setChecked(false);
    }
    m_places->setEnabled(!noPlaces);
    m_inclusive->setEnabled(!noPlaces);
}

int SetupWizard::nextId() const
{
    const int next = QWizard::nextId();
    if (next == PlacesPage && (isCenter() || isOutreachTeam()))
        return page(AccountPage) ? AccountPage : SummaryPage;
    return next;
}

QWizardPage* SetupWizard::createAccountPage()
{
    auto* page = new QWizardPage(this);
    m_accountPage = page;
    page->setTitle(accountTitle());
    page->setSubTitle(accountText());
    m_account = new AccountForm(u"admin"_s, page);
    m_accountErrors = makeErrorLabel(page);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_account);
    layout->addStretch();
    layout->addWidget(m_accountErrors);
    return page;
}

QWizardPage* SetupWizard::createSigningKeyPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("The report signing key"));
    m_keyPage = page;
    page->setSubTitle(signingKeyText());
    m_keyPassphrase = std::make_unique<NewPassphraseFields>(page);
    auto* form = new QFormLayout;
    m_keyPassphrase->addTo(form);
    m_keyErrors = makeErrorLabel(page);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_keyErrors);
    return page;
}

QString SetupWizard::accountTitle() const
{
    return isOutreachTeam() ? tr("The team leader's account") : tr("The director's account");
}

QString SetupWizard::accountText() const
{
    if (isOutreachTeam())
        return tr("The team leader may do everything, including adding accounts for the team's members (队员), who "
                  "record the home visits. Keep the password safe: the records hold the families' personal data.");
    return isCenter() ? tr("The center's head may do everything, including adding accounts for the officers who "
                           "import the reports. Keep the password safe: the reports carry children's ID numbers.")
                      : tr("The director may do everything, including adding accounts for the finance clerk and the "
                           "caregivers. Keep the password safe: it protects the children's personal data.");
}

QString SetupWizard::signingKeyText() const
{
    const QString what = isOutreachTeam()
        ? tr("Each month of home visits sent to the county is signed with the team's key, so the county knows it "
             "comes from you unchanged.")
        : isCenter()
        ? tr("The month's roll-up a center sends on is signed with the center's key, so the city knows it comes "
             "from you unchanged.")
        : tr("Each month's report to the county is signed with the institution's key, so the county knows it comes "
             "from you unchanged.");
    return what + u' '
        + tr("Choose a passphrase of at least %1 characters that you and whoever exports the reports will remember; "
             "it is asked at every export.")
              .arg(InstitutionKeys::MinimumPassphraseLength);
}

QWizardPage* SetupWizard::createSummaryPage()
{
    auto* page = new QWizardPage(this);
    page->setTitle(tr("Check and finish"));
    page->setSubTitle(tr("You can change these details later on the Institution page."));
    m_summary = new QLabel(page);
    m_summary->setObjectName(u"summaryLabel"_s);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addStretch();
    return page;
}

InstitutionProfile SetupWizard::profile() const
{
    InstitutionProfile p;
    p.name = m_name->text();
    p.creditCode = m_creditCode->text();
    p.county = m_county->currentText();
    p.type = InstitutionType(m_type->currentData().toInt());
    p.operatingModel = OperatingModel(m_operatingModel->currentData().toInt());
    p.township = isOutreachTeam() ? m_township->text().simplified() : QString();
    p.places = m_places->value();
    p.inclusive = m_inclusive->isChecked();
    if (p.inclusive) {
        p.inclusiveFrom = m_inclusiveFrom->date();
        p.inclusivePlaces = m_inclusivePlaces->value();
    }
    return p;
}

void SetupWizard::setProfile(const InstitutionProfile& p)
{
    setWindowTitle(tr("Edit the institution's details"));
    m_name->setText(p.name);
    m_creditCode->setText(p.creditCode);
    m_county->setCurrentText(p.county);
    m_type->setCurrentIndex(m_type->findData(int(p.type)));
    m_township->setText(p.township);
    m_operatingModel->setCurrentIndex(m_operatingModel->findData(int(p.operatingModel)));
    m_places->setValue(p.places);
    m_inclusive->setChecked(p.inclusive);
    if (p.inclusive) {
        m_inclusiveFrom->setDate(p.inclusiveFrom);
        m_inclusivePlaces->setValue(p.inclusivePlaces);
    }
}

bool SetupWizard::showErrors(const QStringList& fields, QLabel* errorLabel)
{
    InstitutionProfile p = profile();
    QStringList messages;
    for (const FieldError& e : p.validate(Clock::today()))
        if (fields.contains(e.field))
            messages.append(e.message);
    showError(errorLabel, messages.join(u'\n'));
    return messages.isEmpty();
}

bool SetupWizard::validateCurrentPage()
{
    switch (currentId()) {
    case IdentityPage:
        return showErrors({u"name"_s, u"credit_code"_s, u"county"_s, u"township"_s}, m_identityErrors);
    case PlacesPage:
        return showErrors({u"places"_s, u"inclusive_from"_s, u"inclusive_places"_s, u"inclusive"_s}, m_placesErrors);
    case AccountPage: {
        const Status account = m_account->check();
        showError(m_accountErrors, account.error());
        return account.ok();
    }
    case SigningKeyPage: {
        const Status passphrase = m_keyPassphrase->check();
        showError(m_keyErrors, passphrase.error());
        return passphrase.ok();
    }
    default:
        return true;
    }
}

void SetupWizard::updateCreditCodeHint()
{
    const QString text = m_creditCode->text().trimmed();
    if (text.size() < 18) {
        m_creditCodeHint->clear();
        return;
    }
    const Result<QString> code = CreditCode::normalize(text);
    m_creditCodeHint->setText(code ? tr("The check character is right.") : code.error());
    m_creditCodeHint->setStyleSheet(code ? u"color: #1b5e20;"_s : u"color: #b00020;"_s);
}

void SetupWizard::updateSummary()
{
    const InstitutionProfile p = profile();
    QStringList lines {
        tr("Name: %1").arg(p.name.simplified()), tr("Credit code: %1").arg(p.creditCode.trimmed().toUpper()),
        tr("County: %1").arg(p.county.simplified()), tr("Type: %1").arg(InstitutionProfile::typeLabel(p.type)),
        tr("Operating model: %1").arg(InstitutionProfile::operatingModelLabel(p.operatingModel))};
    if (p.isOutreachTeam())
        lines << tr("Township: %1").arg(p.township);
    if (p.isCenter() || p.isOutreachTeam()) {
        m_summary->setText(lines.join(u'\n'));
        return;
    }
    lines << tr("Places: %1").arg(p.places);
    if (p.inclusive)
        lines << tr("Inclusive (普惠) since %1 with %2 approved inclusive places")
                     .arg(p.inclusiveFrom.toString(Qt::ISODate))
                     .arg(p.inclusivePlaces);
    else
        lines << tr("Not an inclusive (普惠) institution");
    m_summary->setText(lines.join(u'\n'));
}

void SetupWizard::accept()
{
    Result<FieldErrors> saved = FieldErrors();
    const Status status = m_db.transaction([&]() -> Status {
        if (m_account) {
            const Result<qint64> director
                = UserRepository(m_db).createFirstDirector(m_account->userName(), m_account->password(), false);
            if (!director)
                return Status::failure(director.error());
            m_db.setActor(Actor::systemActor());
        }
        saved = InstitutionRepository(m_db).save(profile());
        if (!saved)
            return Status::failure(saved.error());
        return saved.value().isEmpty() ? Status() : Status::failure(saved.value().first().message);
    });
    if (!status) {
        MessageBox::critical(this, tr("Could not save"), status.error());
        return;
    }
    if (m_account) {
        const Result<Actor> director = UserRepository(m_db).authenticate(m_account->userName(), m_account->password());
        m_db.setActor(director.value_or(Actor()));
        // The key is the director's own act; should it fail, the institution is set up and she makes it later.
        if (const Result<KeyInfo> key = InstitutionKeys(m_db).create(m_keyPassphrase->passphrase()); !key)
            MessageBox::critical(
                this, tr("Report signing key"),
                tr("%1\nMake the key later under Institution & settings → Data safety and signing.").arg(key.error()));
    }
    QWizard::accept();
}

SetupWizard::~SetupWizard() = default;
