#include "HouseholdTableModel.h"

#include "ItemRoles.h"
#include "common/MobileNumber.h"
#include "common/Month.h"

HouseholdTableModel::HouseholdTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void HouseholdTableModel::setHouseholds(QList<Household> households, QHash<qint64, QDate> lastVisits, QDate today)
{
    beginResetModel();
    m_households = std::move(households);
    m_lastVisits = std::move(lastVisits);
    m_today = today;
    endResetModel();
}

const Household* HouseholdTableModel::householdAt(int row) const
{
    return row >= 0 && row < m_households.size() ? &m_households.at(row) : nullptr;
}

int HouseholdTableModel::rowOf(qint64 householdId) const
{
    for (qsizetype row = 0; row < m_households.size(); ++row)
        if (m_households.at(row).id == householdId)
            return int(row);
    return -1;
}

int HouseholdTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_households.size());
}

int HouseholdTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HouseholdTableModel::childrenText(const Household& household, QDate today)
{
    QStringList children;
    for (const OutreachChild& child : household.children)
        children << tr("%1 (%n month(s))", nullptr, ageInCompletedMonths(child.birthDate, today)).arg(child.name);
    return children.join(tr(", "));
}

QString HouseholdTableModel::guardianText(const Household& household)
{
    if (household.guardians.isEmpty())
        return {};
    const HouseholdGuardian& g = household.guardians.first();
    return g.relation.isEmpty() ? g.name : tr("%1 (%2)").arg(g.name, g.relation);
}

QVariant HouseholdTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    const Household& h = m_households.at(index.row());
    const bool raw = role == ItemRoles::Raw;
    const QString phone = h.guardians.isEmpty() ? QString() : h.guardians.first().phone;
    const QDate last = m_lastVisits.value(h.id);
    switch (index.column()) {
    case VillageColumn:
        return h.village;
    case AddressColumn:
        return h.address;
    case GuardianColumn:
        return guardianText(h);
    case PhoneColumn:
        return m_wholeNumbersVisible || phone.isEmpty() ? phone : MobileNumber::mask(phone);
    case ChildrenColumn:
        return raw ? QVariant(int(h.children.size())) : QVariant(childrenText(h, m_today));
    case LeftBehindColumn:
        if (raw)
            return h.leftBehind;
        return h.leftBehind ? tr("Left behind, cared for by %1").arg(h.carer) : QString();
    case LastVisitColumn:
        if (raw)
            return last;
        return last.isValid() ? last.toString(Qt::ISODate) : tr("Not visited yet");
    }
    return {};
}

QVariant HouseholdTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case VillageColumn:
        return tr("Village");
    case AddressColumn:
        return tr("Address");
    case GuardianColumn:
        return tr("Guardian");
    case PhoneColumn:
        return tr("Phone");
    case ChildrenColumn:
        return tr("Children");
    case LeftBehindColumn:
        return tr("Left behind");
    case LastVisitColumn:
        return tr("Last visit");
    }
    return {};
}
