#include "BillTableModel.h"

#include "ItemRoles.h"

BillTableModel::BillTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BillTableModel::setBills(MonthBills bills, QHash<qint64, Money> paid)
{
    beginResetModel();
    m_bills = std::move(bills);
    m_paid = std::move(paid);
    endResetModel();
}

Money BillTableModel::paidTotal() const
{
    Money sum;
    for (int row = 0; row < rowCount(); ++row)
        sum += paid(row);
    return sum;
}

int BillTableModel::rowOf(qint64 childId) const
{
    for (int row = 0; row < m_bills.children.size(); ++row)
        if (m_bills.children.at(row).childId == childId)
            return row;
    return -1;
}

int BillTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_bills.children.size());
}

int BillTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BillTableModel::state(int row) const
{
    const Money due = bill(row).bill.total();
    const Money received = paid(row);
    if (received >= due)
        return received > due ? tr("Paid ahead") : tr("Paid in full");
    return received.fen() > 0 ? tr("Partly paid") : tr("Unpaid");
}

QVariant BillTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ChildBill& c = bill(index.row());
    const auto money = [role](Money m) { return role == ItemRoles::Raw ? QVariant(m.fen()) : QVariant(m.toString()); };
    if (role == Qt::TextAlignmentRole)
        return index.column() >= DueColumn && index.column() <= OutstandingColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case ChildColumn:
        return c.name;
    case ClassColumn:
        return c.className;
    case DueColumn:
        return money(c.bill.total());
    case PaidColumn:
        return money(paid(index.row()));
    case OutstandingColumn:
        return money(outstanding(index.row()));
    case StateColumn:
        return state(index.row());
    }
    return {};
}

QVariant BillTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChildColumn:
        return tr("Child");
    case ClassColumn:
        return tr("Class");
    case DueColumn:
        return tr("Due");
    case PaidColumn:
        return tr("Paid");
    case OutstandingColumn:
        return tr("Outstanding");
    case StateColumn:
        return tr("State");
    }
    return {};
}
