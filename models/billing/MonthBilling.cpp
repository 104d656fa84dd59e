#include "MonthBilling.h"

#include "BillCalculator.h"
#include "BillStore.h"
#include "ChargeItemRepository.h"
#include "access/Access.h"
#include "attendance/AttendanceMonth.h"
#include "institution/InstitutionRepository.h"
#include "roster/ClassRepository.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

Money MonthBills::total() const
{
    Money sum;
    for (const ChildBill& c : children)
        sum += c.bill.total();
    return sum;
}

namespace {

// The recognition covers the month when it was in force on its first day.
bool inclusiveIn(const std::optional<InstitutionProfile>& profile, Month month)
{
    return profile && profile->inclusive
        && (!profile->inclusiveFrom.isValid() || profile->inclusiveFrom <= month.firstDay());
}

} // namespace

Result<MonthBills> MonthBilling::compute(Database& db, Month month)
{
    using R = Result<MonthBills>;
    if (Status allowed = Access::require(db.actor(), Permission::ViewFees); !allowed)
        return R::failure(allowed.error());
    const Result<AttendanceMonthSummary> attendance = AttendanceMonth::compute(db, month);
    if (!attendance)
        return R::failure(attendance.error());
    const Result<QList<ClassRecord>> classes = ClassRepository(db).classes();
    if (!classes)
        return R::failure(classes.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return R::failure(policy.error());
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(db).load();
    if (!profile)
        return R::failure(profile.error());
    const Result<QHash<qint64, QList<OtherCharge>>> others = ChargeItemRepository(db).chargesIn(month);
    if (!others)
        return R::failure(others.error());

    QHash<qint64, ClassType> classTypes;
    for (const ClassRecord& c : classes.value())
        classTypes.insert(c.id, c.type);
    MonthBills bills;
    bills.month = month;
    bills.careDays = int(attendance->careDays.size());
    bills.inclusive = inclusiveIn(profile.value(), month);

    // A child who moved classes has a row in each; her facts gather the days of all of them.
    QHash<qint64, qsizetype> indexOf;
    QList<BillFacts> facts;
    QList<QDate> lastDays;
    for (const ClassAttendance& c : attendance->classes) {
        const ClassType type = classTypes.value(c.classId, ClassType::Mixed);
        for (const ChildAttendance& child : c.children) {
            qsizetype index = indexOf.value(child.childId, -1);
            if (index < 0) {
                index = bills.children.size();
                indexOf.insert(child.childId, index);
                bills.children.append(ChildBill {child.childId, child.name, child.idNumber, {}, {}});
                facts.append(BillFacts {month, bills.careDays, bills.inclusive, {}, others->value(child.childId)});
                lastDays.append(QDate());
            }
            for (int d = 0; d < child.days.size(); ++d) {
                const AttendanceCell& cell = child.days.at(d);
                if (cell.kind == AttendanceCell::Kind::NotExpected)
                    continue;
                const bool present
                    = cell.kind == AttendanceCell::Kind::Recorded && cell.status == AttendanceStatus::Present;
                const QDate day = month.firstDay().addDays(d);
                facts[index].days << BilledDay {day, type, cell.careType, present, cell.hours};
                if (!lastDays.at(index).isValid() || day > lastDays.at(index)) {
                    lastDays[index] = day;
                    bills.children[index].className = c.name;
                }
            }
        }
    }
    for (qsizetype i = 0; i < facts.size(); ++i) {
        // Day by day, so a class change shows its price lines in the order they came.
        std::sort(facts[i].days.begin(), facts[i].days.end(),
                  [](const BilledDay& a, const BilledDay& b) { return a.day < b.day; });
        bills.children[i].bill = BillCalculator::compute(facts.at(i), policy.value());
    }
    std::sort(bills.children.begin(), bills.children.end(), [](const ChildBill& a, const ChildBill& b) {
        return std::tie(a.name, a.childId) < std::tie(b.name, b.childId);
    });
    return bills;
}

Result<MonthBills> MonthBilling::forMonth(Database& db, Month month)
{
    using R = Result<MonthBills>;
    if (Status allowed = Access::require(db.actor(), Permission::ViewFees); !allowed)
        return R::failure(allowed.error());
    const Result<ClosedMonths> closed = ClosedMonths::load(db);
    if (!closed)
        return R::failure(closed.error());
    return closed->isClosed(month) ? BillStore::load(db, month) : compute(db, month);
}
