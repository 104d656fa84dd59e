#include "FamilySubsidiesView.h"

#include "ApplicationDialog.h"
#include "BirthSubsidyForm.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "itemmodels/BirthSubsidyTableModel.h"
#include "print/PrintOutput.h"
#include "store/Database.h"
#include "subsidy/BirthSubsidyApplication.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FamilySubsidiesView::FamilySubsidiesView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_entries(new BirthSubsidyTableModel(this))
    , m_day(makeDateEdit(Clock::today(), u"inCareDateEdit"_s, this))
    , m_everyChild(new QCheckBox(tr("&Every child in care, for the 育儿补贴"), this))
    , m_view(makeRecordTable(m_entries, u"birthSubsidyTable"_s, this))
    , m_totals(new QLabel(this))
    , m_applied(makeButton(tr("Family &applied…"), u"appliedButton"_s, this))
    , m_notApplied(makeButton(tr("&Not applied"), u"notAppliedButton"_s, this))
    , m_childcare(new QComboBox(this))
    , m_print(makeButton(tr("&Print application sheet…"), u"printApplicationButton"_s, this))
    , m_save(makeButton(tr("&Save application sheet as PDF…"), u"saveApplicationButton"_s, this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    m_totals->setObjectName(u"familyTotalsLabel"_s);
    m_totals->setWordWrap(true);
    m_childcare->setObjectName(u"childcareCombo"_s);
    for (const ChildcareSubsidyAnswer answer : ChildcareSubsidyAnswers::all())
        m_childcare->addItem(ChildcareSubsidyAnswers::label(answer), int(answer));

    auto* dayLabel = new QLabel(tr("Children in care &on:"), this);
    dayLabel->setBuddy(m_day);
    auto* top = new QHBoxLayout;
    top->addWidget(dayLabel);
    top->addWidget(m_day);
    top->addWidget(m_everyChild);
    top->addStretch();
    top->addWidget(m_print);
    top->addWidget(m_save);
    auto* childcareLabel = new QLabel(tr("Applied for the &childcare subsidy (育儿补贴):"), this);
    childcareLabel->setBuddy(m_childcare);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_applied);
    buttons->addWidget(m_notApplied);
    buttons->addSpacing(24);
    buttons->addWidget(childcareLabel);
    buttons->addWidget(m_childcare);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_error);

    m_everyChild->setObjectName(u"everyChildCheck"_s);
    connect(m_day, &QDateEdit::dateChanged, this, &FamilySubsidiesView::reload);
    connect(m_everyChild, &QCheckBox::toggled, this, &FamilySubsidiesView::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &FamilySubsidiesView::updateButtons);
    connect(m_view, &QTableView::activated, this, &FamilySubsidiesView::recordApplication);
    connect(m_applied, &QPushButton::clicked, this, &FamilySubsidiesView::recordApplication);
    connect(m_notApplied, &QPushButton::clicked, this, &FamilySubsidiesView::recordNotApplied);
    connect(m_childcare, &QComboBox::activated, this, &FamilySubsidiesView::setChildcareAnswer);
    connect(m_print, &QPushButton::clicked, this, &FamilySubsidiesView::printApplication);
    connect(m_save, &QPushButton::clicked, this, &FamilySubsidiesView::saveApplication);
}

void FamilySubsidiesView::reload()
{
    const qint64 chosen = selected() ? selected()->childId : 0;
    const BirthSubsidies subsidies(m_db);
    const Result<QList<BirthSubsidyEntry>> entries
        = m_everyChild->isChecked() ? subsidies.families(m_day->date()) : subsidies.eligible(m_day->date());
    m_entries->setEntries(entries.value_or({}));
    showError(m_error, entries ? QString() : entries.error());
    int eligible = 0;
    int applied = 0;
    Money total;
    for (int row = 0; row < m_entries->rowCount(); ++row) {
        const BirthSubsidyEntry& e = m_entries->entry(row);
        eligible += e.birthOrder >= 2 ? 1 : 0;
        total += e.amount;
        applied += e.applied() ? 1 : 0;
    }
    m_totals->setText(
        tr("%n family(ies) may apply for the birth subsidy, %1 in all; %2 have applied.", nullptr, eligible)
            .arg(total.toString())
            .arg(applied));
    const int row = m_entries->rowOf(chosen);
    m_view->selectRow(row >= 0 ? row : 0);
    updateButtons();
}

const BirthSubsidyEntry* FamilySubsidiesView::selected() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() && current.row() < m_entries->rowCount() ? &m_entries->entry(current.row()) : nullptr;
}

void FamilySubsidiesView::updateButtons()
{
    const BirthSubsidyEntry* entry = selected();
    // A first child has no birth subsidy; her family's 育儿补贴 answer is kept all the same.
    const bool birthSubsidy = entry && entry->birthOrder >= 2;
    for (QWidget* w : std::initializer_list<QWidget*> {m_applied, m_print, m_save})
        w->setEnabled(birthSubsidy);
    m_childcare->setEnabled(entry);
    m_notApplied->setEnabled(entry && entry->applied());
    if (entry)
        m_childcare->setCurrentIndex(m_childcare->findData(int(entry->childcareSubsidy)));
}

void FamilySubsidiesView::showOutcome(const QString& error, const QString& message)
{
    showError(m_error, error);
    m_message->setText(error.isEmpty() ? message : QString());
}

void FamilySubsidiesView::recordApplication()
{
    const BirthSubsidyEntry* entry = selected();
    if (!entry || !m_applied->isEnabled())
        return;
    const QString name = entry->name;
    ApplicationDialog dialog(m_db, *entry, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showOutcome({}, tr("The application of %1's family is recorded.").arg(name));
}

void FamilySubsidiesView::recordNotApplied()
{
    const BirthSubsidyEntry* entry = selected();
    if (!entry)
        return;
    const QString name = entry->name;
    if (MessageBox::question(this, tr("Not applied"),
                             tr("Record that the family of %1 has not applied? The application date recorded is "
                                "removed.")
                                 .arg(name))
        != QMessageBox::Yes)
        return;
    const Status done = BirthSubsidies(m_db).setNotApplied(entry->childId);
    reload();
    showOutcome(done.error(), tr("%1's family is recorded as not applied.").arg(name));
}

void FamilySubsidiesView::setChildcareAnswer()
{
    const BirthSubsidyEntry* entry = selected();
    if (!entry)
        return;
    const QString name = entry->name;
    const auto answer = ChildcareSubsidyAnswer(m_childcare->currentData().toInt());
    const Status done = BirthSubsidies(m_db).setChildcareSubsidy(entry->childId, answer);
    reload();
    showOutcome(done.error(), tr("育儿补贴 for %1: %2.").arg(name, ChildcareSubsidyAnswers::label(answer)));
}

std::optional<BirthSubsidyApplication> FamilySubsidiesView::selectedApplication()
{
    const BirthSubsidyEntry* entry = selected();
    if (!entry)
        return std::nullopt;
    const Result<BirthSubsidyApplication> application = BirthSubsidyApplication::load(m_db, entry->childId);
    if (!application) {
        showOutcome(application.error(), {});
        return std::nullopt;
    }
    return application.value();
}

void FamilySubsidiesView::printApplication()
{
    const std::optional<BirthSubsidyApplication> application = selectedApplication();
    if (!application)
        return;
    const BirthSubsidyForm form(*application);
    PrintOutput::preview(this, tr("Birth subsidy application: %1").arg(application->childName),
                         [&form](QPagedPaintDevice& device) { return form.print(device); });
}

void FamilySubsidiesView::saveApplication()
{
    const std::optional<BirthSubsidyApplication> application = selectedApplication();
    if (!application)
        return;
    const QString path = FileDialog::saveFileName(
        this, tr("Save the application sheet as PDF"),
        QDir::home().filePath(tr("Birth subsidy application %1.pdf").arg(application->childName)),
        tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    const BirthSubsidyForm form(*application);
    const Result<int> pages
        = PrintOutput::saveAsPdf(path, [&form](QPagedPaintDevice& device) { return form.print(device); });
    showOutcome(pages ? QString() : pages.error(),
                tr("Saved the application sheet to %1.").arg(QDir::toNativeSeparators(path)));
}
