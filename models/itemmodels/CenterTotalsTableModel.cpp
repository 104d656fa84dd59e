#include "CenterTotalsTableModel.h"

#include "CenterFigureColumns.h"
#include "CenterMonthTableModel.h"
#include "ItemRoles.h"

#include <QLocale>

CenterTotalsTableModel::CenterTotalsTableModel(Grouping grouping, QObject* parent)
    : QAbstractTableModel(parent)
    , m_grouping(grouping)
{
}

void CenterTotalsTableModel::setTotals(QList<CenterGroupTotal> totals)
{
    beginResetModel();
    m_totals = std::move(totals);
    endResetModel();
}

int CenterTotalsTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_totals.size());
}

int CenterTotalsTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(FirstFigureColumn) + int(CenterFigureColumns::Count);
}

QVariant CenterTotalsTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CenterGroupTotal& total = m_totals.at(index.row());
    const int column = index.column();
    if (column >= FirstFigureColumn) {
        if (role == Qt::ToolTipRole)
            return CenterFigureColumns::toolTip(total.figures, column - FirstFigureColumn);
        return CenterFigureColumns::data(total.figures, column - FirstFigureColumn, role);
    }
    if (role == ItemRoles::Raw) {
        switch (column) {
        case GroupColumn:
            return total.key;
        case InstitutionsColumn:
            return total.figures.institutions;
        case ReportedColumn:
            return total.figures.reported;
        }
        return {};
    }
    if (role == Qt::TextAlignmentRole && column != GroupColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case GroupColumn:
        switch (m_grouping) {
        case Grouping::County:
        case Grouping::Township:
            return total.key;
        case Grouping::Type:
            return CenterMonthTableModel::typeText(total.key);
        case Grouping::Overall:
            return tr("All institutions");
        }
        return {};
    case InstitutionsColumn:
        return QLocale().toString(total.figures.institutions);
    case ReportedColumn:
        return QLocale().toString(total.figures.reported);
    }
    return {};
}

QVariant CenterTotalsTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case GroupColumn:
        switch (m_grouping) {
        case Grouping::County:
            return tr("County");
        case Grouping::Type:
            return tr("Type");
        case Grouping::Township:
            return tr("Township");
        case Grouping::Overall:
            return tr("Total");
        }
        return {};
    case InstitutionsColumn:
        return tr("Institutions");
    case ReportedColumn:
        return tr("Reported");
    }
    return CenterFigureColumns::header(section - FirstFigureColumn);
}
