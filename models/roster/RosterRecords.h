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
    // Staff assigned to the class (staff_classes).
    QList<qint64> staffIds;
};

struct Guardian
{
    QString name;
    QString relation;
    QString phone;
    QString idNumber;
    bool mayPickUp = true;
    bool primary = false;
    // False for an authorised pick-up adult who is not a guardian (a grandparent, a nanny).
    bool isGuardian = true;

    bool operator==(const Guardian&) const = default;
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
    // "Covered by accident insurance" as the roster shows it: InsuranceRoll sets it, on each change of the child's
    // policies, to whether one covers that day. The insured list of any day is worked out from the policies.
    bool insured = false;
    // Enrolment runs from enrolledOn to withdrawnOn, the last day in care (invalid: still in care). A child with
    // no enrolment date but an application date is on the waiting list.
    QDate enrolledOn;
    QDate withdrawnOn;
    QDate appliedOn;
    QString wantedMonth; // YYYY-MM
    QList<Guardian> guardians;

    bool isWaiting() const { return !enrolledOn.isValid() && appliedOn.isValid(); }
    bool consentRecorded() const { return !consentBy.trimmed().isEmpty() && consentOn.isValid(); }
};

// A child's class and care type from one day to another (an invalid `to`: still in force).
struct Placement
{
    qint64 classId = 0;
    CareType careType = CareType::FullDay;
    QDate from;
    QDate to;

    bool operator==(const Placement&) const = default;
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
