#include "ChildFilterModel.h"

#include "ItemRoles.h"

ChildFilterModel::ChildFilterModel(ChildTableModel* source, QObject* parent)
    : QSortFilterProxyModel(parent)
    , m_source(source)
{
    setSourceModel(source);
    setSortRole(ItemRoles::Raw);
    setSortLocaleAware(true);
}

void ChildFilterModel::setSearch(const QString& text)
{
    m_search = text.simplified();
    invalidateRowsFilter();
}

void ChildFilterModel::setClassId(qint64 classId)
{
    m_classId = classId;
    invalidateRowsFilter();
}

void ChildFilterModel::setCareType(std::optional<CareType> careType)
{
    m_careType = careType;
    invalidateRowsFilter();
}

void ChildFilterModel::setStanding(std::optional<ChildTableModel::Standing> standing)
{
    m_standing = standing;
    invalidateRowsFilter();
}

bool ChildFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex&) const
{
    const ChildListEntry& e = m_source->entry(sourceRow);
    if (m_classId != 0 && e.classId != m_classId)
        return false;
    if (m_careType && e.careType != m_careType)
        return false;
    if (m_standing && m_source->standing(sourceRow) != *m_standing)
        return false;
    if (m_search.isEmpty())
        return true;
    for (const QString& field : {e.name, e.idNumber, e.allGuardians, e.className})
        if (field.contains(m_search, Qt::CaseInsensitive))
            return true;
    return false;
}
