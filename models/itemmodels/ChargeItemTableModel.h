#pragma once

#include "billing/ChargeItemRepository.h"

#include <QAbstractTableModel>

// The items collected on behalf (代收费): each with its price in force in a month, the month that price applies
// from, all its prices, and whether it is still offered.
class ChargeItemTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Price,
        PriceFrom,
        Prices,
        Offered,
        ColumnCount
    };

    explicit ChargeItemTableModel(QObject* parent = nullptr);
    void setItems(const QList<ChargeItem>& items, Month month);
    const ChargeItem& itemAt(int row) const { return m_items.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ChargeItem> m_items;
    Month m_month;
};
