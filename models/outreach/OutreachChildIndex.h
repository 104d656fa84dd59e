#pragma once

#include "Household.h"

#include <QHash>
#include <optional>

// Finds the team's children the way a file or a command line names them: by ID number, or, for a child whose number
// is not known, by village, name and birth date. Built once from HouseholdRepository::all(), so an import of many
// rows looks each one up without a query.
class OutreachChildIndex
{
public:
    explicit OutreachChildIndex(QList<Household> households);

    struct Found
    {
        const Household* household = nullptr;
        const OutreachChild* child = nullptr;
    };

    // The child with this ID number (spaces ignored, x as X).
    std::optional<Found> byIdNumber(const QString& idNumber) const;
    // The children of this village with this name and birth date; usually one, more when two share all three.
    // withoutIdNumberOnly leaves out those whose ID number is recorded: a row with another number is not them.
    QList<Found> byVillageNameBirth(const QString& village, const QString& name, QDate birthDate,
                                    bool withoutIdNumberOnly = false) const;
    const Household* household(qint64 householdId) const;

    static QString normalizedIdNumber(const QString& typed);

private:
    static QString key(const QString& village, const QString& name, QDate birthDate);

    QList<Household> m_households;
    // Positions in m_households and in its children list.
    QHash<QString, std::pair<qsizetype, qsizetype>> m_byIdNumber;
    QMultiHash<QString, std::pair<qsizetype, qsizetype>> m_byVillageNameBirth;
    QHash<qint64, qsizetype> m_byHouseholdId;
};
