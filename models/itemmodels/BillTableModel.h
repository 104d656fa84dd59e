#pragma once

#include "billing/MonthBilling.h"

#include <QAbstractTableModel>
#include <QHash>

// A month's bills, one row per child: what is due, what was paid and what is outstanding.
class BillTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChildColumn,
        ClassColumn,
        DueColumn,
        PaidColumn,
        OutstandingColumn,
        StateColumn,
        ColumnCount
    };

    explicit BillTableModel(QObject* parent = nullptr);
    // paid: by child id, refunds deducted.
    void setBills(MonthBills bills, QHash<qint64, Money> paid);
    const MonthBills& bills() const { return m_bills; }
    const ChildBill& bill(int row) const { return m_bills.children.at(row); }
    Money paid(int row) const { return m_paid.value(bill(row).childId); }
    Money outstanding(int row) const { return bill(row).bill.total() - paid(row); }
    // What was paid against the listed bills.
    Money paidTotal() const;
    // The row of a child, or -1.
    int rowOf(qint64 childId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString state(int row) const;

    MonthBills m_bills;
    QHash<qint64, Money> m_paid;
};
