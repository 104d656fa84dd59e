#include "HouseholdDialog.h"

#include "HouseholdMemberTables.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/HouseholdValidator.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

HouseholdDialog::HouseholdDialog(Database& db, Household household, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_household(std::move(household))
    , m_village(new QLineEdit(m_household.village, this))
    , m_address(new QLineEdit(m_household.address, this))
    , m_guardians(new HouseholdGuardiansEditor(db.actor().may(Permission::ViewFullIdentity), this))
    , m_children(new OutreachChildrenEditor(db.actor().may(Permission::ViewFullIdentity), this))
    , m_leftBehind(new QCheckBox(tr("Left behind (留守): both parents work away"), this))
    , m_carer(new QLineEdit(m_household.carer, this))
    , m_consentBy(new QLineEdit(m_household.consentBy, this))
    , m_consentOn(makeDateEdit(m_household.consentOn.isValid() ? m_household.consentOn : Clock::today(),
                               u"consentOnEdit"_s, this))
    , m_notes(new QPlainTextEdit(m_household.notes, this))
    , m_errors(this)
{
    setObjectName(u"householdDialog"_s);
    setWindowTitle(m_household.id == 0 ? tr("Add household") : tr("Edit household"));
    setIntro(tr("A family the team visits at home. Phones and ID numbers are kept only on this computer and are not "
                "sent to the county."));
    setMinimumWidth(760);
    m_village->setObjectName(u"villageEdit"_s);
    m_village->setPlaceholderText(tr("The village (村), for the route sheet"));
    m_address->setObjectName(u"addressEdit"_s);
    // A new household starts with the row of its first guardian and of its first child to fill in.
    m_guardians->setGuardians(m_household.id == 0 ? QList<HouseholdGuardian> {{}} : m_household.guardians);
    m_children->setChildren(m_household.id == 0 ? QList<OutreachChild> {{}} : m_household.children);
    m_leftBehind->setObjectName(u"leftBehindCheck"_s);
    m_leftBehind->setChecked(m_household.leftBehind);
    m_carer->setObjectName(u"carerEdit"_s);
    m_carer->setPlaceholderText(tr("Who looks after the children: 祖母"));
    m_carer->setEnabled(m_household.leftBehind);
    connect(m_leftBehind, &QCheckBox::toggled, m_carer, &QWidget::setEnabled);
    m_consentBy->setObjectName(u"consentByEdit"_s);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setMaximumHeight(48);

    auto* consent = new QWidget(this);
    auto* consentRow = new QHBoxLayout(consent);
    consentRow->setContentsMargins(0, 0, 0, 0);
    consentRow->addWidget(m_consentBy, 1);
    consentRow->addWidget(new QLabel(tr("on"), consent));
    consentRow->addWidget(m_consentOn);

    form()->addRow(tr("&Village:"), m_errors.withError(m_village, u"village"_s));
    form()->addRow(tr("&Address:"), m_address);
    form()->addRow(tr("Guardians:"), m_errors.withError(m_guardians, u"guardians"_s));
    form()->addRow(tr("Children:"), m_errors.withError(m_children, u"children"_s));
    form()->addRow(QString(), m_leftBehind);
    form()->addRow(tr("Ca&rer:"), m_errors.withError(m_carer, u"carer"_s));
    form()->addRow(tr("Consent &given by:"), m_errors.withError(consent, u"consent"_s));
    form()->addRow(tr("&Notes:"), m_notes);
}

Household HouseholdDialog::household() const
{
    Household h = m_household;
    h.village = m_village->text();
    h.address = m_address->text();
    h.guardians = m_guardians->guardians();
    h.children = m_children->children();
    for (OutreachChild& c : h.children)
        c.householdId = h.id;
    h.leftBehind = m_leftBehind->isChecked();
    h.carer = h.leftBehind ? m_carer->text() : QString();
    h.consentBy = m_consentBy->text();
    h.consentOn = m_consentOn->date();
    h.notes = m_notes->toPlainText();
    return h;
}

void HouseholdDialog::showFieldErrors(const FieldErrors& errors)
{
    QHash<QString, QStringList> messages;
    for (const FieldError& e : errors) {
        // "children[2].birth_date" stands under the children, "consent_on" under the consent.
        QString key = e.field.section(u'[', 0, 0);
        if (key.startsWith(u"consent"_s))
            key = u"consent"_s;
        messages[m_errors.contains(key) ? key : u"village"_s] << e.message;
    }
    m_errors.show(messages);
}

Status HouseholdDialog::save()
{
    Household h = household();
    const FieldErrors errors = HouseholdValidator::validate(h, Clock::today());
    showFieldErrors(errors);
    if (!errors.isEmpty())
        return Status::failure(tr("The household was not saved: correct what is marked."));
    HouseholdRepository households(m_db);
    if (h.id == 0) {
        const Result<qint64> added = households.add(h);
        if (!added)
            return added.status();
        h.id = added.value();
    } else if (const Status updated = households.update(h); !updated) {
        return updated;
    }
    m_household = h;
    return {};
}
