#include "ImportedFileTableModel.h"

#include "ItemRoles.h"

#include <QBrush>
#include <QColor>

ImportedFileTableModel::ImportedFileTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportedFileTableModel::setFiles(QList<ImportedFile> files)
{
    beginResetModel();
    m_files = std::move(files);
    endResetModel();
}

void ImportedFileTableModel::replaceFiles(const QList<ImportedFile>& files)
{
    for (int row = 0; row < m_files.size(); ++row) {
        for (const ImportedFile& file : files) {
            if (file.sha256 != m_files.at(row).sha256)
                continue;
            m_files[row] = file;
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
}

const ImportedFile* ImportedFileTableModel::fileAt(int row) const
{
    return row >= 0 && row < m_files.size() ? &m_files.at(row) : nullptr;
}

int ImportedFileTableModel::count(ImportedFile::Verdict verdict) const
{
    return int(std::count_if(m_files.cbegin(), m_files.cend(),
                             [verdict](const ImportedFile& file) { return file.verdict == verdict; }));
}

int ImportedFileTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_files.size());
}

int ImportedFileTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportedFileTableModel::verdictColour(const QString& verdictKey)
{
    if (verdictKey == CenterImport::key(ImportedFile::Verdict::Rejected))
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (verdictKey == CenterImport::key(ImportedFile::Verdict::Held))
        return QBrush(QColor(0xb2, 0x6a, 0x00));
    return {};
}

QVariant ImportedFileTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ImportedFile& file = m_files.at(index.row());
    if (role == Qt::ForegroundRole)
        return verdictColour(CenterImport::key(file.verdict));
    if (role == Qt::ToolTipRole) {
        if (index.column() == FileColumn)
            return file.sha256;
        if (index.column() == ReasonColumn)
            return file.reason;
        return {};
    }
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case VerdictColumn:
            return CenterImport::key(file.verdict);
        case RevisionColumn:
            return file.revision > 0 ? QVariant(file.revision) : QVariant();
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case FileColumn:
        return file.fileName;
    case VerdictColumn:
        return CenterImport::label(file.verdict);
    case CreditCodeColumn:
        return file.creditCode;
    case MonthColumn:
        return file.month.isValid() ? file.month.toString() : QString();
    case RevisionColumn:
        return file.revision > 0 ? tr("r%1").arg(file.revision) : QString();
    case ReasonColumn:
        return file.reason;
    }
    return {};
}

QVariant ImportedFileTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case FileColumn:
        return tr("File");
    case VerdictColumn:
        return tr("Verdict");
    case CreditCodeColumn:
        return tr("Credit code");
    case MonthColumn:
        return tr("Month");
    case RevisionColumn:
        return tr("Revision");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}
