#include "GuardianTable.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace {

enum Column
{
    NameColumn,
    RelationColumn,
    PhoneColumn,
    IdColumn,
    GuardianColumn,
    PickUpColumn,
    ColumnCount
};

QTableWidgetItem* checkItem(bool checked)
{
    auto* item = new QTableWidgetItem;
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return item;
}

} // namespace

GuardianTable::GuardianTable(QWidget* parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, ColumnCount, this))
{
    m_table->setObjectName(u"guardianTable"_s);
    m_table->setHorizontalHeaderLabels(
        {tr("Name"), tr("Relation"), tr("Phone"), tr("ID number"), tr("Guardian"), tr("May pick up")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::itemChanged, this, &GuardianTable::changed);

    auto* add = new QPushButton(tr("&Add person"), this);
    add->setObjectName(u"addGuardianButton"_s);
    auto* remove = new QPushButton(tr("&Remove person"), this);
    remove->setObjectName(u"removeGuardianButton"_s);
    connect(add, &QPushButton::clicked, this, [this] {
        Guardian g;
        g.primary = m_table->rowCount() == 0;
        addRow(g);
        m_table->setCurrentCell(m_table->rowCount() - 1, NameColumn);
        m_table->editItem(m_table->currentItem());
        emit changed();
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0) {
            m_table->removeRow(m_table->currentRow());
            emit changed();
        }
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);
}

void GuardianTable::addRow(const Guardian& g)
{
    const QSignalBlocker quiet(m_table);
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, NameColumn, new QTableWidgetItem(g.name));
    m_table->setItem(row, RelationColumn, new QTableWidgetItem(g.relation));
    m_table->setItem(row, PhoneColumn, new QTableWidgetItem(g.phone));
    m_table->setItem(row, IdColumn, new QTableWidgetItem(g.idNumber));
    m_table->setItem(row, GuardianColumn, checkItem(g.isGuardian));
    m_table->setItem(row, PickUpColumn, checkItem(g.mayPickUp));
}

void GuardianTable::setGuardians(const QList<Guardian>& guardians)
{
    m_table->setRowCount(0);
    for (const Guardian& g : guardians)
        addRow(g);
}

QList<Guardian> GuardianTable::guardians() const
{
    QList<Guardian> list;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        Guardian g;
        g.name = m_table->item(row, NameColumn)->text();
        g.relation = m_table->item(row, RelationColumn)->text();
        g.phone = m_table->item(row, PhoneColumn)->text().trimmed();
        g.idNumber = m_table->item(row, IdColumn)->text().trimmed();
        g.isGuardian = m_table->item(row, GuardianColumn)->checkState() == Qt::Checked;
        g.mayPickUp = m_table->item(row, PickUpColumn)->checkState() == Qt::Checked;
        g.primary = row == 0;
        list.append(g);
    }
    return list;
}
