#pragma once

#include "center/CenterImportLog.h"

#include <QAbstractTableModel>

// The center's import log, newest first: when, who, which file and what became of it.
class ImportLogTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        AtColumn,
        UserColumn,
        FileColumn,
        VerdictColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ImportLogTableModel(QObject* parent = nullptr);
    void setLines(QList<ImportLogLine> lines);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ImportLogLine> m_lines;
};
