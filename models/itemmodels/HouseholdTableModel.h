#pragma once

#include "outreach/Household.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>

// The Households page's table: where each family lives, whom to speak to (the phone masked unless the user may see
// whole numbers), its children with their age, whether they are left behind (留守) and the last visit.
class HouseholdTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        VillageColumn,
        AddressColumn,
        GuardianColumn,
        PhoneColumn,
        ChildrenColumn,
        LeftBehindColumn,
        LastVisitColumn,
        ColumnCount
    };

    explicit HouseholdTableModel(QObject* parent = nullptr);
    // lastVisits: household id → its latest visit day (OutreachPlan::lastVisits).
    void setHouseholds(QList<Household> households, QHash<qint64, QDate> lastVisits, QDate today);
    void setWholeNumbersVisible(bool visible) { m_wholeNumbersVisible = visible; }
    const Household* householdAt(int row) const;
    // The row of the household with this id, or -1.
    int rowOf(qint64 householdId) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "小明 (8 months), 小红 (30 months)": a household's children with their completed months on `today`.
    static QString childrenText(const Household& household, QDate today);
    // The first guardian's name and relation: "王秀英 (祖母)".
    static QString guardianText(const Household& household);

private:
    QList<Household> m_households;
    QHash<qint64, QDate> m_lastVisits;
    QDate m_today;
    bool m_wholeNumbersVisible = false;
};
