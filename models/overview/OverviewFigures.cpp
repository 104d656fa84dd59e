#include "OverviewFigures.h"

#include "MonthTrends.h"
#include "attendance/AttendanceMonth.h"
#include "billing/Arrears.h"
#include "billing/MonthBilling.h"
#include "billing/PaymentRepository.h"
#include "roster/ChildListing.h"
#include "roster/ClassOverview.h"
#include "store/Database.h"

namespace {

// In care on the day: enrolled by then and not gone before it (withdrawnOn is the last day in care).
bool inCare(const ChildListEntry& child, QDate day)
{
    return child.enrolledOn.isValid() && child.enrolledOn <= day
        && (!child.withdrawnOn.isValid() || child.withdrawnOn >= day);
}

Status addPlaces(Database& db, OverviewFigures& figures)
{
    const Result<QList<ClassStatus>> classes = ClassOverview::load(db, figures.day);
    if (!classes)
        return Status::failure(classes.error());
    for (const ClassStatus& c : classes.value()) {
        if (!figures.scope.covers(c.record.id))
            continue;
        figures.classes << ClassOccupancy {c.record.id, c.record.name, int(c.children.size()), c.record.capacity};
        figures.placeUse.denominator += c.record.capacity;
    }
    return {};
}

Status addChildren(Database& db, OverviewFigures& figures)
{
    const Result<QList<ChildListEntry>> children = ChildListing::load(db, figures.day);
    if (!children)
        return Status::failure(children.error());
    for (const ChildListEntry& child : children.value()) {
        // A child not placed in any class counts for those who see every class.
        if (!inCare(child, figures.day) || (child.classId != 0 && !figures.scope.covers(child.classId))
            || (child.classId == 0 && !figures.scope.allClasses))
            continue;
        ++figures.placeUse.numerator;
        ++figures.ageBands[AgeBands::of(ageInCompletedMonths(child.birthDate, figures.day))];
    }
    return {};
}

Status addAttendance(Database& db, OverviewFigures& figures)
{
    const Result<AttendanceMonthSummary> month = AttendanceMonth::compute(db, Month::of(figures.day));
    if (!month)
        return Status::failure(month.error());
    const qsizetype today = figures.day.day() - 1;
    AttendanceCounts totals;
    for (const ClassAttendance& c : month->classes) {
        if (!figures.scope.covers(c.classId))
            continue;
        totals += c.totals;
        for (const ChildAttendance& child : c.children) {
            const AttendanceCell& cell = child.days.at(today);
            if (cell.kind == AttendanceCell::Kind::Gap)
                ++figures.todayNotRecorded;
            if (cell.kind != AttendanceCell::Kind::Recorded)
                continue;
            ++figures.today.denominator;
            if (cell.status == AttendanceStatus::Present)
                ++figures.today.numerator;
        }
    }
    figures.today.denominator += figures.todayNotRecorded;
    figures.monthRate = totals.rate();
    return {};
}

Status addFees(Database& db, OverviewFigures& figures)
{
    const Month month = Month::of(figures.day);
    const Result<MonthBills> bills = MonthBilling::forMonth(db, month);
    if (!bills)
        return Status::failure(bills.error());
    figures.billed = bills->total();
    const Result<Money> collected = PaymentRepository(db).collectedIn(month);
    if (!collected)
        return Status::failure(collected.error());
    figures.collected = collected.value();
    const Result<ArrearsList> arrears = Arrears::compute(db);
    if (!arrears)
        return Status::failure(arrears.error());
    figures.outstanding = arrears->total();
    return {};
}

Status addSubsidy(Database& db, OverviewFigures& figures)
{
    Money claimed;
    Money received;
    for (Month m(figures.day.year(), 1); m <= Month::of(figures.day); m = m.next()) {
        const Result<SubsidyMonth> subsidy = MonthTrends::subsidyOf(db, m);
        if (!subsidy)
            return Status::failure(subsidy.error());
        claimed += subsidy->claimed;
        received += subsidy->received;
    }
    figures.subsidyClaimed = claimed;
    figures.subsidyReceived = received;
    return {};
}

} // namespace

Result<OverviewFigures> OverviewFigures::load(Database& db, QDate day)
{
    const Result<OverviewScope> scope = OverviewScope::of(db);
    if (!scope)
        return Result<OverviewFigures>::failure(scope.error());
    OverviewFigures figures;
    figures.day = day;
    figures.scope = scope.value();
    for (Status (*add)(Database&, OverviewFigures&) : {addPlaces, addChildren, addAttendance})
        if (Status s = add(db, figures); !s)
            return Result<OverviewFigures>::failure(s.error());
    if (figures.scope.fees)
        if (Status s = addFees(db, figures); !s)
            return Result<OverviewFigures>::failure(s.error());
    if (figures.scope.claims)
        if (Status s = addSubsidy(db, figures); !s)
            return Result<OverviewFigures>::failure(s.error());
    if (figures.scope.staff) {
        const Result<StaffOverview> staff = StaffOverview::load(db, day);
        if (!staff)
            return Result<OverviewFigures>::failure(staff.error());
        figures.certified = staff->rate;
    }
    return figures;
}
