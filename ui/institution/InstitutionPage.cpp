#include "InstitutionPage.h"

#include "DataSafetyBox.h"
#include "FeeScheduleView.h"
#include "LanguageBox.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/ErrorLabel.h"
#include "common/Month.h"
#include "institution/InstitutionRepository.h"
#include "itemmodels/PolicyTableModel.h"
#include "reports/SigningKeyBox.h"
#include "setup/SetupWizard.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InstitutionPage::InstitutionPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_profileForm(new QFormLayout)
    , m_policyModel(new PolicyTableModel(this))
    , m_calendarTable(new QTableWidget(this))
    , m_calendarNotice(new QLabel(this))
    , m_loadError(makeErrorLabel(this))
{
    setObjectName(u"institutionPage"_s);
    const auto loaded = InstitutionRepository(db).load();
    m_keepsNoCare = loaded && loaded.value() && (loaded.value()->isCenter() || loaded.value()->isOutreachTeam());

    auto* profileBox = new QGroupBox(tr("Institution"), this);
    auto* profileLayout = new QVBoxLayout(profileBox);
    profileLayout->addLayout(m_profileForm);
    auto* edit = new QPushButton(tr("&Edit details…"), profileBox);
    edit->setObjectName(u"editProfileButton"_s);
    connect(edit, &QPushButton::clicked, this, &InstitutionPage::editProfile);
    // Everyone who may see the roster reads the profile here; only who may change it sees the button.
    edit->setVisible(db.actor().may(Permission::EditInstitution));
    profileLayout->addWidget(edit, 0, Qt::AlignLeft);

    auto* calendarBox = new QGroupBox(tr("Care days this year"), this);
    auto* calendarLayout = new QVBoxLayout(calendarBox);
    m_calendarTable->setObjectName(u"calendarTable"_s);
    m_calendarTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendarTable->verticalHeader()->hide();
    m_calendarTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_calendarTable->setFixedHeight(m_calendarTable->horizontalHeader()->sizeHint().height()
                                    + m_calendarTable->verticalHeader()->defaultSectionSize() + 6);
    m_calendarNotice->setObjectName(u"calendarNotice"_s);
    m_calendarNotice->setWordWrap(true);
    calendarLayout->addWidget(m_calendarTable);
    calendarLayout->addWidget(m_calendarNotice);

    auto* policyBox = new QGroupBox(tr("Policy parameters (dated; a month is always computed with the values in "
                                       "force in that month)"),
                                    this);
    auto* policyView = new QTableView(policyBox);
    policyView->setObjectName(u"policyTable"_s);
    policyView->setModel(m_policyModel);
    policyView->setSelectionBehavior(QAbstractItemView::SelectRows);
    policyView->setAlternatingRowColors(true);
    policyView->verticalHeader()->hide();
    policyView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    policyView->horizontalHeader()->setStretchLastSection(true);
    auto* policyLayout = new QVBoxLayout(policyBox);
    policyLayout->addWidget(policyView);

    auto* institution = new QWidget(this);
    auto* institutionLayout = new QVBoxLayout(institution);
    institutionLayout->addWidget(profileBox);
    // A center bills no one and keeps no care days: its calendar and fees are its institutions'. A team visits
    // families at home: no fees or care days either.
    if (m_keepsNoCare)
        calendarBox->hide();
    else
        institutionLayout->addWidget(calendarBox);
    institutionLayout->addWidget(policyBox, 1);

    // Backups, the audit check and the report signing key: what keeps the data safe and the reports trusted.
    auto* safetyTab = new QWidget(this);
    auto* safetyLayout = new QVBoxLayout(safetyTab);
    auto* safety = new DataSafetyBox(db, safetyTab);
    connect(safety, &DataSafetyBox::restoreRequested, this, &InstitutionPage::restoreRequested);
    auto* signingKey = new SigningKeyBox(db, safetyTab);
    safetyLayout->addWidget(safety);
    safetyLayout->addWidget(signingKey);
    safetyLayout->addStretch();

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"institutionTabs"_s);
    tabs->addTab(institution, tr("&Institution"));
    if (!m_keepsNoCare) {
        m_fees = new FeeScheduleView(db, this);
        tabs->addTab(m_fees, tr("&Fees (收费标准)"));
    }
    if (!safety->isHidden() || !signingKey->isHidden())
        tabs->addTab(safetyTab, tr("&Data safety and signing"));
    else
        safetyTab->hide();
    auto* languageTab = new QWidget(this);
    auto* languageLayout = new QVBoxLayout(languageTab);
    languageLayout->addWidget(new LanguageBox(languageTab));
    languageLayout->addStretch();
    tabs->addTab(languageTab, tr("&Language"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_loadError);
    layout->addWidget(tabs);
    reload();
}

void InstitutionPage::reload()
{
    QStringList errors {showProfile(), m_keepsNoCare ? QString() : showCalendar()};
    if (const Result<PolicyParameters> policy = PolicyRepository(m_db).load(); policy)
        m_policyModel->setParameters(policy.value());
    else
        errors << policy.error();
    if (m_fees)
        m_fees->reload();
    errors.removeAll(QString());
    showError(m_loadError, errors.join(u'\n'));
}

QString InstitutionPage::showProfile()
{
    while (m_profileForm->rowCount() > 0)
        m_profileForm->removeRow(0);
    const auto loaded = InstitutionRepository(m_db).load();
    if (!loaded)
        return loaded.error();
    if (!loaded.value()) {
        m_profileForm->addRow(new QLabel(tr("The institution has not been set up yet."), this));
        return {};
    }
    const InstitutionProfile& p = *loaded.value();
    auto add = [this](const QString& label, const QString& value, const QString& name) {
        auto* field = new QLabel(value, this);
        field->setObjectName(name);
        field->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_profileForm->addRow(label, field);
    };
    add(tr("Name:"), p.name, u"nameValue"_s);
    add(tr("Credit code:"), p.creditCode, u"creditCodeValue"_s);
    add(tr("County:"), p.county, u"countyValue"_s);
    add(tr("Type:"), InstitutionProfile::typeLabel(p.type), u"typeValue"_s);
    // A center's own places and recognition are not asked for: its institutions' are what it reports. A team has
    // none either, but a township.
    if (p.isOutreachTeam())
        add(tr("Township:"), p.township, u"townshipValue"_s);
    if (p.isCenter() || p.isOutreachTeam())
        return {};
    add(tr("Operating model:"), InstitutionProfile::operatingModelLabel(p.operatingModel), u"operatingModelValue"_s);
    add(tr("Places:"), QString::number(p.places), u"placesValue"_s);
    add(tr("Inclusive (普惠):"),
        p.inclusive ? tr("Yes, since %1; %2 approved inclusive places")
                          .arg(p.inclusiveFrom.toString(Qt::ISODate))
                          .arg(p.inclusivePlaces)
                    : tr("No"),
        u"inclusiveValue"_s);
    return {};
}

QString InstitutionPage::showCalendar()
{
    const Result<CareCalendar> calendar = CalendarRepository(m_db).load();
    if (!calendar)
        return calendar.error();
    const int year = Clock::today().year();
    m_calendarTable->setRowCount(1);
    m_calendarTable->setColumnCount(12);
    for (int month = 1; month <= 12; ++month) {
        m_calendarTable->setHorizontalHeaderItem(
            month - 1, new QTableWidgetItem(QLocale().standaloneMonthName(month, QLocale::ShortFormat)));
        auto* item = new QTableWidgetItem(QString::number(calendar->careDayCount(Month(year, month))));
        item->setTextAlignment(Qt::AlignCenter);
        m_calendarTable->setItem(0, month - 1, item);
    }
    m_calendarTable->resizeRowsToContents();
    m_calendarTable->setFixedHeight(m_calendarTable->horizontalHeader()->sizeHint().height()
                                    + m_calendarTable->rowHeight(0) + 2 * m_calendarTable->frameWidth());
    const QString notice = calendar->fallbackNotice(year);
    m_calendarNotice->setText(
        notice.isEmpty() ? tr("Official %1 holidays and make-up working days are applied.").arg(year) : notice);
    return {};
}

void InstitutionPage::editProfile()
{
    SetupWizard wizard(m_db, this);
    if (const auto loaded = InstitutionRepository(m_db).load(); loaded && loaded.value())
        wizard.setProfile(*loaded.value());
    if (wizard.exec() == QDialog::Accepted)
        reload();
}
