#include "OperatingClaimView.h"

#include "ChildClaimDialog.h"
#include "ClaimDecisionDialog.h"
#include "ClaimPaymentDialog.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "common/RecordTable.h"
#include "itemmodels/ClaimTableModel.h"
#include "store/ClosedMonths.h"
#include "subsidy/ClaimBuilder.h"
#include "subsidy/ClaimWorkbook.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The version combo's entry for the claim as the rules make it now.
constexpr int BuiltNow = -1;

} // namespace

OperatingClaimView::OperatingClaimView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_lines(new ClaimTableModel(this))
    , m_month(makeMonthEdit(Month::of(Clock::today()).previous(), u"claimMonthEdit"_s, this))
    , m_version(new QComboBox(this))
    , m_state(new QLabel(this))
    , m_view(makeRecordTable(m_lines, u"claimTable"_s, this))
    , m_totals(new QLabel(this))
    , m_submit(makeButton(tr("&Submit claim…"), u"submitClaimButton"_s, this))
    , m_decision(makeButton(tr("County's &decision…"), u"claimDecisionButton"_s, this))
    , m_payment(makeButton(tr("Subsidy &received…"), u"claimPaymentButton"_s, this))
    , m_child(makeButton(tr("County's list for the &child…"), u"childClaimButton"_s, this))
    , m_export(makeButton(tr("E&xport claim workbook…"), u"exportClaimButton"_s, this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    m_version->setObjectName(u"claimVersionCombo"_s);
    m_version->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_state->setObjectName(u"claimStateLabel"_s);
    m_state->setWordWrap(true);
    m_totals->setObjectName(u"claimTotalsLabel"_s);
    m_view->horizontalHeader()->setStretchLastSection(true);

    auto* monthLabel = new QLabel(tr("&Month:"), this);
    monthLabel->setBuddy(m_month);
    auto* versionLabel = new QLabel(tr("&Version:"), this);
    versionLabel->setBuddy(m_version);
    auto* top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addWidget(versionLabel);
    top->addWidget(m_version);
    top->addStretch();
    top->addWidget(m_export);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_submit);
    buttons->addWidget(m_decision);
    buttons->addWidget(m_payment);
    buttons->addWidget(m_child);
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_state);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_totals);
    layout->addLayout(buttons);
    layout->addWidget(m_message);
    layout->addWidget(m_error);

    connect(m_month, &QDateEdit::dateChanged, this, &OperatingClaimView::reload);
    connect(m_version, &QComboBox::activated, this, [this] {
        showSelected();
        updateButtons();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &OperatingClaimView::updateButtons);
    connect(m_view, &QTableView::activated, this, &OperatingClaimView::recordForChild);
    connect(m_submit, &QPushButton::clicked, this, &OperatingClaimView::submit);
    connect(m_decision, &QPushButton::clicked, this, &OperatingClaimView::recordDecision);
    connect(m_payment, &QPushButton::clicked, this, &OperatingClaimView::recordPayment);
    connect(m_child, &QPushButton::clicked, this, &OperatingClaimView::recordForChild);
    connect(m_export, &QPushButton::clicked, this, &OperatingClaimView::exportWorkbook);
}

Month OperatingClaimView::month() const
{
    return Month::of(m_month->date());
}

void OperatingClaimView::setMonth(Month month)
{
    m_month->setDate(month.firstDay());
}

void OperatingClaimView::reload()
{
    loadVersions();
    showSelected();
    updateButtons();
}

void OperatingClaimView::loadVersions()
{
    const Result<QList<ClaimBatch>> versions = ClaimBatches::versions(m_db, month());
    m_versions = versions.value_or(QList<ClaimBatch>());
    showError(m_error, versions ? QString() : versions.error());
    m_version->clear();
    m_version->addItem(tr("As the rules make it now"), BuiltNow);
    for (int i = 0; i < m_versions.size(); ++i) {
        const ClaimBatch& b = m_versions.at(i);
        m_version->addItem(tr("Version %1: %2").arg(b.version).arg(ClaimStatuses::label(b.status)), i);
    }
    // What was sent when there is something sent; otherwise what would be sent.
    const std::optional<ClaimBatch> latest = latestBatch();
    const bool sent = latest && !latest->openForSubmission();
    m_version->setCurrentIndex(sent ? m_version->count() - 1 : 0);
}

std::optional<ClaimBatch> OperatingClaimView::latestBatch() const
{
    return m_versions.isEmpty() ? std::nullopt : std::optional<ClaimBatch>(m_versions.last());
}

std::optional<ClaimBatch> OperatingClaimView::shownBatch() const
{
    const int index = m_version->currentData().toInt();
    return index == BuiltNow || index >= m_versions.size() ? std::nullopt
                                                           : std::optional<ClaimBatch>(m_versions.at(index));
}

QString OperatingClaimView::describe(const ClaimBatch& b) const
{
    QStringList parts;
    if (b.status == ClaimStatus::Draft)
        parts << tr("Version %1 is a draft, not sent yet.").arg(b.version);
    else
        parts << tr("Version %1 was submitted on %2 by %3; it no longer changes.")
                     .arg(b.version)
                     .arg(QLocale().toString(b.submittedAt.date(), QLocale::ShortFormat), b.submittedBy);
    if (b.approved)
        parts << tr("Approved %1 of %2.").arg(b.approved->toString(), b.totals().amount.toString());
    if (b.paid)
        parts << tr("Received %1; still owed %2.").arg(b.paid->toString(), b.owed().toString());
    if (b.status == ClaimStatus::Returned)
        parts << tr("Returned for correction: %1").arg(b.note);
    return parts.join(u' ');
}

void OperatingClaimView::showSelected()
{
    const std::optional<ClaimBatch> batch = shownBatch();
    QList<ClaimLine> lines;
    if (batch) {
        lines = batch->lines;
        m_state->setText(describe(*batch));
    } else {
        const Result<ClaimBuild> built = ClaimBuilder::build(m_db, month());
        showError(m_error, built ? QString() : built.error());
        if (built)
            lines = built->lines;
        m_state->setText(built && !built->inclusive
                             ? tr("The institution's inclusive recognition does not cover %1: nothing is claimable.")
                                   .arg(month().toString())
                             : tr("The claim as the rules make it now, not saved. Submit it once the month is "
                                  "closed; it is then frozen as the next version."));
    }
    m_lines->setLines(lines);
    const ClaimTotals totals = ClaimTotals::of(lines);
    m_totals->setText(tr("%n child(ren) considered, %1 claimed, subsidy %2.", nullptr, totals.children)
                          .arg(totals.claimable)
                          .arg(totals.amount.toString()));
    if (m_lines->rowCount() > 0)
        m_view->selectRow(0);
}

void OperatingClaimView::updateButtons()
{
    const std::optional<ClaimBatch> latest = latestBatch();
    const ClaimStatus status = latest ? latest->status : ClaimStatus::Draft;
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    const bool final = closed && closed->isClosed(month());
    m_submit->setEnabled(final && (!latest || latest->openForSubmission()));
    m_submit->setToolTip(final ? QString()
                               : tr("Close %1 on the Fees page first: a claim is submitted with the month's final "
                                    "attendance and bills.")
                                     .arg(month().toString()));
    m_decision->setEnabled(status == ClaimStatus::Submitted);
    m_payment->setEnabled(status == ClaimStatus::ApprovedFull || status == ClaimStatus::ApprovedPart);
    // The county's list is about the version it decided on: the latest, shown.
    const std::optional<ClaimBatch> shown = shownBatch();
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const bool decided
        = status == ClaimStatus::ApprovedFull || status == ClaimStatus::ApprovedPart || status == ClaimStatus::Paid;
    m_child->setEnabled(decided && shown && shown->id == latest->id && current.isValid()
                        && m_lines->line(current.row()).claimable());
}

void OperatingClaimView::showOutcome(const Status& status, const QString& message)
{
    showError(m_error, status ? QString() : status.error());
    m_message->setText(status ? message : QString());
}

void OperatingClaimView::submit()
{
    const Month month = this->month();
    const Result<ClaimBuild> built = ClaimBuilder::build(m_db, month);
    if (!built) {
        showOutcome(built.status(), {});
        return;
    }
    const ClaimTotals totals = built->totals();
    if (MessageBox::question(this, tr("Submit the claim for %1").arg(month.toString()),
                             tr("Submit %n child(ren) for %1, %2 in all? The claim is then frozen; a correction the "
                                "county asks for becomes a new version.",
                                nullptr, totals.claimable)
                                 .arg(month.toString(), totals.amount.toString()))
        != QMessageBox::Yes)
        return;
    const Result<ClaimBatch> submitted = ClaimBatches::submit(m_db, month);
    reload();
    showOutcome(submitted.status(),
                submitted
                    ? tr("Version %1 of the claim for %2 is submitted.").arg(submitted->version).arg(month.toString())
                    : QString());
}

void OperatingClaimView::recordDecision()
{
    const std::optional<ClaimBatch> latest = latestBatch();
    if (!latest)
        return;
    ClaimDecisionDialog dialog(m_db, month(), latest->totals().amount, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showOutcome({}, tr("The county's decision on %1 is recorded.").arg(month().toString()));
}

void OperatingClaimView::recordPayment()
{
    const std::optional<ClaimBatch> latest = latestBatch();
    if (!latest || !latest->approved)
        return;
    ClaimPaymentDialog dialog(m_db, month(), *latest->approved, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    showOutcome({}, tr("The subsidy received for %1 is recorded.").arg(month().toString()));
}

void OperatingClaimView::recordForChild()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    if (!m_child->isEnabled() || !current.isValid())
        return;
    const ClaimLine line = m_lines->line(current.row());
    ChildClaimDialog dialog(m_db, month(), line, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    reload();
    const int row = m_lines->rowOf(line.childId);
    if (row >= 0)
        m_view->selectRow(row);
    showOutcome({}, tr("The county's figures for %1 are recorded.").arg(line.name));
}

void OperatingClaimView::exportWorkbook()
{
    const QString suggested = QDir::home().filePath(tr("Operating subsidy claim %1.xlsx").arg(month().toString()));
    const QString path
        = FileDialog::saveFileName(this, tr("Export the claim workbook"), suggested, tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    const Status written = ClaimWorkbook::write(m_db, month(), path);
    showOutcome(written,
                tr("Wrote the claim workbook of %1 to %2.").arg(month().toString(), QDir::toNativeSeparators(path)));
}
