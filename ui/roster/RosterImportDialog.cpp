#include "RosterImportDialog.h"

#include "common/FileDialog.h"
#include "common/MessageBox.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

RosterImportDialog::RosterImportDialog(Database& db, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_summary(new QLabel(this))
    , m_problems(new QTableWidget(0, 5, this))
    , m_import(new QPushButton(tr("&Import"), this))
{
    setObjectName(u"rosterImportDialog"_s);
    setWindowTitle(tr("Import children from a spreadsheet"));
    auto* help = new QLabel(tr("Save the sheet from Excel or WPS as CSV. The first row names the columns, in Chinese "
                               "or English and in any order: 姓名, 性别, 出生日期, 身份证号, 孩次, 班级, 托育类型, "
                               "入托日期, and if you have them 离托日期, 监护人, 联系电话, 户籍, 监护人同意日期, 备注. "
                               "A child whose ID number is already recorded is updated."),
                            this);
    help->setWordWrap(true);
    m_summary->setObjectName(u"importSummaryLabel"_s);
    m_summary->setWordWrap(true);
    m_problems->setObjectName(u"importProblemsTable"_s);
    m_problems->setHorizontalHeaderLabels({tr("Kind"), tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    m_problems->verticalHeader()->hide();
    m_problems->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_problems->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_problems->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_problems->horizontalHeader()->setStretchLastSection(true);
    m_problems->setWordWrap(false);

    auto* buttons = new QDialogButtonBox(this);
    auto* choose = buttons->addButton(tr("Choose &file…"), QDialogButtonBox::ActionRole);
    choose->setObjectName(u"chooseFileButton"_s);
    m_import->setObjectName(u"importButton"_s);
    m_import->setEnabled(false);
    buttons->addButton(m_import, QDialogButtonBox::AcceptRole);
    auto* close = buttons->addButton(QDialogButtonBox::Close);
    close->setObjectName(u"closeButton"_s);
    connect(choose, &QPushButton::clicked, this, &RosterImportDialog::chooseFile);
    connect(m_import, &QPushButton::clicked, this, &RosterImportDialog::import);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(help);
    layout->addWidget(m_summary);
    layout->addWidget(m_problems, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

bool RosterImportDialog::chooseFile()
{
    const QString path = FileDialog::openFileName(this, tr("Roster file"), QDir::homePath(),
                                                  tr("Spreadsheet saved as CSV (*.csv *.txt);;All files (*)"));
    if (path.isEmpty())
        return false;
    preview(path);
    return true;
}

void RosterImportDialog::preview(const QString& path)
{
    const Result<RosterImportPlan> plan = RosterImport::preview(m_db, path);
    if (!plan) {
        m_plan = {};
        m_summary->setText(plan.error());
        m_problems->setRowCount(0);
        m_import->setEnabled(false);
        return;
    }
    m_plan = plan.value();
    int adds = 0;
    for (const PlannedChild& child : m_plan.children)
        adds += child.isUpdate() ? 0 : 1;
    const int updates = int(m_plan.children.size()) - adds;
    const ImportReport& r = m_plan.report;
    const QString file = tr("%1 (%2): ").arg(QFileInfo(path).fileName(), CsvReader::encodingName(m_plan.encoding));
    QString text;
    if (r.ok()) {
        text = file + tr("children to add: %1, to update: %2").arg(adds).arg(updates);
        if (!r.warnings.isEmpty())
            text += u", "_s + tr("%n warning(s)", nullptr, int(r.warnings.size()));
        text += u". "_s + tr("Press Import to write them.");
    } else {
        text = file
            + tr("%n problem(s) must be corrected in the file first; nothing is imported until then.", nullptr,
                 int(r.errors.size()));
    }
    m_summary->setText(text);
    showProblems();
    m_import->setEnabled(r.ok() && !m_plan.children.isEmpty());
}

void RosterImportDialog::showProblems()
{
    m_problems->setRowCount(0);
    auto add = [this](const QString& kind, const FieldError& e) {
        const int row = m_problems->rowCount();
        m_problems->insertRow(row);
        const QStringList cells = {kind, e.row > 0 ? QString::number(e.row) : QString(), e.field, e.value, e.message};
        for (int column = 0; column < cells.size(); ++column) {
            auto* item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_problems->setItem(row, column, item);
        }
    };
    for (const FieldError& e : m_plan.report.errors)
        add(tr("Error"), e);
    for (const FieldError& e : m_plan.report.warnings)
        add(tr("Warning"), e);
}

void RosterImportDialog::import()
{
    const Result<ImportReport> done = RosterImport::apply(m_db, m_plan);
    if (!done) {
        MessageBox::critical(this, tr("Nothing imported"), done.error());
        return;
    }
    MessageBox::information(this, tr("Roster imported"),
                            tr("Children added: %1, updated: %2.").arg(done->added).arg(done->updated));
    accept();
}
