#include "ChargeItemTableModel.h"

#include "ItemRoles.h"

ChargeItemTableModel::ChargeItemTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChargeItemTableModel::setItems(const QList<ChargeItem>& items, Month month)
{
    beginResetModel();
    m_items = items;
    m_month = month;
    endResetModel();
}

int ChargeItemTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChargeItemTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChargeItemTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChargeItem& item = m_items.at(index.row());
    const std::optional<ChargePrice> price = item.priceIn(m_month);
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case Name:
            return item.name;
        case Price:
            return price ? QVariant(price->amount.fen()) : QVariant();
        case PriceFrom:
            return price ? price->validFrom.toString() : QString();
        case Prices:
            return qsizetype(item.prices.size());
        case Offered:
            return item.active;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Name:
            return item.name;
        case Price:
            return price ? price->amount.toStringWithSymbol() : tr("not yet priced");
        case PriceFrom:
            return price ? price->validFrom.toString() : QString();
        case Prices: {
            QStringList prices;
            for (const ChargePrice& p : item.prices)
                prices << tr("%1 from %2").arg(p.amount.toStringWithSymbol(), p.validFrom.toString());
            return prices.join(tr("; "));
        }
        case Offered:
            return item.active ? tr("Offered") : tr("No longer offered");
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() == Price)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ChargeItemTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Item");
    case Price:
        return tr("Price");
    case PriceFrom:
        return tr("Since");
    case Prices:
        return tr("All prices");
    case Offered:
        return tr("Status");
    }
    return {};
}
