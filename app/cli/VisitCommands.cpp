#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "ImportOutput.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/OutreachChildIndex.h"
#include "outreach/VisitImport.h"
#include "outreach/VisitInput.h"
#include "outreach/VisitJson.h"
#include "outreach/VisitRepository.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace {

// The option of each VisitInput field, to name in messages.
const QMap<QString, QString>& optionOfField()
{
    static const QMap<QString, QString> map = {
        {u"visited_on"_s, u"--date"_s},        {u"visitors"_s, u"--visitor"_s},   {u"topics"_s, u"--topics"_s},
        {u"weight"_s, u"--weight"_s},          {u"length"_s, u"--length"_s},      {u"head"_s, u"--head"_s},
        {u"checklist"_s, u"--checklist"_s},    {u"advice"_s, u"--advice"_s},      {u"referral"_s, u"--referral"_s},
        {u"referral_reason"_s, u"--reason"_s}, {u"next_visit_on"_s, u"--next"_s},
    };
    return map;
}

// The child named by --child (ID number) or --child-id, or nullopt after reporting why there is none.
std::optional<OutreachChild> childOf(CliContext& context, Database& db, const CommandParser& parser, int* exitCode)
{
    HouseholdRepository households(db);
    qint64 childId = 0;
    if (parser.isSet(u"child"_s)) {
        const QString idNumber = OutreachChildIndex::normalizedIdNumber(parser.value(u"child"_s));
        const Result<std::optional<qint64>> found = households.findChildByIdNumber(idNumber);
        if (!found) {
            *exitCode = context.fail(ExitFailed, found.error());
            return std::nullopt;
        }
        if (!found.value()) {
            *exitCode = context.reject(
                {{u"--child"_s, idNumber,
                  CliText::tr("No child of the team's households has the ID number %1.").arg(idNumber)}});
            return std::nullopt;
        }
        childId = *found.value();
    } else {
        bool ok = false;
        childId = parser.value(u"child-id"_s).toLongLong(&ok);
        if (!ok || childId <= 0) {
            *exitCode = context.usage(
                CliText::tr("--child-id takes the number of a child, not \"%1\".").arg(parser.value(u"child-id"_s)));
            return std::nullopt;
        }
    }
    const Result<OutreachChild> child = households.child(childId);
    if (!child) {
        *exitCode = context.fail(ExitRejected, child.error());
        return std::nullopt;
    }
    return child.value();
}

int visitAdd(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Record a home visit (入户指导) of one child."));
    parser.addOption(u"child"_s, CliText::tr("The child's ID number."), u"ID_NUMBER"_s);
    parser.addOption(u"child-id"_s, CliText::tr("The child's number in the database, when her ID number is not known."),
                     u"N"_s);
    parser.addOption(u"date"_s, CliText::tr("The day of the visit."), u"YYYY-MM-DD"_s);
    parser.addOption(u"visitor"_s, CliText::tr("The team members who made the visit, by user name, comma-separated."),
                     u"NAME[,NAME]"_s);
    parser.addOption(u"topics"_s,
                     CliText::tr("What the visit covered, comma-separated: feeding, sleep, development, safety, "
                                 "health, parenting_stress."),
                     u"TOPICS"_s);
    parser.addOption(u"weight"_s, CliText::tr("Weight in kilograms, e.g. 7.35."), u"KG"_s);
    parser.addOption(u"length"_s, CliText::tr("Length or height in centimetres, e.g. 68.5."), u"CM"_s);
    parser.addOption(u"head"_s, CliText::tr("Head circumference in centimetres, e.g. 43.2."), u"CM"_s);
    parser.addOption(u"checklist"_s,
                     CliText::tr("Development checklist items seen, comma-separated; an item not seen with a leading "
                                 "minus: sits,babbles,-passes_hand."),
                     u"ITEMS"_s);
    parser.addOption(u"advice"_s, CliText::tr("The advice given to the family."), u"TEXT"_s);
    parser.addOption(u"referral"_s,
                     CliText::tr("Where the child is referred: township_hospital (乡镇卫生院) or mch_centre "
                                 "(妇幼保健院)."),
                     u"PLACE"_s);
    parser.addOption(u"reason"_s, CliText::tr("Why the child is referred."), u"TEXT"_s);
    parser.addOption(u"next"_s, CliText::tr("The day of the next visit."), u"YYYY-MM-DD"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (parser.isSet(u"child"_s) == parser.isSet(u"child-id"_s))
        return context.usage(CliText::tr("visit add needs either --child ID_NUMBER or --child-id N."));
    if (const auto exit = parser.require(u"visit add"_s, {u"date"_s, u"visitor"_s, u"topics"_s}))
        return *exit;

    QHash<QString, QString> fields;
    for (auto it = optionOfField().cbegin(); it != optionOfField().cend(); ++it)
        fields.insert(it.key(), parser.value(it.value().mid(2)));
    FieldErrors errors;
    Visit visit = VisitInput::read(fields, errors);
    if (!errors.isEmpty())
        return context.reject(errors, optionOfField());

    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::RecordOutreach);
    if (!db)
        return exitCode;
    const std::optional<OutreachChild> child = childOf(context, *db, parser, &exitCode);
    if (!child)
        return exitCode;
    visit.childId = child->id;
    VisitRepository visits(*db);
    const Result<FieldErrors> checked = visits.check(visit);
    if (!checked)
        return context.fail(ExitFailed, checked.error());
    if (!checked->isEmpty())
        return context.reject(checked.value(), optionOfField());
    const Result<qint64> id = visits.add(visit);
    if (!id)
        return context.fail(ExitFailed, id.error());
    return context.done({{u"visit_id"_s, id.value()}, {u"visit"_s, VisitJson::toJson(visit)}},
                        CliText::tr("Recorded visit %1: %2 on %3.")
                            .arg(id.value())
                            .arg(child->name, visit.visitedOn.toString(Qt::ISODate)));
}

// A visit recorded by mistake comes out; the audit trail keeps what it said.
int visitRemove(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Remove a home visit recorded by mistake (the audit trail keeps it)."));
    parser.addPositional(u"VISIT"_s, CliText::tr("The visit's number, as visit add printed it."));
    if (const auto exit = parser.parse(1))
        return *exit;
    bool number = false;
    const qint64 visitId = parser.positional(0).toLongLong(&number);
    if (!number || visitId <= 0)
        return context.usage(CliText::tr("\"%1\" is not a visit's number.").arg(parser.positional(0)));
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::RecordOutreach);
    if (!db)
        return exitCode;
    if (const Status removed = VisitRepository(*db).remove(visitId); !removed)
        return context.fail(ExitRejected, removed.error());
    return context.done({{u"visit_id"_s, visitId}}, CliText::tr("Removed visit %1.").arg(visitId));
}

ImportSummary importSummary(const VisitImportPlan& plan)
{
    return {CliText::tr("Imported %1 visits; %2 rows already recorded were left out.")
                .arg(plan.report.added)
                .arg(plan.alreadyRecorded),
            {{u"already_recorded"_s, plan.alreadyRecorded}}};
}

int visitImport(CliContext& context)
{
    return runImportCommand<VisitImport>(
        context,
        CliText::tr(
            "Import home visits from a CSV file, one row per child seen; all rows or none. The child by 身份证号 "
            "id_number, or by 村 village, 幼儿姓名 child_name and 出生日期 birth_date. Columns: 入户日期 "
            "visited_on, 入户人员 visitors, 指导内容 topics; optional 体重 weight (kg), 身长 length (cm), 头围 "
            "head (cm), 发育检查 checklist, 指导建议 advice, 转介 referral, 转介原因 referral_reason, "
            "下次入户日期 next_visit_on. A child's visit of a day already recorded is left out."),
        importSummary);
}

} // namespace

int runVisit(CliContext& context)
{
    return runSubcommand(context,
                         {{u"add"_s, CliText::tr("Record a home visit."), visitAdd},
                          {u"import"_s, CliText::tr("Import home visits from a CSV file."), visitImport},
                          {u"remove"_s, CliText::tr("Remove a visit recorded by mistake."), visitRemove}});
}
