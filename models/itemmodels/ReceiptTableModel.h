#pragma once

#include "billing/ReceiptBook.h"

#include <QAbstractTableModel>

// A year's receipts, newest first; a void receipt keeps its row, greyed, with the reason.
class ReceiptTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        IssuedColumn,
        ChildColumn,
        MonthsColumn,
        AmountColumn,
        PayerColumn,
        MethodColumn,
        StateColumn,
        ColumnCount
    };

    explicit ReceiptTableModel(QObject* parent = nullptr);
    void setReceipts(QList<Receipt> receipts);
    const Receipt& receipt(int row) const { return m_receipts.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "2026-11", or "2026-12 – 2027-05" for a prepayment.
    static QString monthsText(const Receipt& receipt);

private:
    QList<Receipt> m_receipts;
};
