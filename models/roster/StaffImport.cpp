#include "StaffImport.h"

#include "ClassRepository.h"
#include "StaffRepository.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QHash>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

// What the rows of one file need to know, loaded once.
struct StaffContext
{
    QHash<QString, qint64> classIds;
    QList<QualificationType> types;
    QHash<QString, StaffRecord> existing;
};

QString typeNames(const QList<QualificationType>& types)
{
    QStringList names;
    for (const QualificationType& t : types)
        names << t.nameZh;
    return names.join(u"、"_s);
}

std::optional<Qualification> readQualification(const ImportTable& table, const CsvRow& row, const StaffContext& context,
                                               FieldErrors& errors)
{
    const QString text = table.cell(row, u"qualification"_s);
    if (text.isEmpty())
        return std::nullopt;
    const auto type = std::find_if(context.types.begin(), context.types.end(), [&](const QualificationType& t) {
        return t.code.compare(text, Qt::CaseInsensitive) == 0 || t.nameZh == text;
    });
    if (type == context.types.end()) {
        errors.append(table.error(
            row, u"qualification"_s,
            StaffImport::tr("Unknown certificate \"%1\"; the kinds are: %2.").arg(text, typeNames(context.types))));
        return std::nullopt;
    }
    return Qualification {type->code,
                          table.cell(row, u"level"_s),
                          table.cell(row, u"number"_s),
                          table.cell(row, u"issuer"_s),
                          table.date(row, u"issued_on"_s, errors),
                          table.date(row, u"expires_on"_s, errors)};
}

void readPerson(const ImportTable& table, const CsvRow& row, const StaffContext& context, StaffRecord& staff,
                FieldErrors& errors)
{
    staff.name = table.cell(row, u"name"_s);
    staff.gender = table.gender(row, u"gender"_s, errors);
    const QString roleText = table.cell(row, u"role"_s);
    if (const auto role = RosterTypes::staffRoleFromKey(roleText))
        staff.role = *role;
    else
        errors.append(
            table.error(row, u"role"_s,
                        StaffImport::tr("Unknown role \"%1\"; write 负责人, 保育人员, 保健人员, 炊事人员, 保安 "
                                        "or 其他 (head, caregiver, health, cook, security, other).")
                            .arg(roleText)));
    staff.phone = table.cell(row, u"phone"_s);
    staff.hiredOn = table.date(row, u"hired_on"_s, errors);
    staff.leftOn = table.date(row, u"left_on"_s, errors);
    if (table.has(u"classes"_s)) {
        staff.classIds.clear();
        static const QRegularExpression separators(u"[、,，;；/]"_s);
        for (const QString& name : table.cell(row, u"classes"_s).split(separators, Qt::SkipEmptyParts)) {
            if (const auto id = context.classIds.constFind(name.trimmed()); id != context.classIds.cend())
                staff.classIds << *id;
            else
                errors.append(table.error(row, u"classes"_s,
                                          StaffImport::tr("There is no class called \"%1\".").arg(name.trimmed())));
        }
    }
}

Result<StaffContext> loadContext(Database& db)
{
    StaffContext context;
    const auto classes = ClassRepository(db).classes();
    if (!classes)
        return Result<StaffContext>::failure(classes.error());
    for (const ClassRecord& c : classes.value())
        context.classIds.insert(c.name, c.id);
    StaffRepository repository(db);
    const auto types = repository.qualificationTypes();
    if (!types)
        return Result<StaffContext>::failure(types.error());
    context.types = types.value();
    const auto staff = repository.staff();
    if (!staff)
        return Result<StaffContext>::failure(staff.error());
    for (const StaffRecord& s : staff.value())
        context.existing.insert(s.idNumber, s);
    return context;
}

} // namespace

QList<ImportColumn> StaffImport::columns()
{
    return {
        {u"name"_s, u"姓名"_s, true},
        {u"gender"_s, u"性别"_s, true},
        {u"role"_s, u"岗位"_s, true},
        {u"id_number"_s, u"身份证号"_s, true},
        {u"phone"_s, u"联系电话"_s, true},
        {u"hired_on"_s, u"入职日期"_s, true},
        {u"left_on"_s, u"离职日期"_s, false},
        {u"classes"_s, u"班级"_s, false},
        {u"qualification"_s, u"证书类型"_s, false},
        {u"level"_s, u"证书等级"_s, false},
        {u"number"_s, u"证书编号"_s, false},
        {u"issuer"_s, u"发证机关"_s, false},
        {u"issued_on"_s, u"发证日期"_s, false},
        {u"expires_on"_s, u"有效期至"_s, false},
    };
}

Result<StaffImportPlan> StaffImport::preview(Database& db, const QString& path)
{
    const Result<CsvTable> table = CsvReader::read(path);
    if (!table)
        return Result<StaffImportPlan>::failure(table.error());
    return preview(db, table.value());
}

Result<StaffImportPlan> StaffImport::preview(Database& db, const CsvTable& table)
{
    if (Status allowed = Access::require(db.actor(), Permission::EditRoster); !allowed)
        return Result<StaffImportPlan>::failure(allowed.error());
    const Result<StaffContext> context = loadContext(db);
    if (!context)
        return Result<StaffImportPlan>::failure(context.error());
    const QDate today = Clock::today();
    const ImportTable cells(table, columns());
    StaffImportPlan plan;
    plan.report.warnings = cells.headerWarnings();
    plan.report.errors = cells.headerErrors();
    if (!plan.report.ok())
        return plan;

    // Rows with one ID number make one person; the first of them gives her details.
    QHash<QString, qsizetype> personOfId;
    QList<CsvRow> firstRows;
    FieldErrors errors;
    for (const CsvRow& row : cells.rows()) {
        const QString text = cells.cell(row, u"id_number"_s).remove(u' ');
        if (text.isEmpty()) {
            errors.append(cells.error(row, u"id_number"_s, tr("The ID number is missing; staff are matched by it.")));
            continue;
        }
        const Result<IdNumber> id = IdNumber::parse(text, today);
        const QString idNumber = id ? id->text() : text;
        qsizetype index = personOfId.value(idNumber, -1);
        if (index < 0) {
            PlannedStaff person;
            person.line = row.line;
            person.record = context->existing.value(idNumber);
            person.record.qualifications.clear();
            readPerson(cells, row, context.value(), person.record, errors);
            person.record.idNumber = idNumber;
            index = plan.staff.size();
            personOfId.insert(idNumber, index);
            plan.staff.append(person);
            firstRows.append(row);
        }
        if (const auto qualification = readQualification(cells, row, context.value(), errors))
            plan.staff[index].record.qualifications.append(*qualification);
    }
    for (qsizetype i = 0; i < plan.staff.size(); ++i) {
        StaffRecord& record = plan.staff[i].record;
        if (!cells.has(u"qualification"_s) && record.id > 0)
            record.qualifications = context->existing.value(record.idNumber).qualifications;
        cells.addValidation(firstRows.at(i), StaffRepository::validate(record, today, context->types), errors);
        ++(plan.staff.at(i).isUpdate() ? plan.report.updated : plan.report.added);
    }
    plan.report.errors.append(errors);
    if (cells.rows().isEmpty())
        plan.report.errors.append({{}, {}, tr("The file has a header but no rows."), 1});
    return plan;
}

Result<ImportReport> StaffImport::apply(Database& db, const StaffImportPlan& plan)
{
    if (!plan.report.ok())
        return Result<ImportReport>::failure(
            tr("The file has %n problem(s); nothing was imported.", nullptr, int(plan.report.errors.size())));
    StaffRepository repository(db);
    const Status written = db.transaction([&]() -> Status {
        for (const PlannedStaff& person : plan.staff) {
            Status s;
            if (person.isUpdate())
                s = repository.update(person.record);
            else if (const Result<qint64> added = repository.add(person.record); !added)
                s = Status::failure(added.error());
            if (!s)
                return Status::failure(tr("Row %1: %2").arg(person.line).arg(s.error()));
        }
        return {};
    });
    if (!written)
        return Result<ImportReport>::failure(written.error());
    return plan.report;
}
