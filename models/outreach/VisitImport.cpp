#include "VisitImport.h"

#include "HouseholdRepository.h"
#include "OutreachChildIndex.h"
#include "OutreachTeam.h"
#include "VisitInput.h"
#include "VisitRepository.h"
#include "VisitValidator.h"
#include "common/Clock.h"
#include "roster/ImportSteps.h"
#include "store/Database.h"

#include <QSet>

using namespace Qt::StringLiterals;

namespace {

// The columns VisitInput reads, by the same keys.
const QStringList visitKeys {u"visited_on"_s,   u"visitors"_s,  u"topics"_s, u"weight"_s,   u"length"_s,
                             u"head"_s,         u"checklist"_s, u"advice"_s, u"referral"_s, u"referral_reason"_s,
                             u"next_visit_on"_s};

// The child a row names, or null after an error.
const OutreachChild* childOf(const ImportTable& cells, const CsvRow& row, const OutreachChildIndex& index,
                             FieldErrors& errors)
{
    const QString idNumber = cells.cell(row, u"id_number"_s);
    if (!idNumber.isEmpty()) {
        if (const std::optional<OutreachChildIndex::Found> found = index.byIdNumber(idNumber))
            return found->child;
        errors.append(
            cells.error(row, u"id_number"_s, VisitImport::tr("No child of the team's households has this ID number.")));
        return nullptr;
    }
    const QString village = cells.cell(row, u"village"_s);
    const QString name = cells.cell(row, u"child_name"_s);
    FieldErrors dateErrors;
    const QDate birth = cells.date(row, u"birth_date"_s, dateErrors);
    if (!dateErrors.isEmpty()) {
        errors.append(dateErrors);
        return nullptr;
    }
    if (village.isEmpty() || name.isEmpty() || !birth.isValid()) {
        errors.append(cells.error(row, u"child_name"_s,
                                  VisitImport::tr("Name the child by ID number, or by village, name and birth date.")));
        return nullptr;
    }
    const QList<OutreachChildIndex::Found> found = index.byVillageNameBirth(village, name, birth);
    if (found.size() == 1)
        return found.first().child;
    errors.append(cells.error(
        row, u"child_name"_s,
        found.isEmpty() ? VisitImport::tr("No child called %1 born on %2 is recorded in %3.")
                              .arg(name, birth.toString(Qt::ISODate), village)
                        : VisitImport::tr("%n children called %1 born on %2 are recorded in %3; give the ID number "
                                          "to say which.",
                                          nullptr, int(found.size()))
                              .arg(name, birth.toString(Qt::ISODate), village)));
    return nullptr;
}

} // namespace

QList<ImportColumn> VisitImport::columns()
{
    return {
        {u"id_number"_s, u"身份证号"_s, false},
        {u"village"_s, u"村"_s, false},
        {u"child_name"_s, u"幼儿姓名"_s, false},
        {u"birth_date"_s, u"出生日期"_s, false},
        {u"visited_on"_s, u"入户日期"_s, true},
        {u"visitors"_s, u"入户人员"_s, true},
        {u"topics"_s, u"指导内容"_s, true},
        {u"weight"_s, u"体重"_s, false},
        {u"length"_s, u"身长"_s, false},
        {u"head"_s, u"头围"_s, false},
        {u"checklist"_s, u"发育检查"_s, false},
        {u"advice"_s, u"指导建议"_s, false},
        {u"referral"_s, u"转介"_s, false},
        {u"referral_reason"_s, u"转介原因"_s, false},
        {u"next_visit_on"_s, u"下次入户日期"_s, false},
    };
}

Result<VisitImportPlan> VisitImport::preview(Database& db, const QString& path)
{
    return ImportSteps::readFile<VisitImportPlan>(path, [&](const CsvTable& table) { return preview(db, table); });
}

Result<VisitImportPlan> VisitImport::preview(Database& db, const CsvTable& table)
{
    using R = Result<VisitImportPlan>;
    if (Status allowed = OutreachTeam::require(db); !allowed)
        return R::failure(allowed.error());
    Result<QList<Household>> households = HouseholdRepository(db).all();
    if (!households)
        return R::failure(households.error());
    const VisitRepository visits(db);
    const Result<QHash<qint64, QList<QDate>>> visited = visits.visitDays();
    if (!visited)
        return R::failure(visited.error());
    const OutreachChildIndex index(std::move(households.value()));
    // Every row is checked against the same members and day, as VisitRepository::check would, without its queries.
    const Result<QStringList> members = OutreachTeam::members(db);
    if (!members)
        return R::failure(members.error());
    const QDate today = Clock::today();

    VisitImportPlan plan;
    plan.encoding = table.encoding;
    const ImportTable cells(table, columns());
    if (!ImportSteps::begin(cells, plan.report))
        return plan;
    QHash<std::pair<qint64, QDate>, int> rowOfVisit;
    for (const CsvRow& row : cells.rows()) {
        FieldErrors errors;
        const OutreachChild* child = childOf(cells, row, index, errors);
        QHash<QString, QString> fields;
        for (const QString& key : visitKeys)
            fields.insert(key, cells.cell(row, key));
        FieldErrors read;
        Visit visit = VisitInput::read(fields, read);
        cells.addValidation(row, read, errors);
        if (child) {
            visit.childId = child->id;
            const std::pair<qint64, QDate> day {child->id, visit.visitedOn};
            if (visit.visitedOn.isValid() && visited->value(child->id).contains(visit.visitedOn)) {
                plan.report.warnings.append(
                    cells.error(row, u"visited_on"_s,
                                tr("This child's visit of this day is already recorded; the row is left out.")));
                ++plan.alreadyRecorded;
                continue;
            }
            if (const auto earlier = rowOfVisit.constFind(day);
                visit.visitedOn.isValid() && earlier != rowOfVisit.cend())
                errors.append(cells.error(row, u"visited_on"_s,
                                          tr("Row %1 is a visit of the same child on the same day.").arg(*earlier)));
            rowOfVisit.insert(day, row.line);
            cells.addValidation(row, VisitValidator::validate(visit, *child, members.value(), today), errors);
        }
        if (!errors.isEmpty()) {
            plan.report.errors.append(errors);
            continue;
        }
        plan.visits.append({row.line, visit});
        ++plan.report.added;
    }
    return plan;
}

Result<ImportReport> VisitImport::apply(Database& db, const VisitImportPlan& plan)
{
    VisitRepository visits(db);
    return ImportSteps::apply(db, plan.report, [&]() -> Status {
        for (const PlannedVisit& planned : plan.visits)
            if (const Result<qint64> added = visits.add(planned.visit); !added)
                return Status::failure(tr("Row %1: %2").arg(planned.line).arg(added.error()));
        return {};
    });
}
