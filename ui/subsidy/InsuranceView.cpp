#include "InsuranceView.h"

#include "PolicyDialog.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "itemmodels/InsuranceTableModel.h"
#include "store/Database.h"
#include "subsidy/InsuranceExport.h"

#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

InsuranceView::InsuranceView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_cover(new InsuranceTableModel(this))
    , m_from(makeDateEdit(QDate(Clock::today().year(), 1, 1), u"coverFromEdit"_s, this))
    , m_to(makeDateEdit(QDate(Clock::today().year(), 12, 31), u"coverToEdit"_s, this))
    , m_view(makeRecordTable(m_cover, u"insuranceTable"_s, this))
    , m_totals(new QLabel(this))
    , m_add(makeButton(tr("&Add policy…"), u"addPolicyButton"_s, this))
    , m_change(makeButton(tr("&Change policy…"), u"changePolicyButton"_s, this))
    , m_remove(makeButton(tr("&Remove policy…"), u"removePolicyButton"_s, this))
    , m_export(makeButton(tr("E&xport insured list…"), u"exportInsuranceButton"_s, this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    m_totals->setObjectName(u"insuranceTotalsLabel"_s);
    m_totals->setWordWrap(true);

    auto* fromLabel = new QLabel(tr("Cover &from:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&to:"), this);
    toLabel->setBuddy(m_to);
    auto* top = new QHBoxLayout;
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(toLabel);
    top->addWidget(m_to);
    top->addStretch();
    top->addWidget(m_export);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_change);
    buttons->addWidget(m_remove);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_error);

    connect(m_from, &QDateEdit::dateChanged, this, &InsuranceView::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &InsuranceView::reload);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &InsuranceView::updateButtons);
    connect(m_view, &QTableView::activated, this, &InsuranceView::changePolicy);
    connect(m_add, &QPushButton::clicked, this, &InsuranceView::addPolicy);
    connect(m_change, &QPushButton::clicked, this, &InsuranceView::changePolicy);
    connect(m_remove, &QPushButton::clicked, this, &InsuranceView::removePolicy);
    connect(m_export, &QPushButton::clicked, this, &InsuranceView::exportList);
}

void InsuranceView::setPeriod(QDate from, QDate to)
{
    m_from->setDate(from);
    m_to->setDate(to);
}

void InsuranceView::reload()
{
    const Result<InsuranceCover> cover = InsuranceRoll(m_db).cover(m_from->date(), m_to->date());
    m_cover->setCover(cover.value_or(InsuranceCover()));
    showError(m_error, cover ? QString() : cover.error());
    if (cover)
        m_totals->setText(
            tr("%n policy(ies), premiums %1; %2 child(ren) in care without cover.", nullptr, int(cover->insured.size()))
                .arg(cover->premiumTotal().toString())
                .arg(cover->uninsured.size()));
    updateButtons();
}

int InsuranceView::selectedRow() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void InsuranceView::updateButtons()
{
    const bool policy = m_cover->insured(selectedRow()) != nullptr;
    m_change->setEnabled(policy);
    m_remove->setEnabled(policy);
}

void InsuranceView::showOutcome(const Status& status, const QString& message)
{
    showError(m_error, status ? QString() : status.error());
    m_message->setText(status ? message : QString());
}

void InsuranceView::addPolicy()
{
    // A child without cover is the one most likely to get a policy next.
    InsurancePolicy policy;
    const int row = selectedRow();
    if (row >= m_cover->cover().insured.size() && row < m_cover->rowCount())
        policy.childId = m_cover->cover().uninsured.at(row - m_cover->cover().insured.size()).childId;
    PolicyDialog dialog(m_db, policy, {}, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showOutcome({}, tr("The policy is recorded."));
}

void InsuranceView::changePolicy()
{
    const InsuredLine* line = m_cover->insured(selectedRow());
    if (!line)
        return;
    const InsuredLine chosen = *line;
    PolicyDialog dialog(m_db, chosen.policy, chosen.childName, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    m_view->selectRow(m_cover->rowOfPolicy(chosen.policy.id));
    showOutcome({}, tr("The policy of %1 is changed.").arg(chosen.childName));
}

void InsuranceView::removePolicy()
{
    const InsuredLine* line = m_cover->insured(selectedRow());
    if (!line)
        return;
    const InsuredLine chosen = *line;
    if (MessageBox::question(this, tr("Remove the policy"),
                             tr("Remove policy %1 of %2? Only a policy recorded by mistake should be removed.")
                                 .arg(chosen.policy.policyNumber, chosen.childName))
        != QMessageBox::Yes)
        return;
    const Status removed = InsuranceRoll(m_db).remove(chosen.policy.id);
    reload();
    showOutcome(removed, tr("Policy %1 is removed.").arg(chosen.policy.policyNumber));
}

void InsuranceView::exportList()
{
    const QString suggested = QDir::home().filePath(
        tr("Insured list %1 to %2.xlsx").arg(m_from->date().toString(Qt::ISODate), m_to->date().toString(Qt::ISODate)));
    const QString path
        = FileDialog::saveFileName(this, tr("Export the insured list"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status written = InsuranceExport::write(m_db, path, m_from->date(), m_to->date());
    showOutcome(written, tr("Wrote the insured list to %1.").arg(QDir::toNativeSeparators(path)));
}
