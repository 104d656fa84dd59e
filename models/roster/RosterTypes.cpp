#include "RosterTypes.h"

#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<ClassType>>& classTypeNames()
{
    static const QList<EnumName<ClassType>> names = {
        {ClassType::Infant, u"infant"_s, u"乳儿班"_s},          {ClassType::YoungToddler, u"young"_s, u"托小班"_s},
        {ClassType::OlderToddler, u"older"_s, u"托大班"_s},     {ClassType::Mixed, u"mixed"_s, u"混合班"_s},
        {ClassType::FamilyPoint, u"family"_s, u"家庭托育点"_s},
    };
    return names;
}

const QList<EnumName<CareType>>& careTypeNames()
{
    static const QList<EnumName<CareType>> names = {
        {CareType::FullDay, u"full_day"_s, u"全日托"_s},
        {CareType::HalfDay, u"half_day"_s, u"半日托"_s},
        {CareType::Hourly, u"hourly"_s, u"计时托"_s},
        {CareType::Home, u"home"_s, u"上门托"_s},
    };
    return names;
}

const QList<EnumName<StaffRole>>& staffRoleNames()
{
    static const QList<EnumName<StaffRole>> names = {
        {StaffRole::Head, u"head"_s, u"负责人"_s},
        {StaffRole::Caregiver, u"caregiver"_s, u"保育人员"_s},
        {StaffRole::HealthWorker, u"health"_s, u"保健人员"_s},
        {StaffRole::Cook, u"cook"_s, u"炊事人员"_s},
        {StaffRole::Security, u"security"_s, u"保安"_s},
        {StaffRole::Other, u"other"_s, u"其他"_s},
    };
    return names;
}

} // namespace

QList<ClassType> RosterTypes::classTypes()
{
    return enumValues(classTypeNames());
}

QString RosterTypes::key(ClassType type)
{
    return enumKey(classTypeNames(), type);
}

QString RosterTypes::chineseName(ClassType type)
{
    return enumChinese(classTypeNames(), type);
}

std::optional<ClassType> RosterTypes::classTypeFromKey(const QString& text)
{
    return enumFromKey(classTypeNames(), text);
}

QString RosterTypes::label(ClassType type)
{
    switch (type) {
    case ClassType::Infant:
        return tr("Infant class (6-12 months)");
    case ClassType::YoungToddler:
        return tr("Young toddler class (12-24 months)");
    case ClassType::OlderToddler:
        return tr("Older toddler class (24-36 months)");
    case ClassType::Mixed:
        return tr("Mixed-age class (18 months and older)");
    case ClassType::FamilyPoint:
        return tr("Family childcare point");
    }
    return {};
}

ClassStandard RosterTypes::standard(ClassType type)
{
    switch (type) {
    case ClassType::Infant:
        return {6, 12, 10, 3};
    case ClassType::YoungToddler:
        return {12, 24, 15, 5};
    case ClassType::OlderToddler:
        return {24, 36, 20, 7};
    case ClassType::Mixed:
        return {18, 36, 18, 0};
    case ClassType::FamilyPoint:
        return {6, 36, 5, 3};
    }
    return {};
}

std::optional<ClassType> RosterTypes::suggestedClassType(int ageMonths)
{
    for (ClassType type : {ClassType::Infant, ClassType::YoungToddler, ClassType::OlderToddler}) {
        const ClassStandard s = standard(type);
        if (ageMonths >= s.minAgeMonths && ageMonths < s.maxAgeMonths)
            return type;
    }
    return std::nullopt;
}

QString RosterTypes::key(CareType type)
{
    return enumKey(careTypeNames(), type);
}

std::optional<CareType> RosterTypes::careTypeFromKey(const QString& text)
{
    return enumFromKey(careTypeNames(), text);
}

QString RosterTypes::chineseName(CareType type)
{
    return enumChinese(careTypeNames(), type);
}

QString RosterTypes::label(CareType type)
{
    switch (type) {
    case CareType::FullDay:
        return tr("Full-day care");
    case CareType::HalfDay:
        return tr("Half-day care");
    case CareType::Hourly:
        return tr("Hourly care");
    case CareType::Home:
        return tr("Home care");
    }
    return {};
}

QList<StaffRole> RosterTypes::staffRoles()
{
    return enumValues(staffRoleNames());
}

QString RosterTypes::key(StaffRole role)
{
    return enumKey(staffRoleNames(), role);
}

std::optional<StaffRole> RosterTypes::staffRoleFromKey(const QString& text)
{
    return enumFromKey(staffRoleNames(), text);
}

QString RosterTypes::chineseName(StaffRole role)
{
    switch (role) {
    case StaffRole::Head:
        return u"负责人"_s;
    case StaffRole::Caregiver:
        return u"保育人员"_s;
    case StaffRole::HealthWorker:
        return u"保健人员"_s;
    case StaffRole::Cook:
        return u"炊事人员"_s;
    case StaffRole::Security:
        return u"安保人员"_s;
    case StaffRole::Other:
        return u"其他人员"_s;
    }
    return {};
}

QString RosterTypes::label(StaffRole role)
{
    switch (role) {
    case StaffRole::Head:
        return tr("Head");
    case StaffRole::Caregiver:
        return tr("Caregiver");
    case StaffRole::HealthWorker:
        return tr("Health worker");
    case StaffRole::Cook:
        return tr("Cook");
    case StaffRole::Security:
        return tr("Security");
    case StaffRole::Other:
        return tr("Other staff");
    }
    return {};
}
