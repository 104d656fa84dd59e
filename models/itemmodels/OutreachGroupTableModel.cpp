#include "OutreachGroupTableModel.h"

#include "ItemRoles.h"

#include <QFont>

OutreachGroupTableModel::OutreachGroupTableModel(QString keyTitle, QObject* parent)
    : QAbstractTableModel(parent)
    , m_keyTitle(std::move(keyTitle))
{
}

void OutreachGroupTableModel::setGroups(QList<OutreachGroup> groups, OutreachCounts total,
                                        QHash<QString, QString> names)
{
    beginResetModel();
    m_groups = std::move(groups);
    m_total = total;
    m_names = std::move(names);
    endResetModel();
}

int OutreachGroupTableModel::rowCount(const QModelIndex& parent) const
{
    // The total row only under groups.
    return parent.isValid() || m_groups.isEmpty() ? 0 : int(m_groups.size()) + 1;
}

int OutreachGroupTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutreachGroupTableModel::ageBandTitle(int band)
{
    return tr("%1–%2 months").arg(band * 12).arg((band + 1) * 12);
}

int OutreachGroupTableModel::count(const OutreachCounts& counts, int column)
{
    switch (column) {
    case HouseholdsColumn:
        return counts.households;
    case ChildrenColumn:
        return counts.children;
    case VisitsColumn:
        return counts.visits;
    case ReferralsColumn:
        return counts.referrals;
    case LeftBehindColumn:
        return counts.leftBehindChildren;
    default:
        return counts.childrenByAge.at(std::size_t(column - FirstAgeColumn));
    }
}

QVariant OutreachGroupTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const bool totalRow = index.row() == m_groups.size();
    if (role == Qt::FontRole && totalRow) {
        QFont bold;
        bold.setBold(true);
        return bold;
    }
    if (role == Qt::TextAlignmentRole && index.column() != KeyColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    if (index.column() == KeyColumn) {
        if (totalRow)
            return role == ItemRoles::Raw ? QString() : tr("Total");
        const QString& key = m_groups.at(index.row()).key;
        return role == ItemRoles::Raw ? key : m_names.value(key, key);
    }
    const OutreachCounts& counts = totalRow ? m_total : m_groups.at(index.row()).counts;
    const int value = count(counts, index.column());
    return role == ItemRoles::Raw ? QVariant(value) : QVariant(QString::number(value));
}

QVariant OutreachGroupTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KeyColumn:
        return m_keyTitle;
    case HouseholdsColumn:
        return tr("Households");
    case ChildrenColumn:
        return tr("Children");
    case VisitsColumn:
        return tr("Visits");
    case ReferralsColumn:
        return tr("Referrals");
    case LeftBehindColumn:
        return tr("Left-behind children");
    }
    if (section >= FirstAgeColumn && section < VisitsColumn)
        return ageBandTitle(section - FirstAgeColumn);
    return {};
}
