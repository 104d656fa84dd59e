#include "ChildChargesDialog.h"

#include "billing/ChargeItemRepository.h"
#include "common/ErrorLabel.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

ChildChargesDialog::ChildChargesDialog(Database& db, qint64 childId, const QString& childName, QWidget* parent)
    : QDialog(parent)
    , m_db(db)
    , m_childId(childId)
    , m_table(new QTableWidget(0, 3, this))
    , m_item(new QComboBox(this))
    , m_from(new QLineEdit(this))
    , m_to(new QLineEdit(this))
    , m_attach(new QPushButton(tr("&Add to these months"), this))
    , m_detach(new QPushButton(tr("&Remove from these months"), this))
    , m_error(makeErrorLabel(this))
{
    setObjectName(u"childChargesDialog"_s);
    setWindowTitle(tr("Items collected on behalf for %1").arg(childName));
    m_table->setObjectName(u"childChargesTable"_s);
    m_table->setHorizontalHeaderLabels({tr("Month"), tr("Item"), tr("Amount")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_item->setObjectName(u"chargeItemCombo"_s);
    if (const Result<QList<ChargeItem>> items = ChargeItemRepository(db).items()) {
        for (const ChargeItem& item : items.value())
            if (item.active)
                m_item->addItem(item.name, item.id);
    }
    const QString start = ClosedMonths::suggestedStart(db).toString();
    m_from->setObjectName(u"chargeFromEdit"_s);
    m_from->setText(start);
    m_from->setPlaceholderText(tr("YYYY-MM"));
    m_to->setObjectName(u"chargeToEdit"_s);
    m_to->setText(start);
    m_to->setPlaceholderText(tr("YYYY-MM"));
    auto* form = new QFormLayout;
    form->addRow(tr("&Item:"), m_item);
    form->addRow(tr("&From month:"), m_from);
    form->addRow(tr("&To month:"), m_to);

    m_attach->setObjectName(u"attachChargeButton"_s);
    m_detach->setObjectName(u"detachChargeButton"_s);
    connect(m_attach, &QPushButton::clicked, this, [this] { change(&ChargeItemRepository::attach); });
    connect(m_detach, &QPushButton::clicked, this, [this] { change(&ChargeItemRepository::detach); });
    const bool mayEdit = db.actor().may(Permission::EditFees);
    auto* buttons = new QHBoxLayout;
    for (QWidget* w : std::initializer_list<QWidget*> {m_attach, m_detach})
        buttons->addWidget(w);
    buttons->addStretch();
    for (QWidget* w : std::initializer_list<QWidget*> {m_item, m_from, m_to, m_attach, m_detach})
        w->setEnabled(mayEdit);

    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    close->button(QDialogButtonBox::Close)->setObjectName(u"closeButton"_s);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(close);
    resize(520, 480);
    reload();
}

void ChildChargesDialog::reload()
{
    const Result<QList<ChildCharge>> charges = ChargeItemRepository(m_db).childCharges(m_childId);
    const QList<ChildCharge> rows = charges.value_or({});
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < rows.size(); ++row) {
        const ChildCharge& c = rows.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(c.month.toString()));
        m_table->setItem(row, 1, new QTableWidgetItem(c.itemName));
        auto* amount = new QTableWidgetItem(c.amount.toStringWithSymbol());
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, amount);
    }
    showError(m_error, charges ? QString() : charges.error());
}

void ChildChargesDialog::change(Status (ChargeItemRepository::*operation)(qint64, qint64, Month, Month))
{
    const Status done = [&] {
        if (m_item->currentIndex() < 0)
            return Status::failure(tr("Item: no item collected on behalf is offered yet."));
        const Result<Month> from = Month::parse(m_from->text());
        if (!from)
            return Status::failure(tr("From month: %1").arg(from.error()));
        const Result<Month> to = Month::parse(m_to->text());
        if (!to)
            return Status::failure(tr("To month: %1").arg(to.error()));
        ChargeItemRepository items(m_db);
        return (items.*operation)(m_childId, m_item->currentData().toLongLong(), from.value(), to.value());
    }();
    reload();
    if (!done)
        showError(m_error, done.error());
}
