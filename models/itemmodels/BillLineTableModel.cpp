#include "BillLineTableModel.h"

#include "ItemRoles.h"

#include <QFont>

BillLineTableModel::BillLineTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BillLineTableModel::setBill(Bill bill)
{
    beginResetModel();
    m_bill = std::move(bill);
    endResetModel();
}

void BillLineTableModel::clear()
{
    beginResetModel();
    m_bill.reset();
    endResetModel();
}

int BillLineTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() || !m_bill ? 0 : int(m_bill->lines.size()) + 1;
}

int BillLineTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BillLineTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool totalRow = index.row() == m_bill->lines.size();
    if (role == Qt::FontRole && totalRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    if (totalRow) {
        if (index.column() == ItemColumn)
            return tr("Total");
        if (index.column() == AmountColumn)
            return role == ItemRoles::Raw ? QVariant(m_bill->total().fen()) : QVariant(m_bill->total().toString());
        return {};
    }
    const BillLine& line = m_bill->lines.at(index.row());
    switch (index.column()) {
    case ItemColumn:
        return BillLines::label(line.kind);
    case SubjectColumn:
        return line.subject;
    case BasisColumn:
        return line.basis;
    case AmountColumn:
        return role == ItemRoles::Raw ? QVariant(line.amount.fen()) : QVariant(line.amount.toString());
    }
    return {};
}

QVariant BillLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ItemColumn:
        return tr("Item");
    case SubjectColumn:
        return tr("For");
    case BasisColumn:
        return tr("Worked out as");
    case AmountColumn:
        return tr("Amount");
    }
    return {};
}
