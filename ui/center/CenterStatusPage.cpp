#include "CenterStatusPage.h"

#include "center/CenterFindings.h"
#include "center/CenterMonth.h"
#include "center/CenterRollUp.h"
#include "common/Clock.h"
#include "common/Controls.h"
#include "common/ErrorLabel.h"
#include "common/RecordTable.h"
#include "itemmodels/CenterFigureColumns.h"
#include "itemmodels/CenterFindingTableModel.h"
#include "itemmodels/CenterMonthTableModel.h"
#include "itemmodels/CenterSenderTableModel.h"
#include "itemmodels/CenterTotalsTableModel.h"
#include "reports/SignedExportFlow.h"
#include "store/Database.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

CenterStatusPage::CenterStatusPage(Database& db, InstitutionType centerType, QWidget* parent)
    : CenterMonthPage(u"centerMonthEdit"_s, parent)
    , m_db(db)
    , m_centerType(centerType)
    , m_due(new QLabel(this))
    , m_rows(new CenterMonthTableModel(this))
    , m_byCounty(new CenterTotalsTableModel(CenterTotalsTableModel::Grouping::County, this))
    , m_byType(new CenterTotalsTableModel(CenterTotalsTableModel::Grouping::Type, this))
    , m_byTownship(new CenterTotalsTableModel(CenterTotalsTableModel::Grouping::Township, this))
    , m_overall(new CenterTotalsTableModel(CenterTotalsTableModel::Grouping::Overall, this))
    , m_findings(new CenterFindingTableModel(this))
    , m_senders(new CenterSenderTableModel(this))
    , m_rowTable(makeRecordTable(m_rows, u"centerMonthTable"_s, this))
    , m_tabs(new QTabWidget(this))
    , m_exportRollUp(makeButton(tr("E&xport roll-up…"), u"exportRollUpButton"_s, this))
    , m_message(makeMessageLabel(this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"centerStatusPage"_s);
    const bool city = centerType == InstitutionType::CityCenter;
    m_rowTable->setColumnHidden(CenterMonthTableModel::ViaColumn, !city);
    // The money column is last: stretched, its amounts would stand a screen away from the other figures.
    m_rowTable->horizontalHeader()->setStretchLastSection(false);
    m_due->setObjectName(u"dueDateLabel"_s);

    // Only a county center sends a roll-up; the city is where they go.
    m_exportRollUp->setVisible(centerType == InstitutionType::CountyCenter);
    m_exportRollUp->setToolTip(tr("Sign the month's figures of every institution with the center's key and write "
                                  "the file for the city, with its workbook."));
    connect(m_exportRollUp, &QPushButton::clicked, this, &CenterStatusPage::exportRollUp);

    QHBoxLayout* top = makeMonthRow();
    top->addSpacing(12);
    top->addWidget(m_due, 1);
    top->addWidget(m_exportRollUp);

    m_tabs->setObjectName(u"centerTotalsTabs"_s);
    addTotalsTab(m_byCounty, tr("By &county"), u"byCountyTable"_s);
    addTotalsTab(m_byType, tr("By &type"), u"byTypeTable"_s);
    // The home-visit teams by township: only their own figures mean anything there.
    QTableView* townships = addTotalsTab(m_byTownship, tr("Home visits by to&wnship"), u"byTownshipTable"_s);
    for (int column = 0; column < CenterFigureColumns::Count; ++column)
        townships->setColumnHidden(CenterTotalsTableModel::FirstFigureColumn + column,
                                   !CenterFigureColumns::isOutreach(column));
    addTotalsTab(m_overall, tr("&Overall"), u"overallTable"_s);
    m_findingsTab = m_tabs->addTab(makeRecordTable(m_findings, u"findingTable"_s, this), tr("&Findings"));
    // Who sent what when: for the city its county centers, for a county its institutions, late arrivals marked.
    m_tabs->addTab(makeRecordTable(m_senders, u"senderTable"_s, this),
                   city ? tr("County cente&rs") : tr("Reports &received"));

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_rowTable);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);
}

QTableView* CenterStatusPage::addTotalsTab(CenterTotalsTableModel* model, const QString& title,
                                           const QString& objectName)
{
    QTableView* table = makeRecordTable(model, objectName, this);
    table->horizontalHeader()->setStretchLastSection(false);
    m_tabs->addTab(table, title);
    return table;
}

void CenterStatusPage::reload()
{
    const Result<CenterMonth> loaded = CenterMonth::load(m_db, month());
    const Result<QList<CenterFinding>> findings = CenterFindings::find(m_db, month());
    QStringList errors {loaded ? QString() : loaded.error(), findings ? QString() : findings.error()};
    errors.removeAll(QString());
    showError(m_error, errors.join(u'\n'));
    const CenterMonth state = loaded.value_or(CenterMonth());
    m_rows->setRows(state.rows);
    m_byCounty->setTotals(state.byCounty);
    m_byType->setTotals(state.byType);
    m_byTownship->setTotals(state.byTownship);
    m_overall->setTotals(loaded ? QList<CenterGroupTotal> {{QString(), state.total}} : QList<CenterGroupTotal>());
    m_findings->setFindings(findings.value_or(QList<CenterFinding>()));
    m_senders->setSenders(state.senders);
    QString due = !loaded ? QString()
                          : tr("%1 of %2 institutions reported; reports of %3 are due by %4.")
                                .arg(state.total.reported)
                                .arg(state.total.institutions)
                                .arg(month().toString(), state.dueDate.toString(Qt::ISODate));
    if (state.total.outreachChildren > 0)
        due += u' '
            + tr("Children under three reached: %1 in care + %2 visited at home = %3.")
                  .arg(QLocale().toString(state.total.enrolled), QLocale().toString(state.total.outreachChildren),
                       QLocale().toString(state.total.childrenReached()));
    m_due->setText(due);
    // "None" says the checks ran and found nothing, which an empty table alone does not.
    m_tabs->setTabText(m_findingsTab,
                       !findings                 ? tr("&Findings")
                           : findings->isEmpty() ? tr("&Findings (none)")
                                                 : tr("&Findings (%1)").arg(findings->size()));
    for (QTableView* table : findChildren<QTableView*>())
        table->resizeColumnsToContents();
}

void CenterStatusPage::exportRollUp()
{
    const Month chosen = month();
    QString error;
    const std::optional<ExportedReport> exported = SignedExportFlow::run(
        m_db, this,
        {tr("The center has no signing key yet. Its head makes it under Institution & settings → Data safety and "
            "signing."),
         tr("Export the roll-up of %1 into").arg(chosen.toString()),
         tr("Sign the roll-up of %1").arg(chosen.toString()),
         tr("The roll-up is signed with the center's key, so the city knows it comes from you unchanged. Type its "
            "passphrase.")},
        [&](const QString& passphrase, const QString& folder) {
            return CenterRollUp::exportMonth(m_db, chosen, passphrase, folder);
        },
        error);
    showError(m_error, error);
    if (!exported)
        return;
    m_message->setText(SignedExportFlow::writtenMessage(*exported, tr("the roll-up of %1").arg(chosen.toString())));
}
