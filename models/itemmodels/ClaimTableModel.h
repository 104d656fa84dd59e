#pragma once

#include "subsidy/ClaimLine.h"

#include <QAbstractTableModel>
#include <QList>

// The children of a month's operating subsidy claim, one row each: the days and amounts the claim is made of, what
// the county approved and paid for the child when its list says so, and why a child is not claimed.
class ClaimTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChildColumn,
        ClassColumn,
        AgeColumn,
        DaysColumn,
        FeeStandardColumn,
        ReductionColumn,
        FeeChargedColumn,
        RateColumn,
        AmountColumn,
        ApprovedColumn,
        PaidColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ClaimTableModel(QObject* parent = nullptr);
    void setLines(QList<ClaimLine> lines);
    const QList<ClaimLine>& lines() const { return m_lines; }
    const ClaimLine& line(int row) const { return m_lines.at(row); }
    // The row of a child, or -1.
    int rowOf(qint64 childId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const ClaimLine& line, int column, int role) const;

    QList<ClaimLine> m_lines;
};
