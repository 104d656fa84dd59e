#include "OutreachChildIndex.h"

#include <algorithm>

using namespace Qt::StringLiterals;

OutreachChildIndex::OutreachChildIndex(QList<Household> households)
    : m_households(std::move(households))
{
    for (qsizetype h = 0; h < m_households.size(); ++h) {
        const Household& household = m_households.at(h);
        m_byHouseholdId.insert(household.id, h);
        for (qsizetype c = 0; c < household.children.size(); ++c) {
            const OutreachChild& child = household.children.at(c);
            if (!child.idNumber.isEmpty())
                m_byIdNumber.insert(child.idNumber, {h, c});
            m_byVillageNameBirth.insert(key(household.village, child.name, child.birthDate), {h, c});
        }
    }
}

QString OutreachChildIndex::normalizedIdNumber(const QString& typed)
{
    return QString(typed).remove(u' ').trimmed().toUpper();
}

QString OutreachChildIndex::key(const QString& village, const QString& name, QDate birthDate)
{
    return u"%1\n%2\n%3"_s.arg(village.simplified(), name.simplified(), birthDate.toString(Qt::ISODate));
}

std::optional<OutreachChildIndex::Found> OutreachChildIndex::byIdNumber(const QString& idNumber) const
{
    const auto found = m_byIdNumber.constFind(normalizedIdNumber(idNumber));
    if (found == m_byIdNumber.cend())
        return std::nullopt;
    const Household& household = m_households.at(found->first);
    return Found {&household, &household.children.at(found->second)};
}

QList<OutreachChildIndex::Found> OutreachChildIndex::byVillageNameBirth(const QString& village, const QString& name,
                                                                        QDate birthDate, bool withoutIdNumberOnly) const
{
    QList<Found> found;
    const QString wanted = key(village, name, birthDate);
    for (auto it = m_byVillageNameBirth.constFind(wanted); it != m_byVillageNameBirth.cend() && it.key() == wanted;
         ++it) {
        const Household& household = m_households.at(it->first);
        const OutreachChild& child = household.children.at(it->second);
        if (!withoutIdNumberOnly || child.idNumber.isEmpty())
            found.append({&household, &child});
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) { return a.child->id < b.child->id; });
    return found;
}

const Household* OutreachChildIndex::household(qint64 householdId) const
{
    const auto found = m_byHouseholdId.constFind(householdId);
    return found == m_byHouseholdId.cend() ? nullptr : &m_households.at(*found);
}
