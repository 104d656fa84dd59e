#include "ArrearsTableModel.h"

#include "ItemRoles.h"

ArrearsTableModel::ArrearsTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ArrearsTableModel::setArrears(ArrearsList arrears)
{
    beginResetModel();
    m_arrears = std::move(arrears);
    endResetModel();
}

int ArrearsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_arrears.rows.size());
}

int ArrearsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ArrearsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ArrearsRow& r = m_arrears.rows.at(index.row());
    const auto money = [role](Money m) { return role == ItemRoles::Raw ? QVariant(m.fen()) : QVariant(m.toString()); };
    if (role == Qt::TextAlignmentRole && index.column() >= BilledColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case MonthColumn:
        return r.month.toString();
    case ChildColumn:
        return r.name;
    case BilledColumn:
        return money(r.billed);
    case PaidColumn:
        return money(r.paid);
    case OutstandingColumn:
        return money(r.outstanding());
    }
    return {};
}

QVariant ArrearsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case ChildColumn:
        return tr("Child");
    case BilledColumn:
        return tr("Billed");
    case PaidColumn:
        return tr("Paid");
    case OutstandingColumn:
        return tr("Outstanding");
    }
    return {};
}
