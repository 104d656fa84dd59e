#include "FeeScheduleView.h"

#include "ChargeItemsView.h"
#include "PolicyValueDialog.h"
#include "common/Clock.h"
#include "common/ErrorLabel.h"
#include "common/Controls.h"
#include "common/PolicyKey.h"
#include "common/RecordTable.h"
#include "itemmodels/PolicyTableModel.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QDateEdit>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

FeeScheduleView::FeeScheduleView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_month(makeMonthEdit(Month::of(Clock::today()), u"feeMonthEdit"_s, this))
    , m_inForce(new PolicyTableModel(this))
    , m_history(new PolicyTableModel(this))
    , m_table(makeRecordTable(m_inForce, u"feeTable"_s, this))
    , m_change(new QPushButton(tr("&Change…"), this))
    , m_items(new ChargeItemsView(db, this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"feeScheduleView"_s);
    connect(m_month, &QDateEdit::dateChanged, this, &FeeScheduleView::reload);
    auto* monthLabel = new QLabel(tr("Fees in force in &month:"), this);
    monthLabel->setBuddy(m_month);
    auto* top = new QHBoxLayout;
    top->addWidget(monthLabel);
    top->addWidget(m_month);
    top->addStretch();

    auto* feesBox
        = new QGroupBox(tr("Fee parameters (a change applies from a month on; closed months keep theirs)"), this);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &FeeScheduleView::showHistory);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_change->isVisible())
            changeValue();
    });
    m_change->setObjectName(u"changeFeeButton"_s);
    m_change->setVisible(db.actor().may(Permission::EditPolicy));
    connect(m_change, &QPushButton::clicked, this, &FeeScheduleView::changeValue);
    auto* historyLabel = new QLabel(tr("History of the chosen parameter:"), this);
    auto* feesLayout = new QVBoxLayout(feesBox);
    feesLayout->addWidget(m_table, 2);
    feesLayout->addWidget(m_change, 0, Qt::AlignLeft);
    feesLayout->addWidget(historyLabel);
    feesLayout->addWidget(makeRecordTable(m_history, u"feeHistoryTable"_s, this), 1);

    auto* itemsBox = new QGroupBox(tr("Items collected on behalf (代收费)"), this);
    auto* itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->addWidget(m_items);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_error);
    layout->addWidget(feesBox, 3);
    layout->addWidget(itemsBox, 2);
    reload();
}

Month FeeScheduleView::month() const
{
    return Month::of(m_month->date());
}

void FeeScheduleView::setMonth(Month month)
{
    m_month->setDate(month.firstDay());
}

void FeeScheduleView::reload()
{
    const QString selected = selectedKey();
    const Result<PolicyParameters> loaded = PolicyRepository(m_db).load();
    showError(m_error, loaded ? QString() : loaded.error());
    m_parameters = loaded.value_or(PolicyParameters());
    m_inForce->setInForce(m_parameters, month(), PolicyKey::FeePrefix);
    // The parameter chosen before stays chosen; at first the first one is, so its history shows.
    int chosen = m_inForce->rowCount() > 0 ? 0 : -1;
    for (int row = 0; row < m_inForce->rowCount(); ++row) {
        if (m_inForce->valueAt(row).key == selected)
            chosen = row;
    }
    if (chosen >= 0)
        m_table->selectRow(chosen);
    showHistory();
    m_items->setMonth(month());
}

QString FeeScheduleView::selectedKey() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_inForce->valueAt(rows.first().row()).key;
}

void FeeScheduleView::showHistory()
{
    const QString key = selectedKey();
    m_history->setHistory(m_parameters, key);
    m_change->setEnabled(!key.isEmpty());
}

void FeeScheduleView::changeValue()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    PolicyValueDialog dialog(m_db, m_inForce->valueAt(rows.first().row()), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}
