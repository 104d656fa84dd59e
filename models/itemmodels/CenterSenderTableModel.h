#pragma once

#include "center/CenterMonth.h"

#include <QAbstractTableModel>

// Who sends the center its files in a month (a county's institutions, or the city's county centers) and where each
// one's file stands: reported with its revision and when it came (in amber when after the due date), not yet, or
// late (in red).
class CenterSenderTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CountyColumn,
        StatusColumn,
        RevisionColumn,
        FileColumn,
        ImportedColumn,
        ColumnCount
    };

    explicit CenterSenderTableModel(QObject* parent = nullptr);
    void setSenders(QList<CenterSender> senders);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CenterSender> m_senders;
};
