#include "ChildTableModel.h"

#include "ItemRoles.h"
#include "common/MobileNumber.h"
#include "common/Month.h"

ChildTableModel::ChildTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ChildTableModel::setEntries(QList<ChildListEntry> entries, QDate today)
{
    beginResetModel();
    m_entries = std::move(entries);
    m_revealed.clear();
    m_today = today;
    endResetModel();
}

void ChildTableModel::setRevealed(int row)
{
    m_revealed.insert(m_entries.at(row).id);
    emit dataChanged(index(row, IdNumberColumn), index(row, PhoneColumn));
}

int ChildTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ChildTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

ChildTableModel::Standing ChildTableModel::standing(int row) const
{
    return m_entries.at(row).standing(m_today);
}

QString ChildTableModel::statusText(const ChildListEntry& e) const
{
    QString text;
    if (!e.enrolledOn.isValid())
        text = e.wantedMonth.isEmpty()
            ? tr("Waiting list since %1").arg(e.appliedOn.toString(Qt::ISODate))
            : tr("Waiting list since %1, wants %2").arg(e.appliedOn.toString(Qt::ISODate), e.wantedMonth);
    else if (e.withdrawnOn.isValid() && e.withdrawnOn < m_today)
        text = tr("Left on %1").arg(e.withdrawnOn.toString(Qt::ISODate));
    else if (e.enrolledOn > m_today)
        text = tr("Starts on %1").arg(e.enrolledOn.toString(Qt::ISODate));
    else if (e.withdrawnOn.isValid())
        text = tr("Enrolled, last day %1").arg(e.withdrawnOn.toString(Qt::ISODate));
    else
        text = tr("Enrolled");
    return e.consentRecorded ? text : tr("%1 · consent missing").arg(text);
}

QVariant ChildTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ChildListEntry& e = m_entries.at(index.row());
    const bool whole = m_revealed.contains(e.id);
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case BirthDateColumn:
            return e.birthDate;
        case AgeColumn:
            return ageInCompletedMonths(e.birthDate, m_today);
        case IdNumberColumn:
            return whole ? e.idNumber : IdNumber::mask(e.idNumber);
        case PhoneColumn:
            return whole ? e.guardianPhone : MobileNumber::mask(e.guardianPhone);
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case NameColumn:
        return e.name;
    case GenderColumn:
        return e.gender == Gender::Male ? tr("Boy") : tr("Girl");
    case BirthDateColumn:
        return e.birthDate.toString(Qt::ISODate);
    case AgeColumn:
        return tr("%n month(s)", nullptr, ageInCompletedMonths(e.birthDate, m_today));
    case IdNumberColumn:
        return whole ? e.idNumber : IdNumber::mask(e.idNumber);
    case ClassColumn:
        return e.className;
    case CareTypeColumn:
        return e.careType ? RosterTypes::label(*e.careType) : QString();
    case GuardianColumn:
        return e.guardianName;
    case PhoneColumn:
        return whole ? e.guardianPhone : MobileNumber::mask(e.guardianPhone);
    case StatusColumn:
        return statusText(e);
    }
    return {};
}

QVariant ChildTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case GenderColumn:
        return tr("Gender");
    case BirthDateColumn:
        return tr("Birth date");
    case AgeColumn:
        return tr("Age");
    case IdNumberColumn:
        return tr("ID number");
    case ClassColumn:
        return tr("Class");
    case CareTypeColumn:
        return tr("Care type");
    case GuardianColumn:
        return tr("Guardian");
    case PhoneColumn:
        return tr("Phone");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}
