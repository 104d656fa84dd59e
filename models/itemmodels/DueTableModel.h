#pragma once

#include "outreach/OutreachPlan.h"

#include <QAbstractTableModel>

// The due list: the households to visit by village, when each was last seen and was next to be, how many days
// overdue, and a flag on those not visited for more than three months (their rows in amber).
class DueTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VillageColumn,
        HouseholdColumn,
        AddressColumn,
        ChildrenColumn,
        LastVisitColumn,
        NextVisitColumn,
        OverdueColumn,
        FlagColumn,
        ColumnCount
    };

    explicit DueTableModel(QObject* parent = nullptr);
    void setDue(QList<DueHousehold> due, QDate today);
    const DueHousehold* dueAt(int row) const;
    const QList<DueHousehold>& due() const { return m_due; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The flag's words: "Over 3 months" without a visit.
    static QString longUnvisitedText();

private:
    QVariant display(const DueHousehold& d, int column) const;
    static QVariant raw(const DueHousehold& d, int column);

    QList<DueHousehold> m_due;
    QDate m_today;
};
