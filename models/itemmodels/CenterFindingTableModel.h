#pragma once

#include "center/CenterFindings.h"

#include <QAbstractTableModel>

// The month's cross-institution findings: what kind, and a sentence naming every institution involved; the
// tooltip lists each side with its class and the amount claimed there.
class CenterFindingTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KindColumn,
        DescriptionColumn,
        ColumnCount
    };

    explicit CenterFindingTableModel(QObject* parent = nullptr);
    void setFindings(QList<CenterFinding> findings);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<CenterFinding> m_findings;
};
