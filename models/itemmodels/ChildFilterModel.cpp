#include "ChildFilterModel.h"

#include "ItemRoles.h"
#include "common/IdNumber.h"
#include "common/MobileNumber.h"

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
    for (const QString& field : {e.name, e.className})
        if (field.contains(m_search, Qt::CaseInsensitive))
            return true;
    for (const QString& guardian : e.guardianNames)
        if (guardian.contains(m_search, Qt::CaseInsensitive))
            return true;
    // Numbers are compared without spaces and hyphens, and only as far as the user may see them: searching a
    // masked number by its hidden digits would reveal them.
    const QString digits = QString(m_search).remove(u' ').remove(u'-');
    if (digits.isEmpty())
        return false;
    const bool whole = m_source->wholeNumbersVisible();
    if ((whole ? e.idNumber : IdNumber::mask(e.idNumber)).contains(digits, Qt::CaseInsensitive))
        return true;
    for (const QString& phone : e.guardianPhones)
        if ((whole ? phone : MobileNumber::mask(phone)).contains(digits))
            return true;
    return false;
}
