#pragma once

#include "center/CenterMonth.h"

#include <QAbstractTableModel>

// The status page's institutions of one month: who they are, whether their report is in (late ones in red), its
// revision and its figures. A city's rows also name the county center whose roll-up carried them.
class CenterMonthTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CountyColumn,
        TypeColumn,
        ViaColumn,
        StatusColumn,
        RevisionColumn,
        FirstFigureColumn, // then CenterFigureColumns in their order
    };

    explicit CenterMonthTableModel(QObject* parent = nullptr);
    void setRows(QList<CenterMonthRow> rows);
    const CenterMonthRow* rowAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The label of an institution type key from a report; the key itself when it is not one this version knows.
    static QString typeText(const QString& typeKey);

private:
    QList<CenterMonthRow> m_rows;
};
