#include "ClaimBuilder.h"

#include "ClaimBatches.h"
#include "access/Access.h"
#include "attendance/AttendanceMonth.h"
#include "billing/MonthBilling.h"
#include "common/PolicyKey.h"
#include "institution/InstitutionRepository.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

struct ChildDates
{
    QDate birth;
    QDate enrolled;
};

// What the attendance of the month says about a child for the claim, over every class she was in.
struct DayCare
{
    bool any = false; // some care day in full-day or half-day care
    int present = 0; // days present in full-day or half-day care
};

bool isDayCare(CareType type)
{
    return type == CareType::FullDay || type == CareType::HalfDay;
}

QHash<qint64, DayCare> dayCareOf(const AttendanceMonthSummary& attendance)
{
    QHash<qint64, DayCare> of;
    for (const ClassAttendance& c : attendance.classes)
        for (const ChildAttendance& child : c.children)
            for (const AttendanceCell& cell : child.days) {
                if (cell.kind == AttendanceCell::Kind::NotExpected || !isDayCare(cell.careType))
                    continue;
                DayCare& d = of[child.childId];
                d.any = true;
                if (cell.kind == AttendanceCell::Kind::Recorded && cell.status == AttendanceStatus::Present)
                    ++d.present;
            }
    return of;
}

Result<QHash<qint64, ChildDates>> childDates(Database& db)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT id, birth_date, enrolled_on FROM children"_s);
    if (Status s = Sql::exec(query); !s)
        return Result<QHash<qint64, ChildDates>>::failure(s.error());
    QHash<qint64, ChildDates> dates;
    while (query.next())
        dates.insert(query.value(0).toLongLong(),
                     {QDate::fromString(query.value(1).toString(), Qt::ISODate),
                      QDate::fromString(query.value(2).toString(), Qt::ISODate)});
    return dates;
}

Money sumOf(const Bill& bill, std::initializer_list<BillLine::Kind> kinds)
{
    Money sum;
    for (const BillLine& line : bill.lines)
        if (std::find(kinds.begin(), kinds.end(), line.kind) != kinds.end())
            sum += line.amount;
    return sum;
}

// The first rule of domain.md §8 the line fails, the places aside.
ClaimReason firstFailedRule(const ClaimLine& line, const ClaimBuild& build, const DayCare& dayCare,
                            const PolicyParameters& policy)
{
    const Month month = build.month;
    if (!build.inclusive)
        return ClaimReason::NotInclusive;
    if (line.ageMonths < 0 || line.ageMonths >= policy.valueOr(PolicyKey::SubsidyMaxAgeMonths, month, 36))
        return ClaimReason::TooOld;
    if (line.idNumber.isEmpty())
        return ClaimReason::NoIdNumber;
    if (!dayCare.any)
        return ClaimReason::NotDayCare;
    if (line.attendedDays < line.neededDays)
        return ClaimReason::TooFewDays;
    if (line.claimedMonths >= policy.valueOr(PolicyKey::SubsidyMaxClaimMonthsPerYear, month, 10))
        return ClaimReason::YearCapReached;
    return ClaimReason::None;
}

// Beyond the approved places, the children enrolled last (then by name) are listed as over them.
void capPlaces(QList<ClaimLine>& lines, int places)
{
    QList<ClaimLine*> passing;
    for (ClaimLine& l : lines)
        if (l.claimable())
            passing << &l;
    std::sort(passing.begin(), passing.end(), [](const ClaimLine* a, const ClaimLine* b) {
        // A child without an enrolment date comes after those with one.
        const auto key = [](const ClaimLine* l) {
            return std::tuple(!l->enrolledOn.isValid(), l->enrolledOn, l->name, l->childId);
        };
        return key(a) < key(b);
    });
    for (qsizetype i = places; i < passing.size(); ++i)
        passing[i]->reason = ClaimReason::OverPlaces;
}

} // namespace

Result<ClaimBuild> ClaimBuilder::build(Database& db, Month month)
{
    using R = Result<ClaimBuild>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    const Result<MonthBills> bills = MonthBilling::forMonth(db, month);
    if (!bills)
        return R::failure(bills.error());
    const Result<AttendanceMonthSummary> attendance = AttendanceMonth::compute(db, month);
    if (!attendance)
        return R::failure(attendance.error());
    const Result<QHash<qint64, ChildDates>> dates = childDates(db);
    if (!dates)
        return R::failure(dates.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return R::failure(policy.error());
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(db).load();
    if (!profile)
        return R::failure(profile.error());
    const Result<QHash<qint64, int>> claimed = ClaimBatches::claimedMonthsBefore(db, month);
    if (!claimed)
        return R::failure(claimed.error());

    ClaimBuild build;
    build.month = month;
    build.careDays = bills->careDays;
    build.inclusive = bills->inclusive;
    if (profile.value()) {
        build.institutionType = profile.value()->type;
        build.inclusivePlaces = profile.value()->inclusivePlaces;
    }
    const QString rateKey = build.institutionType == InstitutionType::Kindergarten
        ? PolicyKey::OperatingSubsidyKindergarten
        : PolicyKey::OperatingSubsidyIndependent;
    const Money rate = Money::fromFen(policy->valueOr(rateKey, month, 0));
    const qint64 percent = policy->valueOr(PolicyKey::SubsidyMinAttendancePercent, month, 50);
    const QHash<qint64, DayCare> dayCare = dayCareOf(attendance.value());

    for (const ChildBill& child : bills->children) {
        ClaimLine line;
        line.childId = child.childId;
        line.name = child.name;
        line.idNumber = child.idNumber;
        line.className = child.className;
        line.birthDate = dates->value(child.childId).birth;
        line.enrolledOn = dates->value(child.childId).enrolled;
        line.ageMonths = ageInCompletedMonths(line.birthDate, month.firstDay());
        line.careDays = build.careDays;
        line.attendedDays = dayCare.value(child.childId).present;
        // Half of 21 days is 10.5: rounded up, 11.
        line.neededDays = int((line.careDays * percent + 99) / 100);
        line.claimedMonths = claimed->value(child.childId);
        line.feeStandard = sumOf(child.bill, {BillLine::Kind::CareFee});
        line.reduction = sumOf(child.bill, {BillLine::Kind::InclusiveReduction});
        line.feeCharged = sumOf(
            child.bill, {BillLine::Kind::CareFee, BillLine::Kind::InclusiveReduction, BillLine::Kind::AbsenceRefund});
        line.rate = rate;
        line.reason = firstFailedRule(line, build, dayCare.value(child.childId), policy.value());
        build.lines << line;
    }
    capPlaces(build.lines, build.inclusivePlaces);
    return build;
}
