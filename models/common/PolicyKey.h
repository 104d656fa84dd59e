#pragma once

#include <QString>

// The names of the dated policy parameters, as stored and as written in resources/policy/defaults.json. Code
// names a parameter through these constants only; PolicyDefinition gives each its unit and label.
namespace PolicyKey {

// Every fee parameter's key starts with this; Settings shows them together as the fee schedule.
inline const QString FeePrefix = QStringLiteral("fee.");

// Care fee list prices per month, full-day (保育费).
inline const QString ListPriceInfant = QStringLiteral("fee.list_price.infant");
inline const QString ListPriceYoung = QStringLiteral("fee.list_price.young");
inline const QString ListPriceOlder = QStringLiteral("fee.list_price.older");
inline const QString ListPriceMixed = QStringLiteral("fee.list_price.mixed");
inline const QString ListPriceFamily = QStringLiteral("fee.list_price.family");
inline const QString HalfDayPercent = QStringLiteral("fee.half_day_percent");
inline const QString HourlyRate = QStringLiteral("fee.hourly_rate");
inline const QString HomeCareHourlyRate = QStringLiteral("fee.home_care_hourly_rate");
inline const QString InclusiveReduction = QStringLiteral("fee.inclusive_reduction");
inline const QString MealDailyRate = QStringLiteral("fee.meal_daily_rate");
inline const QString RefundAbsentMonthPercent = QStringLiteral("fee.refund.absent_month_percent");
inline const QString RefundHalfOrLessPercent = QStringLiteral("fee.refund.half_or_less_percent");
inline const QString PrepayMaxMonths = QStringLiteral("fee.prepay_max_months");

// Subsidies (补贴).
inline const QString OperatingSubsidyIndependent = QStringLiteral("subsidy.operating.independent");
inline const QString OperatingSubsidyKindergarten = QStringLiteral("subsidy.operating.kindergarten");
inline const QString SubsidyMinAttendancePercent = QStringLiteral("subsidy.min_attendance_percent");
inline const QString SubsidyMaxClaimMonthsPerYear = QStringLiteral("subsidy.max_claim_months_per_year");
inline const QString SubsidyMaxAgeMonths = QStringLiteral("subsidy.max_age_months");
inline const QString BirthSubsidySecondChild = QStringLiteral("subsidy.birth.second");
inline const QString BirthSubsidyThirdChild = QStringLiteral("subsidy.birth.third");
inline const QString NationalChildcareSubsidyYearly = QStringLiteral("subsidy.childcare_national_yearly");

// Enrolment, staffing and access.
inline const QString EnrolmentMinAgeMonths = QStringLiteral("enrolment.min_age_months");
inline const QString RatioMixed = QStringLiteral("ratio.mixed");
inline const QString HealthCertificateWarnDays = QStringLiteral("staff.health_certificate_warn_days");
inline const QString CertifiedStaffTargetPercent = QStringLiteral("staff.certified_target_percent");
inline const QString IdleLockMinutes = QStringLiteral("access.idle_lock_minutes");

// Reporting upstream: a month's report is on time up to this many days after the month's end.
inline const QString ReportDaysAfterMonth = QStringLiteral("report.days_after_month");

} // namespace PolicyKey
