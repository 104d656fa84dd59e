#include "FollowUpTableModel.h"

#include "ItemRoles.h"

#include <QLocale>

FollowUpTableModel::FollowUpTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FollowUpTableModel::setFollowUps(QList<SickFollowUp> followUps)
{
    beginResetModel();
    m_followUps = std::move(followUps);
    endResetModel();
}

int FollowUpTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_followUps.size());
}

int FollowUpTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_followUps.size())
        return {};
    const SickFollowUp& f = m_followUps.at(index.row());
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case FirstDayColumn:
            return f.firstDay;
        case DaysAbsentColumn:
            return f.daysAbsent;
        }
    }
    if (role == ItemRoles::Raw || role == Qt::DisplayRole) {
        switch (index.column()) {
        case ChildColumn:
            return f.childName;
        case ClassColumn:
            return f.className;
        case FirstDayColumn:
            return QLocale().toString(f.firstDay, QLocale::ShortFormat);
        case DaysAbsentColumn:
            return f.daysAbsent;
        case SymptomColumn:
            return f.symptom;
        case LastContactColumn:
            return f.lastContact.isEmpty() ? tr("no contact recorded yet") : f.lastContact;
        }
    }
    return {};
}

QVariant FollowUpTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChildColumn:
        return tr("Child");
    case ClassColumn:
        return tr("Class");
    case FirstDayColumn:
        return tr("Sick since");
    case DaysAbsentColumn:
        return tr("Sick days");
    case SymptomColumn:
        return tr("Symptom");
    case LastContactColumn:
        return tr("Last contact with the family");
    }
    return {};
}
