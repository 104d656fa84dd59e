#include "DueTableModel.h"

#include "HouseholdTableModel.h"
#include "ItemRoles.h"

#include <QColor>

DueTableModel::DueTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DueTableModel::setDue(QList<DueHousehold> due, QDate today)
{
    beginResetModel();
    m_due = std::move(due);
    m_today = today;
    endResetModel();
}

const DueHousehold* DueTableModel::dueAt(int row) const
{
    return row >= 0 && row < m_due.size() ? &m_due.at(row) : nullptr;
}

int DueTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_due.size());
}

int DueTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DueTableModel::longUnvisitedText()
{
    return tr("Over %n month(s) without a visit", nullptr, OutreachPlan::UnvisitedMonths);
}

QVariant DueTableModel::raw(const DueHousehold& d, int column)
{
    switch (column) {
    case ChildrenColumn:
        return int(d.household.children.size());
    case LastVisitColumn:
        return d.lastVisit;
    case NextVisitColumn:
        return d.nextVisit;
    case OverdueColumn:
        return d.daysOverdue;
    case FlagColumn:
        return d.longUnvisited;
    }
    return {};
}

QVariant DueTableModel::display(const DueHousehold& d, int column) const
{
    switch (column) {
    case VillageColumn:
        return d.household.village;
    case HouseholdColumn:
        return HouseholdTableModel::guardianText(d.household);
    case AddressColumn:
        return d.household.address;
    case ChildrenColumn:
        return HouseholdTableModel::childrenText(d.household, m_today);
    case LastVisitColumn:
        return d.lastVisit.isValid() ? d.lastVisit.toString(Qt::ISODate) : tr("Not visited yet");
    case NextVisitColumn:
        return d.nextVisit.isValid() ? d.nextVisit.toString(Qt::ISODate) : tr("None planned");
    case OverdueColumn:
        return d.due ? tr("%n day(s)", nullptr, d.daysOverdue) : QString();
    case FlagColumn:
        return d.longUnvisited ? longUnvisitedText() : QString();
    }
    return {};
}

QVariant DueTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DueHousehold& d = m_due.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(d, index.column());
    case ItemRoles::Raw: {
        const QVariant value = raw(d, index.column());
        return value.isValid() ? value : display(d, index.column());
    }
    case Qt::BackgroundRole:
        // Amber: a household the team has lost sight of.
        return d.longUnvisited ? QVariant(QColor(0xff, 0xe0, 0x99)) : QVariant();
    case Qt::ForegroundRole:
        return d.longUnvisited ? QVariant(QColor(Qt::black)) : QVariant();
    case Qt::TextAlignmentRole:
        return index.column() == OverdueColumn ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    }
    return {};
}

QVariant DueTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VillageColumn:
        return tr("Village");
    case HouseholdColumn:
        return tr("Household");
    case AddressColumn:
        return tr("Address");
    case ChildrenColumn:
        return tr("Children");
    case LastVisitColumn:
        return tr("Last visit");
    case NextVisitColumn:
        return tr("Next visit");
    case OverdueColumn:
        return tr("Overdue");
    case FlagColumn:
        return tr("Flag");
    }
    return {};
}
