#pragma once

#include "billing/Arrears.h"

#include <QAbstractTableModel>

// The arrears: each unpaid or partly paid bill of a closed month, by month then name.
class ArrearsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MonthColumn,
        ChildColumn,
        BilledColumn,
        PaidColumn,
        OutstandingColumn,
        ColumnCount
    };

    explicit ArrearsTableModel(QObject* parent = nullptr);
    void setArrears(ArrearsList arrears);
    const ArrearsList& arrears() const { return m_arrears; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ArrearsList m_arrears;
};
