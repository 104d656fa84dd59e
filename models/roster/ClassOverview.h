#pragma once

#include "RosterRecords.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

class Database;
class PolicyParameters;

// Something about a class the director should see: a breach of its capacity, of the caregiver ratio or of the
// national standard, or a child whose age no longer fits. A warning, never a refusal.
struct ClassWarning
{
    enum class Kind
    {
        OverCapacity,
        ShortOfCaregivers,
        CapacityAboveStandard,
        AgeOutsideClass
    };
    Kind kind = Kind::OverCapacity;
    // The whole sentence, translated.
    QString text;
    // The child an age warning is about; 0 for the others.
    qint64 childId = 0;
};

// A child in care in a class on the day, with her age in completed months that day.
struct ClassChild
{
    qint64 id = 0;
    QString name;
    QDate birthDate;
    int ageMonths = 0;
};

// One class on one day: who is in it, who looks after it, what the ratio asks for, and what is wrong.
struct ClassStatus
{
    ClassRecord record;
    QList<ClassChild> children;
    // Caregivers in post that day assigned to the class, by name.
    QStringList caregivers;
    // The ratio applied: the class type's national figure, or ratio.mixed for a mixed class.
    int childrenPerCaregiver = 0;
    int caregiversRequired = 0;
    // Some child was placed in it at some time, so it keeps its history and cannot be removed.
    bool hasHistory = false;
    QList<ClassWarning> warnings;
};

// The classes as the national standard (托育机构设置标准（试行）2019) sees them on a day: children counted from the
// placements in force and the enrolment dates, caregivers from the assignments of staff in post, the caregivers
// the ratio requires, and every breach as a warning.
class ClassOverview
{
    Q_DECLARE_TR_FUNCTIONS(ClassOverview)

public:
    // Every active class on `day`, in the order they were made. Needs Permission::ViewRoster.
    static Result<QList<ClassStatus>> load(Database& db, QDate day);
    // The warnings that placing a child born on birthDate in the class from `day` would raise: capacity, ratio
    // and age fit. A child already counted there that day (her placement being edited) is given as childId, so
    // she is not counted twice.
    static Result<QList<ClassWarning>> placementWarnings(Database& db, QDate birthDate, qint64 classId, QDate day,
                                                         qint64 childId = 0);

    // Children per caregiver for the class type; a mixed class takes ratio.mixed in force in the day's month.
    static int childrenPerCaregiver(ClassType type, const PolicyParameters& policy, QDate day);
    // ceil(children ÷ childrenPerCaregiver); 0 without children.
    static int caregiversRequired(int children, int childrenPerCaregiver);
    // Whether the class type takes a child of this age: from the minimum up to, not including, the maximum.
    static bool ageFits(ClassType type, int ageMonths);
    // The stable name of a warning kind, for files and the command line.
    static QString key(ClassWarning::Kind kind);
};
