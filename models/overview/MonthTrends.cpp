#include "MonthTrends.h"

#include "attendance/AttendanceMonth.h"
#include "billing/PaymentRepository.h"
#include "subsidy/ClaimBatches.h"

Result<SubsidyMonth> MonthTrends::subsidyOf(Database& db, Month month)
{
    const Result<QList<ClaimBatch>> versions = ClaimBatches::versions(db, month);
    if (!versions)
        return Result<SubsidyMonth>::failure(versions.error());
    // The latest version the county has; a draft after it is not sent yet.
    for (auto it = versions->crbegin(); it != versions->crend(); ++it)
        if (it->status != ClaimStatus::Draft)
            return SubsidyMonth {it->totals().amount, it->paid.value_or(Money())};
    return SubsidyMonth {};
}

Result<QList<MonthTrend>> MonthTrends::load(Database& db, const OverviewScope& scope, Month last, int count)
{
    using R = Result<QList<MonthTrend>>;
    QList<MonthTrend> trends;
    for (Month m = last.addMonths(1 - count); m <= last; m = m.next()) {
        MonthTrend trend;
        trend.month = m;
        const Result<AttendanceMonthSummary> attendance = AttendanceMonth::compute(db, m);
        if (!attendance)
            return R::failure(attendance.error());
        AttendanceCounts totals;
        for (const ClassAttendance& c : attendance->classes)
            if (scope.covers(c.classId))
                totals += c.totals;
        // A month without a single record has no rate: attendance was not kept here yet, which is not absence.
        if (totals.notRecorded < totals.expected)
            trend.attendance = totals.rate();
        if (scope.fees) {
            const Result<Money> collected = PaymentRepository(db).collectedIn(m);
            if (!collected)
                return R::failure(collected.error());
            trend.collected = collected.value();
        }
        if (scope.claims) {
            const Result<SubsidyMonth> subsidy = subsidyOf(db, m);
            if (!subsidy)
                return R::failure(subsidy.error());
            trend.subsidyReceived = subsidy->received;
        }
        trends << trend;
    }
    return trends;
}
