#include "CenterMonthTableModel.h"

#include "CenterFigureColumns.h"
#include "ItemRoles.h"
#include "institution/InstitutionProfile.h"

#include <QBrush>
#include <QColor>

CenterMonthTableModel::CenterMonthTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CenterMonthTableModel::setRows(QList<CenterMonthRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

const CenterMonthRow* CenterMonthTableModel::rowAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int CenterMonthTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int CenterMonthTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(FirstFigureColumn) + int(CenterFigureColumns::Count);
}

QString CenterMonthTableModel::typeText(const QString& typeKey)
{
    const std::optional<InstitutionType> type = InstitutionProfile::typeFromKey(typeKey);
    return type ? InstitutionProfile::typeLabel(*type) : typeKey;
}

QVariant CenterMonthTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CenterMonthRow& row = m_rows.at(index.row());
    const int column = index.column();
    const bool reported = row.status == ReportingStatus::Reported;
    if (column >= FirstFigureColumn) {
        // An institution without a report has no figures to show, not zeros.
        if (!reported)
            return {};
        if (role == Qt::ToolTipRole)
            return CenterFigureColumns::toolTip(row.figures, column - FirstFigureColumn);
        return CenterFigureColumns::data(row.figures, column - FirstFigureColumn, role);
    }
    if (role == Qt::ForegroundRole && column == StatusColumn && row.status == ReportingStatus::Late)
        return QBrush(QColor(0xb0, 0x00, 0x20));
    if (role == Qt::ToolTipRole && column == RevisionColumn && reported)
        return row.reportSha256;
    if (role == ItemRoles::Raw) {
        switch (column) {
        case TypeColumn:
            return row.type;
        case StatusColumn:
            return CenterMonth::statusKey(row.status);
        case RevisionColumn:
            return reported ? QVariant(row.revision) : QVariant();
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (column) {
    case NameColumn:
        return row.name;
    case CountyColumn:
        return row.county;
    case TypeColumn:
        return typeText(row.type);
    case ViaColumn:
        return row.via;
    case StatusColumn:
        return CenterMonth::statusLabel(row.status);
    case RevisionColumn:
        return reported ? tr("r%1").arg(row.revision) : QString();
    }
    return {};
}

QVariant CenterMonthTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Institution");
    case CountyColumn:
        return tr("County");
    case TypeColumn:
        return tr("Type");
    case ViaColumn:
        return tr("Via");
    case StatusColumn:
        return tr("Report");
    case RevisionColumn:
        return tr("Revision");
    }
    return CenterFigureColumns::header(section - FirstFigureColumn);
}
