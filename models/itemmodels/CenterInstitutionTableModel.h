#pragma once

#include "center/CenterRegistry.h"

#include <QAbstractTableModel>

// The registry page's list: each institution the center takes reports from, with the fingerprints of its keys in
// groups of four (as they are read over the phone) and who registered it when.
class CenterInstitutionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        CreditCodeColumn,
        CountyColumn,
        TypeColumn,
        KeysColumn,
        RegisteredColumn,
        RegisteredByColumn,
        ColumnCount
    };

    explicit CenterInstitutionTableModel(QObject* parent = nullptr);
    void setInstitutions(QList<RegisteredInstitution> institutions);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<RegisteredInstitution> m_institutions;
};
