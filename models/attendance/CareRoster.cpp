#include "CareRoster.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QDate isoDate(const QVariant& value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace

Result<CareRoster> CareRoster::load(Database& db)
{
    CareRoster roster;
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, name, id_number, enrolled_on, withdrawn_on FROM children"_s))
        return Result<CareRoster>::failure(Sql::failure(query).error());
    while (query.next()) {
        Child child {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(),
                     isoDate(query.value(3)), isoDate(query.value(4))};
        if (!child.idNumber.isEmpty())
            roster.m_byIdNumber.insert(child.idNumber, roster.m_children.size());
        roster.m_byId.insert(child.id, roster.m_children.size());
        roster.m_children.append(child);
    }
    if (!query.exec(u"SELECT child_id, class_id, care_type, valid_from, valid_to FROM placements "
                    "ORDER BY child_id, valid_from"_s))
        return Result<CareRoster>::failure(Sql::failure(query).error());
    while (query.next())
        roster.m_placements[query.value(0).toLongLong()].append(
            {query.value(1).toLongLong(),
             RosterTypes::careTypeFromKey(query.value(2).toString()).value_or(CareType::FullDay),
             isoDate(query.value(3)), isoDate(query.value(4))});
    return roster;
}

const CareRoster::Child* CareRoster::byIdNumber(const QString& idNumber) const
{
    const auto found = m_byIdNumber.constFind(idNumber);
    return found == m_byIdNumber.cend() ? nullptr : &m_children.at(*found);
}

const CareRoster::Child* CareRoster::byId(qint64 childId) const
{
    const auto found = m_byId.constFind(childId);
    return found == m_byId.cend() ? nullptr : &m_children.at(*found);
}

const CareRoster::Placement* CareRoster::placementOn(qint64 childId, QDate day) const
{
    const auto found = m_placements.constFind(childId);
    if (found == m_placements.cend())
        return nullptr;
    for (const Placement& p : *found)
        if (p.from <= day && (!p.to.isValid() || day <= p.to))
            return &p;
    return nullptr;
}
