#include "AuditPage.h"

#include "access/AuditTrail.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/Database.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

// The newest rows shown at once; the export has no limit.
constexpr int RowLimit = 5000;

// Fills a filter combo with "all" (no data) and the given values, keeping the choice made before when it is still
// there.
void fillChoices(QComboBox* combo, const QString& all, const QStringList& values, QString (*label)(const QString&))
{
    const QString current = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(all, QString());
    for (const QString& value : values)
        combo->addItem(label ? label(value) : value, value);
    combo->setCurrentIndex(std::max(0, combo->findData(current)));
}

} // namespace

AuditPage::AuditPage(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_user(new QComboBox(this))
    , m_recordType(new QComboBox(this))
    , m_dateRange(new QCheckBox(tr("&Between"), this))
    , m_from(makeDateEdit(Clock::today().addDays(-30), u"fromEdit"_s, this))
    , m_to(makeDateEdit(Clock::today(), u"toEdit"_s, this))
    , m_model(new AuditTableModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_view(new QTableView(this))
    , m_count(new QLabel(this))
    , m_verdict(new QLabel(this))
    , m_loadError(makeErrorLabel(this))
{
    setObjectName(u"auditPage"_s);
    m_user->setObjectName(u"userFilter"_s);
    m_recordType->setObjectName(u"recordTypeFilter"_s);
    m_dateRange->setObjectName(u"dateRangeCheck"_s);
    for (QComboBox* combo : {m_user, m_recordType}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(combo, &QComboBox::currentIndexChanged, this, &AuditPage::showEntries);
    }
    connect(m_dateRange, &QCheckBox::toggled, m_from, &QWidget::setEnabled);
    connect(m_dateRange, &QCheckBox::toggled, m_to, &QWidget::setEnabled);
    connect(m_dateRange, &QCheckBox::toggled, this, &AuditPage::showEntries);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setEnabled(false); // until "Between" is ticked
        connect(edit, &QDateEdit::dateChanged, this, &AuditPage::showEntries);
    }

    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ItemRoles::Raw);
    m_view->setObjectName(u"auditTable"_s);
    m_view->setModel(m_proxy);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AuditTableModel::TimeColumn, Qt::DescendingOrder);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setStretchLastSection(true);

    m_count->setObjectName(u"countLabel"_s);
    m_verdict->setObjectName(u"verdictLabel"_s);
    m_verdict->setWordWrap(true);
    auto* verify = new QPushButton(tr("&Verify the audit trail"), this);
    verify->setObjectName(u"verifyButton"_s);
    auto* exportButton = new QPushButton(tr("&Export CSV…"), this);
    exportButton->setObjectName(u"exportButton"_s);
    connect(verify, &QPushButton::clicked, this, &AuditPage::verify);
    connect(exportButton, &QPushButton::clicked, this, &AuditPage::exportCsv);

    auto* filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("User:"), this));
    filters->addWidget(m_user);
    filters->addSpacing(12);
    filters->addWidget(new QLabel(tr("Record type:"), this));
    filters->addWidget(m_recordType);
    filters->addSpacing(12);
    filters->addWidget(m_dateRange);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("and"), this));
    filters->addWidget(m_to);
    filters->addStretch();
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count);
    actions->addWidget(m_verdict, 1);
    actions->addWidget(verify);
    actions->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_loadError);
    layout->addWidget(m_view, 1);
    layout->addLayout(actions);
}

void AuditPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    reload();
}

void AuditPage::reload()
{
    if (const QString problem = refreshChoices(); !problem.isEmpty()) {
        showError(m_loadError, problem);
        return;
    }
    showEntries();
}

QString AuditPage::refreshChoices()
{
    const Result<QStringList> users = AuditLog::users(m_db);
    if (!users)
        return users.error();
    const Result<QStringList> tables = AuditLog::tableNames(m_db);
    if (!tables)
        return tables.error();
    fillChoices(m_user, tr("Everybody"), users.value(), nullptr);
    fillChoices(m_recordType, tr("All records"), tables.value(), &AuditLog::recordTypeLabel);
    return {};
}

AuditFilter AuditPage::filter() const
{
    AuditFilter f;
    f.user = m_user->currentData().toString();
    f.tableName = m_recordType->currentData().toString();
    if (m_dateRange->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    return f;
}

void AuditPage::showEntries()
{
    const Result<QList<AuditEntry>> entries = AuditLog::find(m_db, filter(), RowLimit);
    m_model->setEntries(entries.value_or({}));
    showError(m_loadError, entries ? QString() : entries.error());
    const int shown = m_model->rowCount();
    m_count->setText(shown >= RowLimit
                         ? tr("The newest %1 changes are shown; narrow the filter to see older ones.").arg(RowLimit)
                         : tr("%n change(s)", nullptr, shown));
}

void AuditPage::verify()
{
    const Result<AuditTrail::Verdict> verdict = AuditTrail::verify(m_db.connection());
    if (!verdict) {
        MessageBox::critical(this, tr("Audit trail"), verdict.error());
        return;
    }
    m_verdict->setText(verdict->message);
    m_verdict->setStyleSheet(verdict->intact ? u"color: #1b5e20;"_s : u"color: #b00020;"_s);
    if (!verdict->intact)
        MessageBox::critical(
            this, tr("The audit trail was altered"),
            tr("%1\n\nSomeone changed the database outside DaycareDesk. Keep this file as it is and compare it with "
               "a backup.")
                .arg(verdict->message));
}

void AuditPage::exportCsv()
{
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(u"audit-%1.csv"_s.arg(Clock::today().toString(Qt::ISODate)));
    const QString path
        = FileDialog::saveFileName(this, tr("Export the audit trail"), suggested, tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const Status exported = AuditLog::exportCsv(m_db, filter(), path); !exported) {
        MessageBox::critical(this, tr("Audit trail"), exported.error());
        return;
    }
    reload();
    MessageBox::information(this, tr("Audit trail"),
                            tr("The audit trail was exported to %1.").arg(QDir::toNativeSeparators(path)));
}
