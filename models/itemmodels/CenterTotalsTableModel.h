#pragma once

#include "center/CenterMonth.h"

#include <QAbstractTableModel>

// A center's totals of a month, one row per group (a county, an institution type, or all institutions): how many
// institutions and how many of them reported, then the same figures as the institution table, recomputed from the
// added numbers.
class CenterTotalsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Grouping
    {
        County,
        Type,
        Township, // the outreach teams', keyed "county township"
        Overall
    };
    enum Column
    {
        GroupColumn,
        InstitutionsColumn,
        ReportedColumn,
        FirstFigureColumn, // then CenterFigureColumns in their order
    };

    explicit CenterTotalsTableModel(Grouping grouping, QObject* parent = nullptr);
    void setTotals(QList<CenterGroupTotal> totals);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    Grouping m_grouping;
    QList<CenterGroupTotal> m_totals;
};
