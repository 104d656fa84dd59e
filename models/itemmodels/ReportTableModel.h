#pragma once

#include "reports/MonthlyReports.h"

#include <QAbstractTableModel>

// The Reports page's list: newest month first, one row per exported revision (oldest revision first), or one row
// for a month not exported yet. The month's standing is on its latest row; earlier revisions read "superseded".
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        MonthColumn,
        StateColumn,
        RevisionColumn,
        FileColumn,
        ExportedColumn,
        ExportedByColumn,
        HashColumn,
        PreviousHashColumn,
        ColumnCount
    };

    explicit ReportTableModel(QObject* parent = nullptr);
    void setReports(QList<MonthReport> reports);
    // The month a row belongs to, and its revision when the row is one.
    const MonthReport* reportAt(int row) const;
    const ReportRevision* revisionAt(int row) const;
    // The month's latest row, or -1.
    int rowOfMonth(Month month) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        int report = 0;
        int revision = -1; // none for a month not exported yet
    };
    QString stateText(const Row& row) const;

    QList<MonthReport> m_reports;
    QList<Row> m_rows;
};
