#include "ClassTableModel.h"

#include "ItemRoles.h"

#include <QColor>

using namespace Qt::StringLiterals;

namespace {

bool has(const ClassStatus& s, ClassWarning::Kind kind)
{
    return std::any_of(s.warnings.begin(), s.warnings.end(), [kind](const ClassWarning& w) { return w.kind == kind; });
}

QStringList sentences(const ClassStatus& s)
{
    QStringList list;
    for (const ClassWarning& w : s.warnings)
        list << w.text;
    return list;
}

} // namespace

ClassTableModel::ClassTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ClassTableModel::setClasses(QList<ClassStatus> classes)
{
    beginResetModel();
    m_classes = std::move(classes);
    endResetModel();
}

int ClassTableModel::rowOf(qint64 classId) const
{
    for (qsizetype row = 0; row < m_classes.size(); ++row)
        if (m_classes.at(row).record.id == classId)
            return int(row);
    return -1;
}

int ClassTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_classes.size());
}

int ClassTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClassTableModel::display(const ClassStatus& s, int column) const
{
    switch (column) {
    case NameColumn:
        return s.record.name;
    case TypeColumn:
        return RosterTypes::label(s.record.type);
    case RoomColumn:
        return s.record.room;
    case ChildrenColumn:
        return u"%1 / %2"_s.arg(s.children.size()).arg(s.record.capacity);
    case CaregiversColumn:
        return u"%1 / %2"_s.arg(s.caregivers.size()).arg(s.caregiversRequired);
    case CaregiverNamesColumn:
        return s.caregivers.join(u", "_s);
    case WarningsColumn:
        return s.warnings.isEmpty() ? QString() : tr("%n warning(s)", nullptr, int(s.warnings.size()));
    }
    return {};
}

QVariant ClassTableModel::raw(const ClassStatus& s, int column) const
{
    switch (column) {
    case TypeColumn:
        return RosterTypes::key(s.record.type);
    case ChildrenColumn:
        return int(s.children.size());
    case CaregiversColumn:
        return int(s.caregivers.size());
    case CaregiverNamesColumn:
        return s.caregivers;
    case WarningsColumn:
        return sentences(s);
    default:
        return display(s, column);
    }
}

QVariant ClassTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ClassStatus& s = m_classes.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return display(s, index.column());
    case ItemRoles::Raw:
        return raw(s, index.column());
    case Qt::ToolTipRole:
        return index.column() == WarningsColumn && !s.warnings.isEmpty() ? QVariant(sentences(s).join(u'\n'))
                                                                         : QVariant();
    case Qt::ForegroundRole: {
        // The text says it too; the colour only draws the eye.
        const bool breach = (index.column() == ChildrenColumn && has(s, ClassWarning::Kind::OverCapacity))
            || (index.column() == CaregiversColumn && has(s, ClassWarning::Kind::ShortOfCaregivers))
            || (index.column() == WarningsColumn && !s.warnings.isEmpty());
        return breach ? QVariant(QColor(0xb0, 0x00, 0x20)) : QVariant();
    }
    default:
        return {};
    }
}

QVariant ClassTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const headers[ColumnCount] = {QT_TR_NOOP("Class"),
                                                     QT_TR_NOOP("Type"),
                                                     QT_TR_NOOP("Room"),
                                                     QT_TR_NOOP("Children / capacity"),
                                                     QT_TR_NOOP("Caregivers / required"),
                                                     QT_TR_NOOP("Caregivers"),
                                                     QT_TR_NOOP("Warnings")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(headers[section]);
}
