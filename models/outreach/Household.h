#pragma once

#include "common/IdNumber.h"

#include <QDate>
#include <QList>
#include <QString>

// An adult of the household the team speaks to: a parent, or the grandparent who cares for the child.
struct HouseholdGuardian
{
    QString name;
    QString relation;
    QString phone; // 11 digits once validated

    bool operator==(const HouseholdGuardian&) const = default;
};

// A child under three the team follows. The ID number is often not known at the first visit.
struct OutreachChild
{
    qint64 id = 0;
    qint64 householdId = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString idNumber;
    QString specialNeeds; // a disability, a long illness, premature birth: what a visitor must know

    bool operator==(const OutreachChild&) const = default;
};

// A family the team visits at home: where it lives, who to speak to, its children, and whether they are left behind
// (留守: both parents work away and someone else, usually a grandparent, cares for them).
struct Household
{
    qint64 id = 0;
    QString village;
    QString address;
    bool leftBehind = false;
    QString carer; // who looks after the children of a left-behind household: "祖母"
    QString consentBy; // who agreed to the visits and to the records being kept
    QDate consentOn;
    QDate registeredOn;
    QDate closedOn; // moved away or no longer followed; invalid while the team follows it
    QString notes;
    QList<HouseholdGuardian> guardians;
    QList<OutreachChild> children;

    bool operator==(const Household&) const = default;
};
