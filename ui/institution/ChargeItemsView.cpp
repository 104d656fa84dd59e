#include "ChargeItemsView.h"

#include "ChargeItemDialog.h"
#include "common/Clock.h"
#include "common/ErrorLabel.h"
#include "common/MessageBox.h"
#include "itemmodels/ChargeItemTableModel.h"
#include "store/Database.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChargeItemsView::ChargeItemsView(Database& db, QWidget* parent)
    : QWidget(parent)
    , m_db(db)
    , m_month(Month::of(Clock::today()))
    , m_model(new ChargeItemTableModel(this))
    , m_table(new QTableView(this))
    , m_add(new QPushButton(tr("&Add item…"), this))
    , m_changePrice(new QPushButton(tr("Change &price…"), this))
    , m_deactivate(new QPushButton(tr("Stop &offering"), this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"chargeItemsView"_s);
    m_table->setObjectName(u"chargeItemTable"_s);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ChargeItemsView::updateButtons);

    m_add->setObjectName(u"addChargeItemButton"_s);
    m_changePrice->setObjectName(u"changeChargePriceButton"_s);
    m_deactivate->setObjectName(u"deactivateChargeItemButton"_s);
    connect(m_add, &QPushButton::clicked, this, &ChargeItemsView::add);
    connect(m_changePrice, &QPushButton::clicked, this, &ChargeItemsView::changePrice);
    connect(m_deactivate, &QPushButton::clicked, this, &ChargeItemsView::deactivate);
    auto* buttons = new QHBoxLayout;
    for (QPushButton* button : {m_add, m_changePrice, m_deactivate}) {
        button->setVisible(db.actor().may(Permission::EditPolicy));
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    reload();
}

void ChargeItemsView::setMonth(Month month)
{
    m_month = month;
    reload();
}

void ChargeItemsView::reload()
{
    const Result<QList<ChargeItem>> items = ChargeItemRepository(m_db).items();
    m_model->setItems(items.value_or({}), m_month);
    showError(m_error, items ? QString() : items.error());
    updateButtons();
}

int ChargeItemsView::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.first().row();
}

void ChargeItemsView::updateButtons()
{
    const int row = selectedRow();
    m_changePrice->setEnabled(row >= 0);
    m_deactivate->setEnabled(row >= 0 && m_model->itemAt(row).active);
}

void ChargeItemsView::add()
{
    ChargeItemDialog dialog(m_db, ChargeItem {}, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ChargeItemsView::changePrice()
{
    if (selectedRow() < 0)
        return;
    ChargeItemDialog dialog(m_db, m_model->itemAt(selectedRow()), this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void ChargeItemsView::deactivate()
{
    if (selectedRow() < 0)
        return;
    const ChargeItem item = m_model->itemAt(selectedRow());
    if (MessageBox::question(this, tr("Stop offering %1").arg(item.name),
                             tr("%1 can no longer be chosen for a child. The months already chosen stay on the bills "
                                "until they are removed.")
                                 .arg(item.name))
        != QMessageBox::Yes)
        return;
    const Status done = ChargeItemRepository(m_db).deactivate(item.id);
    reload();
    showError(m_error, done ? QString() : done.error());
}
