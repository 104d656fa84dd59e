#include "VisitDialog.h"

#include "VisitChecklistBox.h"
#include "VisitMeasurementsBox.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/MessageBox.h"
#include "common/Month.h"
#include "common/OptionalDateEdit.h"
#include "outreach/OutreachTeam.h"
#include "outreach/VisitDrafts.h"
#include "outreach/VisitRepository.h"
#include "outreach/VisitTerms.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDebug>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

VisitDialog::VisitDialog(Database& db, Household household, const std::optional<Visit>& draft, QWidget* parent)
    : FormDialog(parent)
    , m_db(db)
    , m_household(std::move(household))
    , m_child(new QComboBox(this))
    , m_visitedOn(makeDateEdit(Clock::today(), u"visitDateEdit"_s, this))
    , m_age(new QLabel(this))
    , m_visitors(new QListWidget(this))
    , m_measurements(new VisitMeasurementsBox(this))
    , m_checklist(new VisitChecklistBox(this))
    , m_advice(new QPlainTextEdit(this))
    , m_referral(new QComboBox(this))
    , m_referralReason(new QLineEdit(this))
    , m_nextVisit(new OptionalDateEdit(tr("Planned on"), u"nextVisit"_s, this))
    , m_errors(this)
{
    setObjectName(u"visitDialog"_s);
    const QString guardian = m_household.guardians.isEmpty() ? QString() : m_household.guardians.first().name;
    setWindowTitle(tr("Home visit: %1, %2").arg(guardian, m_household.village));
    setIntro(tr("%1, %2. What you type is kept as you go; a visit not saved is offered back at the next start.")
                 .arg(m_household.village, m_household.address));

    auto* columns = new QWidget(this);
    auto* row = new QHBoxLayout(columns);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(makeVisitColumn(), 1);
    row->addWidget(makeFindingsColumn(), 1);
    form()->addRow(columns);
    setMinimumWidth(900);

    fill(draft.value_or(Visit {}));
    m_keepingDrafts = true;
    if (draft)
        m_nextVisitChosen = true;
}

QWidget* VisitDialog::makeVisitColumn()
{
    auto* column = new QWidget(this);
    auto* form = new QFormLayout(column);
    form->setContentsMargins(0, 0, 0, 0);
    m_child->setObjectName(u"childCombo"_s);
    for (const OutreachChild& c : std::as_const(m_household.children))
        m_child->addItem(c.name, c.id);
    m_age->setObjectName(u"ageLabel"_s);
    form->addRow(tr("&Child:"), m_child);
    form->addRow(tr("Age:"), m_age);
    form->addRow(tr("Visited &on:"), m_errors.withError(m_visitedOn, u"visited_on"_s));

    m_visitors->setObjectName(u"visitorList"_s);
    m_visitors->setMaximumHeight(90);
    const QStringList members = OutreachTeam::members(m_db).value_or({});
    QHash<QString, QString> fullNames;
    for (const User& user : UserRepository(m_db).list().value_or({}))
        fullNames.insert(user.name, user.fullName);
    for (const QString& member : members) {
        const QString full = fullNames.value(member);
        auto* item = new QListWidgetItem(full.isEmpty() ? member : tr("%1 (%2)").arg(full, member), m_visitors);
        item->setData(Qt::UserRole, member);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    form->addRow(tr("Visitors:"), m_errors.withError(m_visitors, u"visitors"_s));

    auto* topics = new QGroupBox(tr("Topics talked about"), column);
    auto* grid = new QGridLayout(topics);
    const QList<VisitTopic> all = VisitTerms::allTopics();
    for (qsizetype i = 0; i < all.size(); ++i) {
        auto* box = new QCheckBox(VisitTerms::topicLabel(all.at(i)), topics);
        box->setObjectName(u"topic_"_s + VisitTerms::topicKey(all.at(i)));
        grid->addWidget(box, int(i / 2), int(i % 2));
        m_topics << box;
        connect(box, &QCheckBox::toggled, this, &VisitDialog::saveDraft);
    }
    form->addRow(m_errors.withError(topics, u"topics"_s));

    m_advice->setObjectName(u"adviceEdit"_s);
    m_advice->setPlaceholderText(tr("What the family was advised to do"));
    m_advice->setMaximumHeight(80);
    form->addRow(tr("&Advice:"), m_advice);

    connect(m_child, &QComboBox::currentIndexChanged, this, &VisitDialog::childOrDayChanged);
    connect(m_visitedOn, &QDateEdit::dateChanged, this, &VisitDialog::childOrDayChanged);
    connect(m_visitors, &QListWidget::itemChanged, this, &VisitDialog::saveDraft);
    connect(m_advice, &QPlainTextEdit::textChanged, this, &VisitDialog::saveDraft);
    return column;
}

QWidget* VisitDialog::makeFindingsColumn()
{
    auto* column = new QWidget(this);
    auto* layout = new QVBoxLayout(column);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_measurements);
    layout->addWidget(m_errors.withError(m_checklist, u"checklist"_s));

    auto* plan = new QWidget(column);
    auto* form = new QFormLayout(plan);
    form->setContentsMargins(0, 0, 0, 0);
    m_referral->setObjectName(u"referralCombo"_s);
    for (Referral r : VisitTerms::allReferrals())
        m_referral->addItem(VisitTerms::referralLabel(r), int(r));
    m_referralReason->setObjectName(u"referralReasonEdit"_s);
    m_referralReason->setPlaceholderText(tr("Why a doctor should see the child"));
    form->addRow(tr("&Referral:"), m_errors.withError(m_referral, u"referral"_s));
    form->addRow(tr("Re&ason:"), m_errors.withError(m_referralReason, u"referral_reason"_s));
    form->addRow(tr("&Next visit:"), m_errors.withError(m_nextVisit, u"next_visit_on"_s));
    layout->addWidget(plan);
    layout->addStretch();

    connect(m_measurements, &VisitMeasurementsBox::changed, this, &VisitDialog::saveDraft);
    connect(m_checklist, &VisitChecklistBox::changed, this, &VisitDialog::saveDraft);
    connect(m_referral, &QComboBox::currentIndexChanged, this, [this] {
        m_referralReason->setEnabled(Referral(m_referral->currentData().toInt()) != Referral::None);
        saveDraft();
    });
    connect(m_referralReason, &QLineEdit::textChanged, this, &VisitDialog::saveDraft);
    connect(m_nextVisit, &OptionalDateEdit::changed, this, [this] {
        if (m_keepingDrafts)
            m_nextVisitChosen = true;
        saveDraft();
    });
    return column;
}

void VisitDialog::fill(const Visit& v)
{
    if (const int index = m_child->findData(v.childId); index >= 0)
        m_child->setCurrentIndex(index);
    if (v.visitedOn.isValid())
        m_visitedOn->setDate(v.visitedOn);
    const QStringList visitors = v.id == 0 && v.visitors.isEmpty() ? QStringList {m_db.actor().name} : v.visitors;
    for (int i = 0; i < m_visitors->count(); ++i) {
        QListWidgetItem* item = m_visitors->item(i);
        item->setCheckState(
            visitors.contains(item->data(Qt::UserRole).toString(), Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    }
    const QList<VisitTopic> all = VisitTerms::allTopics();
    for (qsizetype i = 0; i < all.size(); ++i)
        m_topics.at(i)->setChecked(v.topics.contains(all.at(i)));
    childOrDayChanged();
    m_measurements->setMeasurements(v.measurements);
    m_checklist->setChecklist(v.checklist);
    m_advice->setPlainText(v.advice);
    m_referral->setCurrentIndex(std::max(0, m_referral->findData(int(v.referral))));
    m_referralReason->setText(v.referralReason);
    m_referralReason->setEnabled(v.referral != Referral::None);
    if (v.nextVisitOn.isValid())
        m_nextVisit->setDate(v.nextVisitOn, v.nextVisitOn);
    else
        suggestNextVisit();
}

const OutreachChild* VisitDialog::child() const
{
    const qint64 id = m_child->currentData().toLongLong();
    for (const OutreachChild& c : m_household.children)
        if (c.id == id)
            return &c;
    return nullptr;
}

void VisitDialog::childOrDayChanged()
{
    const OutreachChild* c = child();
    const QDate day = m_visitedOn->date();
    if (!c)
        return;
    const int months = ageInCompletedMonths(c->birthDate, day);
    m_age->setText(
        tr("%n month(s) on the day of the visit (born %1)", nullptr, months).arg(c->birthDate.toString(Qt::ISODate)));
    m_measurements->setPrevious(VisitRepository(m_db).previousMeasurements(c->id, day).value_or({}));
    m_checklist->setAge(months);
    if (!m_nextVisitChosen)
        suggestNextVisit();
    saveDraft();
}

void VisitDialog::suggestNextVisit()
{
    const bool keeping = m_keepingDrafts;
    m_keepingDrafts = false;
    const QDate next = m_visitedOn->date().addMonths(1);
    m_nextVisit->setDate(next, next);
    m_keepingDrafts = keeping;
}

Visit VisitDialog::visit() const
{
    Visit v;
    v.childId = m_child->currentData().toLongLong();
    v.visitedOn = m_visitedOn->date();
    for (int i = 0; i < m_visitors->count(); ++i)
        if (m_visitors->item(i)->checkState() == Qt::Checked)
            v.visitors << m_visitors->item(i)->data(Qt::UserRole).toString();
    const QList<VisitTopic> all = VisitTerms::allTopics();
    for (qsizetype i = 0; i < all.size(); ++i)
        if (m_topics.at(i)->isChecked())
            v.topics << all.at(i);
    v.measurements = m_measurements->readable();
    v.checklist = m_checklist->checklist();
    v.advice = m_advice->toPlainText();
    v.referral = Referral(m_referral->currentData().toInt());
    v.referralReason = v.referral == Referral::None ? QString() : m_referralReason->text();
    v.nextVisitOn = m_nextVisit->date();
    return v;
}

void VisitDialog::saveDraft()
{
    if (!m_keepingDrafts)
        return;
    // A draft that could not be kept leaves the form as it is; saving the visit still works or says why.
    if (const Status kept = VisitDrafts::save(m_db, visit()); !kept)
        qWarning().noquote() << kept.error();
}

void VisitDialog::showFieldErrors(const FieldErrors& errors)
{
    QHash<QString, QStringList> messages;
    for (const FieldError& e : errors)
        if (!m_measurements->showFieldError(e.field, e.message))
            messages[m_errors.contains(e.field) ? e.field : u"visited_on"_s] << e.message;
    m_errors.show(messages);
}

Status VisitDialog::save()
{
    m_measurements->clearFieldErrors();
    showFieldErrors({});
    if (!m_measurements->measurements())
        return Status::failure(tr("A measurement is not a figure: correct it or leave it empty."));
    Visit v = visit();
    VisitRepository visits(m_db);
    const Result<FieldErrors> problems = visits.check(v);
    if (!problems)
        return problems.status();
    if (!problems->isEmpty()) {
        showFieldErrors(problems.value());
        return Status::failure(tr("The visit was not saved: correct what is marked."));
    }
    const Result<qint64> added = visits.add(v);
    if (!added)
        return added.status();
    m_savedId = added.value();
    m_keepingDrafts = false;
    if (const Status discarded = VisitDrafts::discard(m_db); !discarded)
        qWarning().noquote() << discarded.error();
    return {};
}

void VisitDialog::reject()
{
    const QMessageBox::StandardButton answer
        = MessageBox::question(this, tr("Visit not saved"),
                               tr("Throw this visit form away? Choose No to keep it as a draft and continue it later."),
                               QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel)
        return;
    m_keepingDrafts = false;
    if (answer == QMessageBox::Yes)
        if (const Status discarded = VisitDrafts::discard(m_db); !discarded)
            qWarning().noquote() << discarded.error();
    FormDialog::reject();
}
