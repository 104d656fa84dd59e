#include "RosterImport.h"

#include "ChildRepository.h"
#include "ClassRepository.h"
#include "RosterRowReader.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/Month.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

using namespace Qt::StringLiterals;

namespace {

Status writeChild(ChildRepository& children, const PlannedChild& planned, QDate today)
{
    const ChildRecord& child = planned.record;
    Placement placement {planned.classId, planned.careType, child.enrolledOn, child.withdrawnOn};
    if (!planned.isUpdate()) {
        const Result<qint64> added = children.add(child, placement);
        return added ? Status() : Status::failure(added.error());
    }
    if (Status s = children.update(child); !s)
        return s;
    if (!planned.currentEnrolledOn.isValid())
        return children.enrol(child.id, placement);
    if (planned.classId != planned.currentClassId || planned.currentCareType != planned.careType) {
        const QDate from = std::max(today, planned.currentEnrolledOn);
        if (Status s = children.changePlacement(child.id, from, planned.classId, planned.careType); !s)
            return s;
    }
    if (child.withdrawnOn.isValid() && child.withdrawnOn != planned.currentWithdrawnOn)
        return children.withdraw(child.id, child.withdrawnOn);
    return {};
}

} // namespace

QList<ImportColumn> RosterImport::columns()
{
    return {
        {u"name"_s, u"姓名"_s, true},
        {u"gender"_s, u"性别"_s, true},
        {u"birth_date"_s, u"出生日期"_s, true},
        {u"id_number"_s, u"身份证号"_s, true},
        {u"birth_order"_s, u"孩次"_s, false},
        {u"class"_s, u"班级"_s, true},
        {u"care_type"_s, u"托育类型"_s, true},
        {u"enrolled_on"_s, u"入托日期"_s, true},
        {u"withdrawn_on"_s, u"离托日期"_s, false},
        {u"guardian"_s, u"监护人"_s, false},
        {u"phone"_s, u"联系电话"_s, false},
        {u"hukou"_s, u"户籍"_s, false},
        {u"consent_date"_s, u"监护人同意日期"_s, false},
        {u"note"_s, u"备注"_s, false},
    };
}

Result<RosterImportPlan> RosterImport::preview(Database& db, const QString& path)
{
    const Result<CsvTable> table = CsvReader::read(path);
    if (!table)
        return Result<RosterImportPlan>::failure(table.error());
    return preview(db, table.value());
}

Result<RosterImportPlan> RosterImport::preview(Database& db, const CsvTable& table)
{
    if (Status allowed = Access::require(db.actor(), Permission::EditRoster); !allowed)
        return Result<RosterImportPlan>::failure(allowed.error());
    const QDate today = Clock::today();
    const Result<QList<ClassRecord>> classes = ClassRepository(db).classes();
    if (!classes)
        return Result<RosterImportPlan>::failure(classes.error());
    const Result<QList<ChildListEntry>> existing = ChildListing::load(db, today);
    if (!existing)
        return Result<RosterImportPlan>::failure(existing.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return Result<RosterImportPlan>::failure(policy.error());
    ChildValidator::Options options;
    options.today = today;
    options.minimumAgeMonths
        = int(policy->valueOr(u"enrolment.min_age_months"_s, Month::of(today), options.minimumAgeMonths));
    options.requireConsentToEnrol = false;

    RosterImportPlan plan;
    plan.encoding = table.encoding;
    const ImportTable cells(table, columns());
    plan.report.warnings = cells.headerWarnings();
    plan.report.errors = cells.headerErrors();
    if (!plan.report.ok())
        return plan;
    RosterRowReader reader(db, cells, classes.value(), existing.value(), options);
    for (const CsvRow& row : cells.rows()) {
        if (const std::optional<PlannedChild> child = reader.read(row, plan.report)) {
            plan.children.append(*child);
            ++(child->isUpdate() ? plan.report.updated : plan.report.added);
        }
    }
    if (cells.rows().isEmpty())
        plan.report.errors.append({{}, {}, tr("The file has a header but no rows."), 1});
    return plan;
}

Result<ImportReport> RosterImport::apply(Database& db, const RosterImportPlan& plan)
{
    if (!plan.report.ok())
        return Result<ImportReport>::failure(
            tr("The file has %n problem(s); nothing was imported.", nullptr, int(plan.report.errors.size())));
    ChildRepository children(db);
    const QDate today = Clock::today();
    const Status written = db.transaction([&]() -> Status {
        for (const PlannedChild& planned : plan.children)
            if (Status s = writeChild(children, planned, today); !s)
                return Status::failure(tr("Row %1: %2").arg(planned.line).arg(s.error()));
        return {};
    });
    if (!written)
        return Result<ImportReport>::failure(written.error());
    return plan.report;
}
