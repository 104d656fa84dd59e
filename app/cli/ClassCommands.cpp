#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "common/Clock.h"
#include "roster/ClassOverview.h"
#include "roster/ClassRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString classTypeNames()
{
    QStringList names;
    for (ClassType t : RosterTypes::classTypes())
        names << u"%1 (%2)"_s.arg(RosterTypes::key(t), RosterTypes::chineseName(t));
    return names.join(u", "_s);
}

QJsonArray toJson(const QStringList& list)
{
    return QJsonArray::fromStringList(list);
}

int classAdd(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Add a class."));
    parser.addPositional(u"NAME"_s, CliText::tr("The class name, such as 向日葵班."));
    parser.addOption(u"type"_s, CliText::tr("Class type: %1.").arg(classTypeNames()), u"TYPE"_s);
    parser.addOption(u"capacity"_s,
                     CliText::tr("Most children the class takes (default: the national maximum of its type)."), u"N"_s);
    parser.addOption(u"room"_s, CliText::tr("The room it uses."), u"ROOM"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (!parser.isSet(u"type"_s))
        return context.usage(CliText::tr("class add needs --type TYPE (%1).").arg(classTypeNames()));
    const auto type = RosterTypes::classTypeFromKey(parser.value(u"type"_s));
    if (!type)
        return context.reject({{u"--type"_s, parser.value(u"type"_s),
                                CliText::tr("Unknown class type \"%1\"; use one of: %2.")
                                    .arg(parser.value(u"type"_s), classTypeNames())}});
    const int maximum = RosterTypes::standard(*type).maxChildren;
    ClassRecord record;
    record.name = parser.positional(0);
    record.type = *type;
    record.capacity = parser.intValue(u"capacity"_s, maximum, 1, 999);
    record.room = parser.value(u"room"_s);
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());

    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const Result<qint64> added = ClassRepository(*db).add(record);
    if (!added)
        return context.fail(ExitRejected, added.error());
    if (record.capacity > maximum)
        context.printNotice(CliText::tr("Warning: the capacity %1 is above the national maximum of %2 for this type.")
                                .arg(record.capacity)
                                .arg(maximum));
    return context.done({{u"id"_s, added.value()},
                         {u"name"_s, record.name.trimmed()},
                         {u"type"_s, RosterTypes::key(record.type)},
                         {u"capacity"_s, record.capacity},
                         {u"room"_s, record.room.trimmed()}},
                        CliText::tr("Added the class %1 (%2), capacity %3.")
                            .arg(record.name.trimmed(), RosterTypes::chineseName(record.type))
                            .arg(record.capacity));
}

int classList(CliContext& context)
{
    CommandParser parser(context, CliText::tr("List the classes with children, caregivers and warnings on a day."));
    parser.addOption(u"date"_s, CliText::tr("The day (YYYY-MM-DD; default today)."), u"DATE"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    QDate day = parser.dateValue(u"date"_s);
    if (!parser.errors().isEmpty())
        return context.reject(parser.errors());
    if (!day.isValid())
        day = Clock::today();
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ViewRoster);
    if (!db)
        return exitCode;
    const Result<QList<ClassStatus>> classes = ClassOverview::load(*db, day);
    if (!classes)
        return context.fail(ExitFailed, classes.error());
    QJsonArray list;
    QStringList lines;
    for (const ClassStatus& s : classes.value()) {
        QJsonArray warnings;
        for (const ClassWarning& w : s.warnings)
            warnings.append(QJsonObject {{u"kind"_s, ClassOverview::key(w.kind)}, {u"text"_s, w.text}});
        list.append(QJsonObject {{u"id"_s, s.record.id},
                                 {u"name"_s, s.record.name},
                                 {u"type"_s, RosterTypes::key(s.record.type)},
                                 {u"capacity"_s, s.record.capacity},
                                 {u"room"_s, s.record.room},
                                 {u"children"_s, int(s.children.size())},
                                 {u"caregivers"_s, toJson(s.caregivers)},
                                 {u"caregivers_required"_s, s.caregiversRequired},
                                 {u"children_per_caregiver"_s, s.childrenPerCaregiver},
                                 {u"warnings"_s, warnings}});
        lines << CliText::tr("%1\t%2\troom %3\tchildren %4/%5\tcaregivers %6/%7\t%8")
                     .arg(s.record.name, RosterTypes::key(s.record.type), s.record.room,
                          QString::number(s.children.size()), QString::number(s.record.capacity),
                          QString::number(s.caregivers.size()), QString::number(s.caregiversRequired),
                          s.caregivers.join(u", "_s));
        for (const ClassWarning& w : s.warnings)
            lines << u"  ! "_s + w.text;
    }
    if (lines.isEmpty())
        lines << CliText::tr("There are no classes yet.");
    return context.done({{u"date"_s, day.toString(Qt::ISODate)}, {u"classes"_s, list}}, lines.join(u'\n'));
}

} // namespace

int runClass(CliContext& context)
{
    return runSubcommand(context, {{u"add"_s, {}, classAdd}, {u"list"_s, {}, classList}});
}
