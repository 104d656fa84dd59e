#include "ImportLogTableModel.h"

#include "ImportedFileTableModel.h"
#include "ItemRoles.h"
#include "center/CenterImport.h"

#include <QLocale>

namespace {

// The log keeps the verdict's stable key; a key this version does not know is shown as it is.
QString verdictLabel(const QString& key)
{
    const std::optional<ImportedFile::Verdict> verdict = CenterImport::verdictFromKey(key);
    return verdict ? CenterImport::label(*verdict) : key;
}

} // namespace

ImportLogTableModel::ImportLogTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ImportLogTableModel::setLines(QList<ImportLogLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int ImportLogTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ImportLogTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportLogTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ImportLogLine& line = m_lines.at(index.row());
    if (role == Qt::ForegroundRole && index.column() == VerdictColumn)
        return ImportedFileTableModel::verdictColour(line.verdict);
    if (role == Qt::ToolTipRole) {
        if (index.column() == FileColumn)
            return line.sha256;
        if (index.column() == ReasonColumn)
            return line.reason;
        return {};
    }
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case AtColumn:
            return line.at;
        case VerdictColumn:
            return line.verdict;
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case AtColumn:
        return QLocale().toString(line.at, QLocale::ShortFormat);
    case UserColumn:
        return line.userName;
    case FileColumn:
        return line.fileName;
    case VerdictColumn:
        return verdictLabel(line.verdict);
    case ReasonColumn:
        return line.reason;
    }
    return {};
}

QVariant ImportLogTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case AtColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case FileColumn:
        return tr("File");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}
