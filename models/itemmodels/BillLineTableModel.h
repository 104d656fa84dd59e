#pragma once

#include "billing/Bill.h"

#include <QAbstractTableModel>

// The lines of one bill with how each was worked out, and the total as the last row.
class BillLineTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ItemColumn,
        SubjectColumn,
        BasisColumn,
        AmountColumn,
        ColumnCount
    };

    explicit BillLineTableModel(QObject* parent = nullptr);
    void setBill(Bill bill);
    void clear();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::optional<Bill> m_bill;
};
