#include "CenterFindingTableModel.h"

#include "ItemRoles.h"
#include "common/Money.h"

CenterFindingTableModel::CenterFindingTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CenterFindingTableModel::setFindings(QList<CenterFinding> findings)
{
    beginResetModel();
    m_findings = std::move(findings);
    endResetModel();
}

int CenterFindingTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_findings.size());
}

int CenterFindingTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CenterFindingTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CenterFinding& finding = m_findings.at(index.row());
    if (role == Qt::ToolTipRole) {
        QStringList sides;
        for (const FindingSide& side : finding.sides) {
            const QString where
                = side.className.isEmpty() ? side.institution : tr("%1 (%2)").arg(side.institution, side.className);
            sides << tr("%1, %2, %3: %4")
                         .arg(where, side.county, side.month.toString(),
                              Money::fromFen(side.amountFen).toStringWithSymbol());
        }
        return sides.join(u'\n');
    }
    if (role == ItemRoles::Raw && index.column() == KindColumn)
        return CenterFindings::kindKey(finding.kind);
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case KindColumn:
        return CenterFindings::kindLabel(finding.kind);
    case DescriptionColumn:
        return CenterFindings::describe(finding);
    }
    return {};
}

QVariant CenterFindingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KindColumn:
        return tr("Finding");
    case DescriptionColumn:
        return tr("Institutions involved");
    }
    return {};
}
