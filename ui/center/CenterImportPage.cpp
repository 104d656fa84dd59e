#include "CenterImportPage.h"

#include "RegisterKeyDialog.h"
#include "center/CenterImport.h"
#include "center/CenterImportLog.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/FileDialog.h"
#include "common/RecordTable.h"
#include "itemmodels/ImportLogTableModel.h"
#include "itemmodels/ImportedFileTableModel.h"
#include "reports/ReportFile.h"

#include <QDirIterator>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QFrame>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The local files a drag carries; empty when it carries none (text, a web link).
QStringList localPaths(const QMimeData* mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl& url : mime->urls())
        if (url.isLocalFile())
            paths << url.toLocalFile();
    return paths;
}

// A folder stands for every report file under it, in a stable order; a file stands for itself, whatever its name,
// so a file that is not a report is refused with its reason rather than silently left out.
QStringList expandFolders(const QStringList& paths)
{
    QStringList files;
    for (const QString& path : paths) {
        if (!QFileInfo(path).isDir()) {
            files << path;
            continue;
        }
        QStringList found;
        QDirIterator it(path, {u"*"_s + ReportFile::FileSuffix}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext())
            found << it.next();
        found.sort();
        files << found;
    }
    return files;
}

} // namespace

CenterImportPage::CenterImportPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_results(new ImportedFileTableModel(this))
    , m_log(new ImportLogTableModel(this))
    , m_resultTable(makeRecordTable(m_results, u"importResultTable"_s, this))
    , m_logTable(makeRecordTable(m_log, u"importLogTable"_s, this))
    , m_registerHeld(makeButton(tr("Register this &institution…"), u"registerHeldButton"_s, this))
    , m_summary(new QLabel(this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"centerImportPage"_s);
    setAcceptDrops(true);

    auto* dropArea = new QFrame(this);
    m_dropArea = dropArea;
    dropArea->setObjectName(u"dropArea"_s);
    dropArea->setFrameShape(QFrame::StyledPanel);
    // Blue while files are dragged over the page, so the clerk sees they will be taken.
    dropArea->setStyleSheet(u"QFrame#dropArea { border: 2px dashed #90a4ae; border-radius: 6px; }"
                            "QFrame#dropArea[dragOver=\"true\"] { border-color: #1e88e5; background: #e3f2fd; }"_s);
    auto* dropText = new QLabel(tr("Drop report files (*.ddreport.json) or whole folders here, or"), dropArea);
    dropText->setWordWrap(true);
    auto* choose = makeButton(tr("&Choose files…"), u"chooseFilesButton"_s, dropArea);
    connect(choose, &QPushButton::clicked, this, &CenterImportPage::chooseFiles);
    auto* dropLayout = new QHBoxLayout(dropArea);
    dropLayout->setContentsMargins(16, 14, 16, 14);
    dropLayout->addWidget(dropText, 1);
    dropLayout->addWidget(choose);

    m_summary->setObjectName(u"importSummary"_s);
    QFont bold = m_summary->font();
    bold.setBold(true);
    m_summary->setFont(bold);
    m_registerHeld->setVisible(false);
    m_registerHeld->setToolTip(tr("Register the key of the institution whose files are held; they are then "
                                  "imported."));
    connect(m_registerHeld, &QPushButton::clicked, this, &CenterImportPage::registerHeld);

    auto* resultsBox = new QGroupBox(tr("This import"), this);
    auto* summaryLine = new QHBoxLayout;
    summaryLine->addWidget(m_summary, 1);
    summaryLine->addWidget(m_registerHeld);
    auto* resultsLayout = new QVBoxLayout(resultsBox);
    resultsLayout->addLayout(summaryLine);
    resultsLayout->addWidget(m_resultTable);

    auto* logBox = new QGroupBox(tr("Import log"), this);
    auto* logLayout = new QVBoxLayout(logBox);
    logLayout->addWidget(m_logTable);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(dropArea);
    layout->addWidget(m_error);
    layout->addWidget(m_message);
    layout->addWidget(resultsBox, 2);
    layout->addWidget(logBox, 3);
    showSummary();
}

void CenterImportPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void CenterImportPage::reload()
{
    const Result<QList<ImportLogLine>> lines = CenterImportLog::recent(m_db);
    showError(m_error, lines ? QString() : lines.error());
    m_log->setLines(lines.value_or(QList<ImportLogLine>()));
    m_logTable->resizeColumnsToContents();
}

void CenterImportPage::dragEnterEvent(QDragEnterEvent* event)
{
    if (localPaths(event->mimeData()).isEmpty())
        return;
    event->acceptProposedAction();
    setDragOver(true);
}

void CenterImportPage::dragLeaveEvent(QDragLeaveEvent* event)
{
    setDragOver(false);
    QWidget::dragLeaveEvent(event);
}

void CenterImportPage::setDragOver(bool over)
{
    m_dropArea->setProperty("dragOver", over);
    // A style sheet reads a dynamic property only when it is polished again.
    m_dropArea->style()->unpolish(m_dropArea);
    m_dropArea->style()->polish(m_dropArea);
}

void CenterImportPage::dropEvent(QDropEvent* event)
{
    setDragOver(false);
    const QStringList paths = localPaths(event->mimeData());
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    importPaths(paths);
}

void CenterImportPage::chooseFiles()
{
    const QStringList files = FileDialog::openFileNames(
        this, tr("Import report files"), QStandardPaths::writableLocation(QStandardPaths::DownloadLocation),
        tr("Report files (*%1);;All files (*)").arg(ReportFile::FileSuffix));
    if (!files.isEmpty())
        importPaths(files);
}

void CenterImportPage::importPaths(const QStringList& paths)
{
    m_message->clear();
    const QStringList files = expandFolders(paths);
    // Files held for a key registered since go first, so the month's revisions arrive in the order they were sent.
    Result<QList<ImportedFile>> results = CenterImport::retryHeld(m_db);
    if (results) {
        const Result<QList<ImportedFile>> offered = CenterImport::importFiles(m_db, files);
        results = offered ? Result<QList<ImportedFile>>(*results + *offered) : offered;
    }
    showError(m_error, results ? QString() : results.error());
    m_results->setFiles(results.value_or(QList<ImportedFile>()));
    m_resultTable->resizeColumnsToContents();
    if (files.isEmpty())
        m_message->setText(tr("No report files (*%1) were found in what was dropped.").arg(ReportFile::FileSuffix));
    showSummary();
    reload();
    emit imported();
}

void CenterImportPage::showSummary()
{
    using V = ImportedFile::Verdict;
    QStringList parts;
    auto add = [&](int count, const QString& text) {
        if (count > 0)
            parts << text;
    };
    const int imported = m_results->count(V::Imported);
    const int superseding = m_results->count(V::Superseding);
    const int older = m_results->count(V::OlderRevision);
    const int again = m_results->count(V::AlreadyImported);
    const int held = m_results->count(V::Held);
    const int rejected = m_results->count(V::Rejected);
    add(imported, tr("%n imported", nullptr, imported));
    add(superseding, tr("%n replacing an earlier revision", nullptr, superseding));
    add(older, tr("%n older revision(s) kept", nullptr, older));
    add(again, tr("%n already imported", nullptr, again));
    add(held, tr("%n held", nullptr, held));
    add(rejected, tr("%n rejected", nullptr, rejected));
    m_summary->setText(parts.isEmpty() ? tr("No files imported yet in this session.") : parts.join(tr(", ")));
    m_registerHeld->setVisible(held > 0);
}

void CenterImportPage::registerHeld()
{
    const std::optional<RegisterKeyDialog::Done> done = RegisterKeyDialog::registerFromFile(m_db, this);
    if (!done)
        return;
    m_message->setText(done->message);
    // The held rows of this import now say what became of their files.
    m_results->replaceFiles(done->retried);
    m_resultTable->resizeColumnsToContents();
    showSummary();
    reload();
    emit imported();
}
