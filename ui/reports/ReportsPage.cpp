#include "ReportsPage.h"

#include "PassphraseDialog.h"
#include "ReportVerification.h"
#include "SigningKeyBox.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/FileDialog.h"
#include "common/RecordTable.h"
#include "itemmodels/ReportTableModel.h"
#include "print/PrintOutput.h"
#include "reports/InstitutionKeys.h"
#include "reports/MonthlyReports.h"
#include "store/Database.h"

#include <QDir>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ReportsPage::ReportsPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_model(new ReportTableModel(this))
    , m_table(makeRecordTable(m_model, u"reportTable"_s, this))
    , m_export(makeButton(tr("&Export the selected month's report…"), u"exportReportButton"_s, this))
    , m_printSummary(makeButton(tr("&Print summary…"), u"printSummaryButton"_s, this))
    , m_saveSummary(makeButton(tr("Save summary as P&DF…"), u"saveSummaryButton"_s, this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"reportsPage"_s);
    auto* intro = new QLabel(tr("Each closed month is reported to the county as a signed file, with a workbook of "
                                "the same figures beside it. A month reopened and closed again, or changed after "
                                "its export, is exported as the next revision, which names the one before."),
                             this);
    intro->setWordWrap(true);
    auto* verify = makeButton(tr("&Verify a report file…"), u"verifyReportButton"_s, this);
    connect(m_export, &QPushButton::clicked, this, &ReportsPage::exportSelected);
    connect(verify, &QPushButton::clicked, this, [this] { ReportVerification::run(m_db, this); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ReportsPage::updateButtons);
    connect(m_printSummary, &QPushButton::clicked, this, [this] {
        if (const std::optional<ReportSummaryForm> form = selectedSummary())
            PrintOutput::preview(this, summaryTitle(),
                                 [&form](QPagedPaintDevice& device) { return form->print(device); });
    });
    connect(m_saveSummary, &QPushButton::clicked, this, [this] {
        if (const std::optional<ReportSummaryForm> form = selectedSummary())
            PrintOutput::saveAsPdfAsking(this, summaryTitle(),
                                         [&form](QPagedPaintDevice& device) { return form->print(device); });
    });

    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_export);
    buttons->addWidget(verify);
    buttons->addStretch();
    buttons->addWidget(m_printSummary);
    buttons->addWidget(m_saveSummary);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
}

void ReportsPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void ReportsPage::reload()
{
    const MonthReport* selected = m_model->reportAt(m_table->currentIndex().row());
    const Month keep = selected ? selected->month : Month();
    const Result<QList<MonthReport>> reports = MonthlyReports::overview(m_db);
    showError(m_error, reports ? QString() : reports.error());
    m_model->setReports(reports ? reports.value() : QList<MonthReport>());
    m_table->resizeColumnsToContents();
    // The month chosen before, else the newest; on its latest revision.
    const MonthReport* newest = m_model->reportAt(0);
    const int row = m_model->rowOfMonth(keep.isValid() ? keep : newest ? newest->month : Month());
    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(std::max(row, 0), 0));
    updateButtons();
}

void ReportsPage::updateButtons()
{
    const MonthReport* report = m_model->reportAt(m_table->currentIndex().row());
    const bool reopened = report && report->state == ReportState::Reopened;
    m_export->setEnabled(report && !reopened);
    m_export->setToolTip(!report ? tr("Choose a month first.")
                             : reopened
                             ? tr("%1 is open again: close it on the Fees page first.").arg(report->month.toString())
                             : QString());
    // A paper copy is made from a signed file only, so it always matches one the county can have.
    const bool exported = m_model->revisionAt(m_table->currentIndex().row()) != nullptr;
    for (QPushButton* button : {m_printSummary, m_saveSummary}) {
        button->setEnabled(exported);
        button->setToolTip(!report ? tr("Choose a month first.")
                               : exported
                               ? QString()
                               : tr("%1 has not been exported yet: its summary is printed from the signed file, so "
                                    "the paper matches what the county receives.")
                                     .arg(report->month.toString()));
    }
}

void ReportsPage::exportSelected()
{
    const MonthReport* report = m_model->reportAt(m_table->currentIndex().row());
    if (!report)
        return;
    const Month month = report->month;
    // Databases made before reports were signed get their key on first use.
    std::optional<QString> newKeyPassphrase;
    if (const Result<std::optional<KeyInfo>> key = InstitutionKeys(m_db).current(); key && !key.value()) {
        if (!m_db.actor().may(Permission::ManageKeys)) {
            showError(m_error,
                      tr("The institution has no signing key yet. The director makes it under Institution "
                         "& settings → Data safety and signing."));
            return;
        }
        newKeyPassphrase = SigningKeyBox::makeFirstKey(m_db, this);
        if (!newKeyPassphrase)
            return;
    }
    const QString folder = FileDialog::directory(this, tr("Export the report of %1 into").arg(month.toString()),
                                                 QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation));
    if (folder.isEmpty())
        return;
    std::optional<ExportedReport> exported;
    auto run = [&](const QString& passphrase) -> Status {
        const Result<ExportedReport> result = MonthlyReports::exportMonth(m_db, month, passphrase, folder);
        if (result)
            exported = result.value();
        return result.status();
    };
    if (report->state == ReportState::Exported || newKeyPassphrase) {
        // The stored files are written again, nothing being signed; or the key was just made with its passphrase.
        if (Status written = run(newKeyPassphrase.value_or(QString())); !written) {
            showError(m_error, written.error());
            return;
        }
    } else {
        const int next = report->revisions.isEmpty() ? 1 : report->revisions.last().revision + 1;
        PassphraseDialog dialog(
            PassphraseDialog::Current, tr("Sign the report of %1").arg(month.toString()),
            tr("Revision %1 of %2 is signed with the institution's key. Type its passphrase.")
                .arg(next)
                .arg(month.toString()),
            [&](const QString& passphrase, const QString&) { return run(passphrase); }, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
    }
    showError(m_error, QString());
    const QString reportFile = QDir::toNativeSeparators(exported->reportPath);
    const QString workbook = QDir::toNativeSeparators(exported->workbookPath);
    m_message->setText(exported->newRevision
                           ? tr("Wrote revision %1 of %2: %3, and its workbook %4.")
                                 .arg(exported->revision.revision)
                                 .arg(month.toString(), reportFile, workbook)
                           : tr("%1 has not changed since revision %2; wrote that revision again: %3, and its "
                                "workbook %4.")
                                 .arg(month.toString())
                                 .arg(exported->revision.revision)
                                 .arg(reportFile, workbook));
    reload();
}

std::optional<ReportSummaryForm> ReportsPage::selectedSummary()
{
    const ReportRevision* revision = m_model->revisionAt(m_table->currentIndex().row());
    if (!revision)
        return std::nullopt;
    const Result<RevisionSummary> summary = RevisionSummary::load(m_db, revision->month, revision->revision);
    showError(m_error, summary ? QString() : summary.error());
    if (!summary)
        return std::nullopt;
    return ReportSummaryForm(summary.value());
}

QString ReportsPage::summaryTitle() const
{
    const ReportRevision* revision = m_model->revisionAt(m_table->currentIndex().row());
    return revision ? tr("Monthly report %1 revision %2").arg(revision->month.toString()).arg(revision->revision)
                    : QString();
}
