#include "ClaimTableModel.h"

#include "ItemRoles.h"

#include <QBrush>
#include <QColor>

ClaimTableModel::ClaimTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ClaimTableModel::setLines(QList<ClaimLine> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    endResetModel();
}

int ClaimTableModel::rowOf(qint64 childId) const
{
    for (int row = 0; row < m_lines.size(); ++row)
        if (m_lines.at(row).childId == childId)
            return row;
    return -1;
}

int ClaimTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ClaimTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClaimTableModel::display(const ClaimLine& l, int column, int role) const
{
    const auto money = [role](Money m) { return role == ItemRoles::Raw ? QVariant(m.fen()) : QVariant(m.toString()); };
    const auto optionalMoney = [&money](const std::optional<Money>& m) { return m ? money(*m) : QVariant(); };
    switch (column) {
    case ChildColumn:
        return l.name;
    case ClassColumn:
        return l.className;
    case AgeColumn:
        return role == ItemRoles::Raw ? QVariant(l.ageMonths) : QVariant(tr("%n month(s)", nullptr, l.ageMonths));
    case DaysColumn:
        return role == ItemRoles::Raw ? QVariant(l.attendedDays)
                                      : QVariant(tr("%1 / %2").arg(l.attendedDays).arg(l.careDays));
    case FeeStandardColumn:
        return money(l.feeStandard);
    case ReductionColumn:
        return money(l.reduction);
    case FeeChargedColumn:
        return money(l.feeCharged);
    case RateColumn:
        return money(l.rate);
    case AmountColumn:
        return money(l.amount());
    case ApprovedColumn:
        return optionalMoney(l.approved);
    case PaidColumn:
        return optionalMoney(l.paid);
    case ReasonColumn:
        return l.claimable() ? tr("Claimed") : ClaimReasons::describe(l);
    }
    return {};
}

QVariant ClaimTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const ClaimLine& l = line(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() >= AgeColumn && index.column() <= PaidColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                                                           : QVariant();
    // A child left out is greyed, so the claimed ones read as the claim.
    if (role == Qt::ForegroundRole)
        return l.claimable() ? QVariant() : QVariant(QBrush(QColor(0x6b, 0x6b, 0x6b)));
    if (role == Qt::ToolTipRole && index.column() == DaysColumn)
        return tr("Attended %1 of %2 care days; %3 needed.").arg(l.attendedDays).arg(l.careDays).arg(l.neededDays);
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    return display(l, index.column(), role);
}

QVariant ClaimTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChildColumn:
        return tr("Child");
    case ClassColumn:
        return tr("Class");
    case AgeColumn:
        return tr("Age on the 1st");
    case DaysColumn:
        return tr("Days attended");
    case FeeStandardColumn:
        return tr("Care fee");
    case ReductionColumn:
        return tr("Reduction");
    case FeeChargedColumn:
        return tr("Fee charged");
    case RateColumn:
        return tr("Rate");
    case AmountColumn:
        return tr("Subsidy");
    case ApprovedColumn:
        return tr("Approved");
    case PaidColumn:
        return tr("Received");
    case ReasonColumn:
        return tr("Claimed?");
    }
    return {};
}
