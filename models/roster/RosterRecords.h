#pragma once

#include "RosterTypes.h"
#include "common/IdNumber.h"

#include <QDate>
#include <QList>
#include <QString>

struct ClassRecord
{
    qint64 id = 0;
    QString name;
    ClassType type = ClassType::YoungToddler;
    int capacity = 0;
    QString room;
};

struct Guardian
{
    QString name;
    QString relation;
    QString phone;
    QString idNumber;
    bool mayPickUp = true;
    bool primary = false;
};

struct ChildRecord
{
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString idNumber;
    int birthOrder = 1;
    QString hukou;
    QString allergies;
    QString notes;
    QDate admissionCheckDate;
    bool vaccinationChecked = false;
    QString consentBy;
    QDate consentOn;
    QString consentVersion;
    QDate enrolledOn;
    QDate withdrawnOn;
    QList<Guardian> guardians;
};

// A child's class and care type from one day to another (an invalid `to`: still in force).
struct Placement
{
    qint64 classId = 0;
    CareType careType = CareType::FullDay;
    QDate from;
    QDate to;
};

struct Qualification
{
    QString typeCode;
    QString level;
    QString number;
    QString issuer;
    QDate issuedOn;
    QDate expiresOn;
};

struct StaffRecord
{
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Female;
    StaffRole role = StaffRole::Caregiver;
    QString phone;
    QString idNumber;
    bool fullTime = true;
    QDate hiredOn;
    QDate leftOn;
    QList<qint64> classIds;
    QList<Qualification> qualifications;
};
