#pragma once

#include <QCoreApplication>
#include <QString>
#include <optional>

// The class types of 托育机构设置标准（试行）2019, with a family childcare point counted as one class.
enum class ClassType
{
    Infant,
    YoungToddler,
    OlderToddler,
    Mixed,
    FamilyPoint
};

// How a child is cared for: 全日托, 半日托, 计时托, 上门托.
enum class CareType
{
    FullDay,
    HalfDay,
    Hourly,
    Home
};

// Staff roles of domain.md §3.
enum class StaffRole
{
    Head,
    Caregiver,
    HealthWorker,
    Cook,
    Security,
    Other
};

// The national standard for a class type: the age it serves, its largest size and its caregiver ratio.
struct ClassStandard
{
    int minAgeMonths;
    int maxAgeMonths; // exclusive
    int maxChildren;
    int childrenPerCaregiver; // 0: set by the ratio.mixed policy parameter
};

// Keys, labels and standards of the roster's enumerations, in one place so pages, files and rules agree.
class RosterTypes
{
    Q_DECLARE_TR_FUNCTIONS(RosterTypes)

public:
    static QList<ClassType> classTypes();
    static QString key(ClassType type);
    // 乳儿班, 托小班, …: the names users type and forms print, whatever the interface language.
    static QString chineseName(ClassType type);
    static std::optional<ClassType> classTypeFromKey(const QString& text);
    static QString label(ClassType type);
    static ClassStandard standard(ClassType type);
    // The class type that fits a child of this age, for suggestions; nullopt under 6 or from 36 months.
    static std::optional<ClassType> suggestedClassType(int ageMonths);

    static QString key(CareType type);
    static std::optional<CareType> careTypeFromKey(const QString& text);
    // 全日托 ...: the name files use whatever the interface language.
    static QString chineseName(CareType type);
    static QString label(CareType type);

    static QList<StaffRole> staffRoles();
    static QString key(StaffRole role);
    static std::optional<StaffRole> staffRoleFromKey(const QString& text);
    // 保育人员, …: the name reports print whatever the interface language.
    static QString chineseName(StaffRole role);
    static QString label(StaffRole role);
};
