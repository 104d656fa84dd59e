#pragma once

#include "common/IdNumber.h"
#include "roster/RosterRecords.h"

#include <QRandomGenerator>
#include <QString>

// Plausible people of Changzhi for demo data: names, ID numbers with real region codes and right check
// characters, mobile numbers, guardians, certificates. Every choice comes from the caller's generator, so a seed
// gives the same people every time.
class DemoPeople
{
public:
    QString surname(QRandomGenerator& rng) const;
    QString childGivenName(QRandomGenerator& rng, Gender gender) const;
    QString adultGivenName(QRandomGenerator& rng, Gender gender) const;
    QString idNumber(QRandomGenerator& rng, QDate birthDate, Gender gender) const;
    QString countyOfRegion(const QString& regionCode) const;
    QString mobile(QRandomGenerator& rng) const;
    QList<Guardian> guardians(QRandomGenerator& rng, const QString& childSurname) const;
    QList<Qualification> qualifications(QRandomGenerator& rng, StaffRole role, bool certified, QDate hiredOn,
                                        QDate today) const;
    QString symptom(QRandomGenerator& rng) const;
    QString allergy(QRandomGenerator& rng) const;
};
