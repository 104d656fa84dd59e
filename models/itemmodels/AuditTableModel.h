#pragma once

#include "access/AuditLog.h"

#include <QAbstractTableModel>

// Rows of the audit trail as the Audit page lists them, newest first as AuditLog::find returns them: when, who,
// which record, what was done and what changed (ID and phone numbers masked).
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TimeColumn,
        UserColumn,
        RecordTypeColumn,
        RecordColumn,
        ActionColumn,
        ChangesColumn,
        ColumnCount
    };

    explicit AuditTableModel(QObject* parent = nullptr);
    void setEntries(const QList<AuditEntry>& entries);
    const AuditEntry& entry(int row) const { return m_entries.at(row); }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuditEntry> m_entries;
};
