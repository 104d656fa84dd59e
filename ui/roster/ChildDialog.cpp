#include "ChildDialog.h"

#include "GuardianTable.h"
#include "PlacementFields.h"
#include "common/Clock.h"
#include "common/ErrorLabel.h"
#include "common/Month.h"
#include "common/OptionalDateEdit.h"
#include "roster/ChildRepository.h"
#include "roster/ClassOverview.h"
#include "roster/ClassRepository.h"
#include "roster/RosterUndo.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

QDateEdit* dateEdit(QWidget* parent, const QString& name)
{
    auto* edit = new QDateEdit(Clock::today(), parent);
    edit->setObjectName(name);
    edit->setDisplayFormat(u"yyyy-MM-dd"_s);
    edit->setCalendarPopup(true);
    return edit;
}

} // namespace

ChildDialog::ChildDialog(Database& db, QUndoStack& undo, RosterUndo::FailureHandler onUndoFailure, qint64 childId,
                         QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_undo(undo)
    , m_onUndoFailure(std::move(onUndoFailure))
    , m_childId(childId)
    , m_name(new QLineEdit(this))
    , m_gender(new QComboBox(this))
    , m_birthDate(dateEdit(this, u"birthDateEdit"_s))
    , m_idNumber(new QLineEdit(this))
    , m_birthOrder(new QSpinBox(this))
    , m_hukou(new QLineEdit(this))
    , m_insured(new QCheckBox(tr("Covered by accident insurance"), this))
    , m_guardians(new GuardianTable(this))
    , m_allergies(new QPlainTextEdit(this))
    , m_notes(new QPlainTextEdit(this))
    , m_admissionCheck(new OptionalDateEdit(tr("Done on"), u"admissionCheckEdit"_s, this))
    , m_vaccination(new QCheckBox(tr("Vaccination certificate checked"), this))
    , m_consentBy(new QLineEdit(this))
    , m_consentOn(new OptionalDateEdit(tr("Given on"), u"consentOnEdit"_s, this))
    , m_consentVersion(new QLineEdit(this))
{
    setObjectName(u"childDialog"_s);
    setWindowTitle(childId == 0 ? tr("Add a child") : tr("Edit child"));
    m_rules.today = Clock::today();
    if (const Result<PolicyParameters> policy = PolicyRepository(db).load(); policy)
        m_rules.minimumAgeMonths
            = int(policy->valueOr(u"enrolment.min_age_months"_s, Month::of(m_rules.today), m_rules.minimumAgeMonths));

    auto* tabs = new QTabWidget(this);
    tabs->setObjectName(u"childTabs"_s);
    tabs->addTab(makeChildTab(), tr("C&hild"));
    tabs->addTab(makeGuardianTab(), tr("&Guardians"));
    tabs->addTab(makeHealthTab(), tr("Health && &consent"));
    if (childId == 0)
        tabs->addTab(makeEnrolmentTab(), tr("&Enrolment"));
    else
        tabs->addTab(makeHistoryTab(), tr("Class &history"));
    form()->addRow(tabs);
    setMinimumWidth(640);

    if (childId != 0) {
        const Result<ChildRecord> child = ChildRepository(db).load(childId);
        if (child)
            load(child.value());
        else
            setIntro(child.error());
        // A child imported from an older roster may have no consent yet: her other details can still be corrected,
        // but consent once recorded cannot be erased.
        m_rules.requireConsentToEnrol = m_original.consentRecorded();
    }
    const QList<std::pair<QLineEdit*, QString>> lines = {{m_name, u"name"_s},
                                                         {m_idNumber, u"id_number"_s},
                                                         {m_consentBy, u"consent_date"_s},
                                                         {m_consentVersion, u"consent_date"_s}};
    for (const auto& [edit, field] : lines)
        connect(edit, &QLineEdit::textChanged, this, [this, field] { touch(field); });
    connect(m_idNumber, &QLineEdit::textChanged, this, &ChildDialog::fillFromIdNumber);
    connect(m_gender, &QComboBox::currentIndexChanged, this, [this] { touch(u"gender"_s); });
    connect(m_birthOrder, &QSpinBox::valueChanged, this, [this] { touch(u"birth_order"_s); });
    connect(m_birthDate, &QDateEdit::dateChanged, this, [this] { touch(u"birth_date"_s); });
    connect(m_admissionCheck, &OptionalDateEdit::changed, this, [this] { touch(u"admission_check_date"_s); });
    connect(m_consentOn, &OptionalDateEdit::changed, this, [this] { touch(u"consent_date"_s); });
    connect(m_birthDate, &QDateEdit::dateChanged, this, &ChildDialog::suggestClass);
    connect(m_guardians, &GuardianTable::changed, this, [this] {
        for (const QString& field : {u"guardian"_s, u"phone"_s, u"guardian_id_number"_s})
            m_touched.insert(field);
        revalidate();
    });
    suggestClass();
    revalidate();
}

QLabel* ChildDialog::fieldError(const QString& field)
{
    QLabel* label = makeErrorLabel(this);
    label->setObjectName(field + u"Error"_s);
    m_errors.insert(field, label);
    return label;
}

QWidget* ChildDialog::withError(QWidget* field, const QString& key)
{
    auto* box = new QWidget(field->parentWidget());
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(field);
    layout->addWidget(fieldError(key));
    return box;
}

void ChildDialog::touch(const QString& field)
{
    m_touched.insert(field);
    revalidate();
}

QWidget* ChildDialog::makeChildTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QFormLayout(page);
    m_name->setObjectName(u"nameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. 王小雨"));
    m_gender->setObjectName(u"genderCombo"_s);
    m_gender->addItem(tr("— choose —"), int(Gender::Unknown));
    m_gender->addItem(tr("Boy (男)"), int(Gender::Male));
    m_gender->addItem(tr("Girl (女)"), int(Gender::Female));
    m_birthDate->setMaximumDate(Clock::today());
    m_idNumber->setObjectName(u"idNumberEdit"_s);
    m_idNumber->setPlaceholderText(tr("18 characters; birth date and gender are taken from it"));
    m_idNumber->setMaxLength(20);
    m_birthOrder->setObjectName(u"birthOrderSpin"_s);
    m_birthOrder->setRange(1, 20);
    m_birthOrder->setToolTip(tr("1 for a first child, 2 for a second, 3 or more: the birth subsidy depends on it."));
    m_hukou->setObjectName(u"hukouEdit"_s);
    m_hukou->setPlaceholderText(tr("e.g. 山西省长治市潞州区"));
    m_insured->setObjectName(u"insuredCheck"_s);
    m_insured->setToolTip(tr("Set from the policies recorded under Subsidies → Accident insurance; tick it by hand only "
                             "while the policy is not recorded there."));

    layout->addRow(tr("&Name:"), withError(m_name, u"name"_s));
    layout->addRow(tr("&ID number (身份证号):"), withError(m_idNumber, u"id_number"_s));
    layout->addRow(tr("Ge&nder:"), withError(m_gender, u"gender"_s));
    layout->addRow(tr("&Birth date:"), withError(m_birthDate, u"birth_date"_s));
    layout->addRow(tr("Birth &order (孩次):"), withError(m_birthOrder, u"birth_order"_s));
    layout->addRow(tr("Hu&kou (户籍):"), m_hukou);
    layout->addRow(QString(), m_insured);
    return page;
}

QWidget* ChildDialog::makeGuardianTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* hint = new QLabel(tr("Parents and other guardians, and adults the family authorises to pick the child up. "
                               "The first person is the main contact."),
                            page);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    layout->addWidget(m_guardians, 1);
    layout->addWidget(fieldError(u"guardian"_s));
    layout->addWidget(fieldError(u"phone"_s));
    layout->addWidget(fieldError(u"guardian_id_number"_s));
    return page;
}

QWidget* ChildDialog::makeHealthTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QFormLayout(page);
    m_allergies->setObjectName(u"allergiesEdit"_s);
    m_allergies->setMaximumHeight(60);
    m_notes->setObjectName(u"notesEdit"_s);
    m_notes->setMaximumHeight(60);
    m_vaccination->setObjectName(u"vaccinationCheck"_s);
    m_consentBy->setObjectName(u"consentByEdit"_s);
    m_consentBy->setPlaceholderText(tr("the guardian who signed"));
    m_consentVersion->setObjectName(u"consentVersionEdit"_s);
    m_consentVersion->setPlaceholderText(tr("version of the privacy notice signed"));

    layout->addRow(tr("&Allergies:"), m_allergies);
    layout->addRow(tr("N&otes:"), m_notes);
    layout->addRow(tr("Admission health &check:"), withError(m_admissionCheck, u"admission_check_date"_s));
    layout->addRow(QString(), m_vaccination);
    auto* consent = new QLabel(tr("Children's personal information is sensitive: record which guardian consented to "
                                  "its processing, when, and to which version of the notice."),
                               page);
    consent->setWordWrap(true);
    layout->addRow(consent);
    layout->addRow(tr("Consent &given by:"), m_consentBy);
    layout->addRow(tr("Consent &date:"), withError(m_consentOn, u"consent_date"_s));
    layout->addRow(tr("Notice &version:"), m_consentVersion);
    return page;
}

QWidget* ChildDialog::makeEnrolmentTab()
{
    auto* page = new QWidget(this);
    auto* layout = new QFormLayout(page);
    m_enrolNow = new QRadioButton(tr("&Enrol"), page);
    m_enrolNow->setObjectName(u"enrolNowRadio"_s);
    m_waitingList = new QRadioButton(tr("Put on the &waiting list"), page);
    m_waitingList->setObjectName(u"waitingListRadio"_s);
    m_enrolNow->setChecked(true);
    auto* group = new QButtonGroup(page);
    group->addButton(m_enrolNow);
    group->addButton(m_waitingList);

    m_class = new QComboBox(page);
    m_class->setObjectName(u"classCombo"_s);
    PlacementFields::fillClasses(m_class, m_db);
    m_careType = new QComboBox(page);
    m_careType->setObjectName(u"careTypeCombo"_s);
    PlacementFields::fillCareTypes(m_careType);
    m_enrolledOn = dateEdit(page, u"enrolledOnEdit"_s);
    m_appliedOn = dateEdit(page, u"appliedOnEdit"_s);
    m_appliedOn->setMaximumDate(Clock::today());
    m_wantedMonth = new QLineEdit(Month::of(Clock::today()).next().toString(), page);
    m_wantedMonth->setObjectName(u"wantedMonthEdit"_s);
    m_wantedMonth->setPlaceholderText(u"YYYY-MM"_s);
    m_suggestion = new QLabel(page);
    m_suggestion->setObjectName(u"classSuggestionLabel"_s);
    m_suggestion->setWordWrap(true);
    m_placementWarnings = new QLabel(page);
    m_placementWarnings->setObjectName(u"placementWarningsLabel"_s);
    m_placementWarnings->setWordWrap(true);

    layout->addRow(m_enrolNow);
    layout->addRow(tr("C&lass:"), m_class);
    layout->addRow(QString(), m_suggestion);
    layout->addRow(QString(), m_placementWarnings);
    layout->addRow(tr("Care &type:"), m_careType);
    layout->addRow(tr("First &day in care:"), withError(m_enrolledOn, u"enrolled_on"_s));
    layout->addRow(m_waitingList);
    layout->addRow(tr("A&pplied on:"), m_appliedOn);
    layout->addRow(tr("Wanted start &month:"), withError(m_wantedMonth, u"wanted_month"_s));

    auto showMode = [this, layout] {
        const bool enrol = m_enrolNow->isChecked();
        for (QWidget* w : {static_cast<QWidget*>(m_class), static_cast<QWidget*>(m_careType),
                           static_cast<QWidget*>(m_enrolledOn), static_cast<QWidget*>(m_suggestion)})
            w->setEnabled(enrol);
        for (QWidget* w : {static_cast<QWidget*>(m_appliedOn), static_cast<QWidget*>(m_wantedMonth)})
            w->setEnabled(!enrol);
        Q_UNUSED(layout);
        revalidate();
    };
    connect(m_enrolNow, &QRadioButton::toggled, this, showMode);
    connect(m_enrolledOn, &QDateEdit::dateChanged, this, [this] { touch(u"enrolled_on"_s); });
    connect(m_enrolledOn, &QDateEdit::dateChanged, this, &ChildDialog::suggestClass);
    connect(m_class, &QComboBox::currentIndexChanged, this, &ChildDialog::showPlacementWarnings);
    connect(m_wantedMonth, &QLineEdit::textChanged, this, [this] { touch(u"wanted_month"_s); });
    connect(m_appliedOn, &QDateEdit::dateChanged, this, [this] { touch(u"applied_on"_s); });
    showMode();
    return page;
}

QWidget* ChildDialog::makeHistoryTab()
{
    auto* list = new QListWidget(this);
    list->setObjectName(u"historyList"_s);
    const Result<QList<Placement>> history = ChildRepository(m_db).placements(m_childId);
    const Result<QList<ClassRecord>> classes = ClassRepository(m_db).classes();
    if (!history || !classes)
        return list;
    for (const Placement& p : history.value()) {
        QString className;
        for (const ClassRecord& c : classes.value())
            if (c.id == p.classId)
                className = c.name;
        const QString until = p.to.isValid() ? p.to.toString(Qt::ISODate) : tr("now");
        list->addItem(
            tr("%1 – %2: %3, %4").arg(p.from.toString(Qt::ISODate), until, className, RosterTypes::label(p.careType)));
    }
    return list;
}

void ChildDialog::load(const ChildRecord& c)
{
    m_original = c;
    m_name->setText(c.name);
    m_gender->setCurrentIndex(m_gender->findData(int(c.gender)));
    m_birthDate->setDate(c.birthDate);
    m_idNumber->setText(c.idNumber);
    m_birthOrder->setValue(c.birthOrder);
    m_hukou->setText(c.hukou);
    m_insured->setChecked(c.insured);
    m_guardians->setGuardians(c.guardians);
    m_allergies->setPlainText(c.allergies);
    m_notes->setPlainText(c.notes);
    m_admissionCheck->setDate(c.admissionCheckDate, Clock::today());
    m_vaccination->setChecked(c.vaccinationChecked);
    m_consentBy->setText(c.consentBy);
    m_consentOn->setDate(c.consentOn, Clock::today());
    m_consentVersion->setText(c.consentVersion);
}

ChildRecord ChildDialog::record() const
{
    ChildRecord c = m_original;
    c.id = m_childId;
    c.name = m_name->text();
    c.gender = Gender(m_gender->currentData().toInt());
    c.birthDate = m_birthDate->date();
    c.idNumber = m_idNumber->text();
    c.birthOrder = m_birthOrder->value();
    c.hukou = m_hukou->text().trimmed();
    c.insured = m_insured->isChecked();
    c.guardians = m_guardians->guardians();
    c.allergies = m_allergies->toPlainText().trimmed();
    c.notes = m_notes->toPlainText().trimmed();
    c.admissionCheckDate = m_admissionCheck->date();
    c.vaccinationChecked = m_vaccination->isChecked();
    c.consentBy = m_consentBy->text().trimmed();
    c.consentOn = m_consentOn->date();
    c.consentVersion = m_consentVersion->text().trimmed();
    if (m_enrolNow) {
        const bool enrol = m_enrolNow->isChecked();
        c.enrolledOn = enrol ? m_enrolledOn->date() : QDate();
        c.appliedOn = enrol ? QDate() : m_appliedOn->date();
        c.wantedMonth = enrol ? QString() : m_wantedMonth->text().trimmed();
    }
    return c;
}

void ChildDialog::revalidate()
{
    ChildRecord c = record();
    const FieldErrors errors = ChildValidator::validate(c, m_rules);
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        if (!m_showAll && !m_touched.contains(it.key())) {
            showError(it.value(), {});
            continue;
        }
        QStringList messages;
        for (const FieldError& e : errors)
            if (e.field == it.key())
                messages << e.message;
        showError(it.value(), messages.join(u'\n'));
    }
    if (QPushButton* ok = okButton())
        ok->setEnabled(!(m_enrolNow && m_enrolNow->isChecked() && m_class->count() == 0));
}

void ChildDialog::fillFromIdNumber()
{
    const Result<IdNumber> id = IdNumber::parse(m_idNumber->text(), Clock::today());
    if (!id)
        return;
    // The number holds the birth date and gender; a new child's fields follow it.
    if (m_childId == 0) {
        m_birthDate->setDate(id->birthDate());
        m_gender->setCurrentIndex(m_gender->findData(int(id->gender())));
    }
}

void ChildDialog::showPlacementWarnings()
{
    if (!m_class)
        return;
    const Result<QList<ClassWarning>> warnings = ClassOverview::placementWarnings(
        m_db, m_birthDate->date(), m_class->currentData().toLongLong(), m_enrolledOn->date());
    PlacementFields::showWarnings(m_placementWarnings, warnings.value_or({}));
}

void ChildDialog::suggestClass()
{
    if (!m_class)
        return;
    showPlacementWarnings();
    const QDate start = m_enrolledOn->date();
    const int age = ageInCompletedMonths(m_birthDate->date(), start);
    const std::optional<ClassType> type = RosterTypes::suggestedClassType(age);
    if (!type) {
        m_suggestion->setText(age < 0 ? QString()
                                      : tr("Age on the first day: %n month(s); no class type fits.", nullptr, age));
        return;
    }
    m_suggestion->setText(
        tr("Age on the first day: %n month(s); suggested: %1.", nullptr, age).arg(RosterTypes::label(*type)));
    const Result<QList<ClassRecord>> classes = ClassRepository(m_db).classes();
    if (!classes)
        return;
    for (const ClassRecord& c : classes.value()) {
        if (c.type == *type) {
            m_class->setCurrentIndex(m_class->findData(c.id));
            return;
        }
    }
}

Status ChildDialog::save()
{
    ChildRecord child = record();
    if (const FieldErrors errors = ChildValidator::validate(child, m_rules); !errors.isEmpty()) {
        m_showAll = true;
        revalidate();
        return Status::failure(
            tr("%n field(s) need correcting; the first: %1", nullptr, int(errors.size())).arg(errors.first().message));
    }
    ChildRepository children(m_db);
    Result<qint64> saved = Result<qint64>::failure({});
    if (m_childId == 0) {
        std::optional<Placement> placement;
        if (child.enrolledOn.isValid())
            placement = Placement {
                m_class->currentData().toLongLong(), CareType(m_careType->currentData().toInt()), child.enrolledOn, {}};
        saved = RosterUndo::perform(
            m_undo, m_db, tr("Add %1").arg(child.name), RosterState::Kind::Child, 0,
            [&] { return children.add(child, placement); }, m_onUndoFailure);
    } else {
        saved = RosterUndo::perform(
            m_undo, m_db, tr("Edit %1").arg(child.name), RosterState::Kind::Child, m_childId,
            [&]() -> Result<qint64> {
                if (Status s = children.update(child); !s)
                    return Result<qint64>::failure(s.error());
                return m_childId;
            },
            m_onUndoFailure);
    }
    if (!saved)
        return Status::failure(saved.error());
    m_childId = saved.value();
    return {};
}
