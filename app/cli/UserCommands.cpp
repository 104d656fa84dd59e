#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "access/UserRepository.h"
#include "roster/ClassRepository.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QString roleKeys()
{
    QStringList keys;
    for (Role r : Roles::all())
        keys << Roles::key(r);
    return keys.join(u", "_s);
}

// Class names given with --classes, as ids; a message names the first unknown one.
Result<QList<qint64>> classIdsOf(Database& db, const QString& names)
{
    QList<qint64> ids;
    if (names.trimmed().isEmpty())
        return ids;
    const auto classes = ClassRepository(db).classes();
    if (!classes)
        return Result<QList<qint64>>::failure(classes.error());
    for (const QString& name : names.split(u',', Qt::SkipEmptyParts)) {
        const auto found = std::find_if(classes->begin(), classes->end(),
                                        [&](const ClassRecord& c) { return c.name == name.trimmed(); });
        if (found == classes->end())
            return Result<QList<qint64>>::failure(CliText::tr("There is no class called \"%1\".").arg(name.trimmed()));
        ids << found->id;
    }
    return ids;
}

int userAdd(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Add a user account."));
    parser.addPositional(u"NAME"_s, CliText::tr("The new user's login name."));
    parser.addOption(u"role"_s, CliText::tr("Role: %1.").arg(roleKeys()), u"ROLE"_s);
    parser.addOption(u"new-password-file"_s, CliText::tr("File whose first line is the new user's password."),
                     u"FILE"_s);
    parser.addOption(u"full-name"_s, CliText::tr("The person's full name."), u"NAME"_s);
    parser.addOption(u"classes"_s, CliText::tr("For a caregiver: her classes, separated by commas."), u"CLASSES"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    const auto role = Roles::fromKey(parser.value(u"role"_s));
    if (!role)
        return context.reject(
            {{u"--role"_s, parser.value(u"role"_s),
              CliText::tr("Unknown role \"%1\"; use one of: %2.").arg(parser.value(u"role"_s), roleKeys())}});
    if (!parser.isSet(u"new-password-file"_s))
        return context.usage(CliText::tr("user add needs --new-password-file FILE."));
    const Result<QString> password = CliContext::readPasswordFile(parser.value(u"new-password-file"_s));
    if (!password)
        return context.fail(ExitFailed, password.error());

    Database* db = context.openDatabase(false);
    if (!db)
        return ExitFailed;
    UserRepository users(*db);
    Result<qint64> added = Result<qint64>::failure({});
    if (!users.hasUsers() && !context.hasLogin()) {
        // A database from before user accounts existed: its first account must be a director.
        if (*role != Role::Director)
            return context.fail(ExitRejected,
                                CliText::tr("This database has no users yet; the first one must be a director."));
        if (Status strong = UserRepository::checkNewPassword(password.value()); !strong)
            return context.reject({{u"--new-password-file"_s, {}, strong.error()}});
        added = users.createFirstDirector(parser.positional(0), password.value(), false);
    } else {
        int exitCode = ExitDone;
        if (!context.openAsUser(&exitCode))
            return exitCode;
        const Result<QList<qint64>> classes = classIdsOf(*db, parser.value(u"classes"_s));
        if (!classes)
            return context.reject({{u"--classes"_s, parser.value(u"classes"_s), classes.error()}});
        added = users.add(parser.positional(0), *role, password.value(), parser.value(u"full-name"_s), *classes);
    }
    if (!added)
        return context.fail(ExitRejected, added.error());
    return context.done({{u"id"_s, added.value()}, {u"name"_s, parser.positional(0)}},
                        CliText::tr("Added %1 (%2).").arg(parser.positional(0), Roles::label(*role)));
}

int userList(CliContext& context)
{
    CommandParser parser(context, CliText::tr("List the user accounts."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    const auto users = UserRepository(*db).list();
    if (!users)
        return context.fail(ExitFailed, users.error());
    QJsonArray list;
    QStringList lines;
    for (const User& u : users.value()) {
        QJsonArray classes;
        for (qint64 id : u.classIds)
            classes.append(id);
        list.append(
            QJsonObject {{u"name"_s, u.name},
                         {u"full_name"_s, u.fullName},
                         {u"role"_s, Roles::key(u.role)},
                         {u"disabled"_s, u.disabled},
                         {u"must_change_password"_s, u.mustChangePassword},
                         {u"class_ids"_s, classes},
                         {u"last_login_at"_s,
                          u.lastLoginAt.isValid() ? QJsonValue(u.lastLoginAt.toString(Qt::ISODate)) : QJsonValue()}});
        lines << u"%1\t%2%3"_s.arg(u.name, Roles::label(u.role),
                                   u.disabled ? u"\t"_s + CliText::tr("disabled") : QString());
    }
    return context.done({{u"users"_s, list}}, lines.join(u'\n'));
}

int userPasswd(CliContext& context)
{
    CommandParser parser(context, CliText::tr("Change your own password, or (director) reset another user's."));
    parser.addPositional(u"NAME"_s, CliText::tr("Whose password."));
    parser.addOption(u"new-password-file"_s, CliText::tr("File whose first line is the new password."), u"FILE"_s);
    if (const auto exit = parser.parse(1))
        return *exit;
    if (!parser.isSet(u"new-password-file"_s))
        return context.usage(CliText::tr("user passwd needs --new-password-file FILE."));
    const Result<QString> password = CliContext::readPasswordFile(parser.value(u"new-password-file"_s));
    if (!password)
        return context.fail(ExitFailed, password.error());
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    UserRepository users(*db);
    Status changed;
    if (parser.positional(0).compare(db->actor().name, Qt::CaseInsensitive) == 0) {
        QString current = qEnvironmentVariable("DAYCAREDESK_PASSWORD");
        if (const QString file = context.passwordFile(); !file.isEmpty())
            current = CliContext::readPasswordFile(file).value_or(QString());
        changed = users.changePassword(current, password.value());
    } else {
        changed = users.resetPassword(parser.positional(0), password.value());
    }
    if (!changed)
        return context.fail(ExitRejected, changed.error());
    return context.done({}, CliText::tr("The password of %1 was changed.").arg(parser.positional(0)));
}

int userSetDisabled(CliContext& context, bool disabled)
{
    CommandParser parser(context,
                         disabled ? CliText::tr("Disable a user account (its history is kept).")
                                  : CliText::tr("Enable a disabled user account."));
    parser.addPositional(u"NAME"_s, CliText::tr("The user."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode);
    if (!db)
        return exitCode;
    if (Status s = UserRepository(*db).setDisabled(parser.positional(0), disabled); !s)
        return context.fail(ExitRejected, s.error());
    return context.done({},
                        disabled ? CliText::tr("%1 is disabled.").arg(parser.positional(0))
                                 : CliText::tr("%1 is enabled.").arg(parser.positional(0)));
}

} // namespace

int runUser(CliContext& context)
{
    return runSubcommand(context,
                         {{u"add"_s, {}, userAdd},
                          {u"list"_s, {}, userList},
                          {u"passwd"_s, {}, userPasswd},
                          {u"disable"_s, {}, [](CliContext& c) { return userSetDisabled(c, true); }},
                          {u"enable"_s, {}, [](CliContext& c) { return userSetDisabled(c, false); }}});
}
