#include "PolicyDefinition.h"

#include "PolicyKey.h"

#include <utility>

PolicyDefinition::PolicyDefinition(QString key, PolicyUnit unit, const char* labelSource)
    : m_key(std::move(key))
    , m_unit(unit)
    , m_labelSource(labelSource)
{
}

const QList<PolicyDefinition>& PolicyDefinition::all()
{
    using namespace PolicyKey;
    using U = PolicyUnit;
    static const QList<PolicyDefinition> definitions {
        {ListPriceInfant, U::Fen, QT_TR_NOOP("Monthly care fee, infant class")},
        {ListPriceYoung, U::Fen, QT_TR_NOOP("Monthly care fee, younger toddler class")},
        {ListPriceOlder, U::Fen, QT_TR_NOOP("Monthly care fee, older toddler class")},
        {ListPriceMixed, U::Fen, QT_TR_NOOP("Monthly care fee, mixed-age class")},
        {ListPriceFamily, U::Fen, QT_TR_NOOP("Monthly care fee, family care point")},
        {HalfDayPercent, U::Percent, QT_TR_NOOP("Half-day care fee, share of the full-day fee")},
        {HourlyRate, U::Fen, QT_TR_NOOP("Hourly care, per started hour")},
        {HomeCareHourlyRate, U::Fen, QT_TR_NOOP("Home care, per hour")},
        {InclusiveReduction, U::Fen, QT_TR_NOOP("Inclusive care reduction per child per month")},
        {MealDailyRate, U::Fen, QT_TR_NOOP("Meals, per day attended")},
        {RefundAbsentMonthPercent, U::Percent, QT_TR_NOOP("Care fee refunded for a whole month absent")},
        {RefundHalfOrLessPercent, U::Percent,
         QT_TR_NOOP("Care fee refunded when attending at most half the care days")},
        {PrepayMaxMonths, U::Months, QT_TR_NOOP("Longest prepayment")},
        {OperatingSubsidyIndependent, U::Fen,
         QT_TR_NOOP("Operating subsidy per child per month, independent institution")},
        {OperatingSubsidyKindergarten, U::Fen, QT_TR_NOOP("Operating subsidy per child per month, kindergarten class")},
        {SubsidyMinAttendancePercent, U::Percent, QT_TR_NOOP("Attendance needed for the operating subsidy")},
        {SubsidyMaxClaimMonthsPerYear, U::Months, QT_TR_NOOP("Subsidised months per child per year, at most")},
        {SubsidyMaxAgeMonths, U::Months, QT_TR_NOOP("Age limit for the operating subsidy")},
        {BirthSubsidySecondChild, U::Fen, QT_TR_NOOP("Birth subsidy, second child")},
        {BirthSubsidyThirdChild, U::Fen, QT_TR_NOOP("Birth subsidy, third or later child")},
        {NationalChildcareSubsidyYearly, U::Fen, QT_TR_NOOP("National childcare subsidy per child per year")},
        {EnrolmentMinAgeMonths, U::Months, QT_TR_NOOP("Youngest age accepted")},
        {RatioMixed, U::Children, QT_TR_NOOP("Children per caregiver, mixed-age class")},
        {HealthCertificateWarnDays, U::Days, QT_TR_NOOP("Warning before a health certificate expires")},
        {CertifiedStaffTargetPercent, U::Percent, QT_TR_NOOP("Target share of certified caregivers")},
        {IdleLockMinutes, U::Minutes, QT_TR_NOOP("Lock after inactivity")},
        {ReportDaysAfterMonth, U::Days, QT_TR_NOOP("Monthly report due, days after the month's end")},
    };
    return definitions;
}

const PolicyDefinition* PolicyDefinition::find(const QString& key)
{
    for (const PolicyDefinition& definition : all()) {
        if (definition.key() == key)
            return &definition;
    }
    return nullptr;
}

namespace {

struct UnitName
{
    PolicyUnit unit;
    QStringView name;
};

constexpr UnitName UnitNames[] = {
    {PolicyUnit::Fen, u"fen"},   {PolicyUnit::Percent, u"percent"},   {PolicyUnit::Months, u"months"},
    {PolicyUnit::Days, u"days"}, {PolicyUnit::Children, u"children"}, {PolicyUnit::Minutes, u"minutes"},
};

} // namespace

QString PolicyDefinition::unitName(PolicyUnit unit)
{
    for (const UnitName& entry : UnitNames) {
        if (entry.unit == unit)
            return entry.name.toString();
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<PolicyUnit> PolicyDefinition::unitFromName(const QString& name)
{
    for (const UnitName& entry : UnitNames) {
        if (entry.name == name)
            return entry.unit;
    }
    return std::nullopt;
}
