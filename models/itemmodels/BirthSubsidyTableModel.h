#pragma once

#include "subsidy/BirthSubsidies.h"

#include <QAbstractTableModel>

// The children in care whose families may apply for the birth subsidy (孩次 2 or later), one row each: the amount,
// whether and when the family applied and was granted it, and the family's answer about the national 育儿补贴.
// ID numbers are masked on screen whatever the role, like the children list; the exports carry them whole.
class BirthSubsidyTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ChildColumn,
        IdNumberColumn,
        BirthDateColumn,
        BirthOrderColumn,
        AmountColumn,
        AppliedColumn,
        GrantedColumn,
        ChildcareColumn,
        ColumnCount
    };

    explicit BirthSubsidyTableModel(QObject* parent = nullptr);
    void setEntries(QList<BirthSubsidyEntry> entries);
    const BirthSubsidyEntry& entry(int row) const { return m_entries.at(row); }
    // The row of a child, or -1.
    int rowOf(qint64 childId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<BirthSubsidyEntry> m_entries;
};
