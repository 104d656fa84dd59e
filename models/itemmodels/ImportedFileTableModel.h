#pragma once

#include "center/CenterImport.h"

#include <QAbstractTableModel>

// What became of each file of one import, in the order offered: its verdict (refused in red, held in amber) and why.
class ImportedFileTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        FileColumn,
        VerdictColumn,
        CreditCodeColumn,
        MonthColumn,
        RevisionColumn,
        ReasonColumn,
        ColumnCount
    };

    explicit ImportedFileTableModel(QObject* parent = nullptr);
    void setFiles(QList<ImportedFile> files);
    // Each listed file with the same SHA-256 as one of these takes its new verdict (a held file offered again).
    void replaceFiles(const QList<ImportedFile>& files);
    const ImportedFile* fileAt(int row) const;
    // How many files had each verdict.
    int count(ImportedFile::Verdict verdict) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // The colour a verdict is written in: red for refused, amber for held, none otherwise.
    static QVariant verdictColour(const QString& verdictKey);

private:
    QList<ImportedFile> m_files;
};
