#include "CliCommands.h"
#include "CommandParser.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "institution/InstitutionRepository.h"
#include "roster/RosterCounts.h"
#include "store/Database.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

// Which option to name when a profile field is wrong.
const QMap<QString, QString>& optionOfField()
{
    static const QMap<QString, QString> map = {
        {u"name"_s, u"--name"_s},
        {u"credit_code"_s, u"--credit-code"_s},
        {u"county"_s, u"--county"_s},
        {u"places"_s, u"--places"_s},
        {u"inclusive_from"_s, u"--inclusive-from"_s},
        {u"inclusive_places"_s, u"--inclusive-places"_s},
        {u"inclusive"_s, u"--inclusive-from"_s},
        {u"type"_s, u"--type"_s},
        {u"operating_model"_s, u"--operating-model"_s},
        {u"township"_s, u"--township"_s},
    };
    return map;
}

QString typeKeys()
{
    QStringList keys;
    for (InstitutionType t : InstitutionProfile::allTypes())
        keys.append(InstitutionProfile::typeKey(t));
    return keys.join(u", "_s);
}

QString operatingModelKeys()
{
    QStringList keys;
    for (OperatingModel m : InstitutionProfile::allOperatingModels())
        keys.append(InstitutionProfile::operatingModelKey(m));
    return keys.join(u", "_s);
}

} // namespace

int runInit(CliContext& context)
{
    CommandParser parser(context, QCoreApplication::translate("cli", "Record the institution in a new database."));
    parser.addOption(u"name"_s, QCoreApplication::translate("cli", "The institution's registered name."), u"NAME"_s);
    parser.addOption(u"credit-code"_s,
                     QCoreApplication::translate("cli",
                                                 "Unified social credit code (18 characters). An outreach team "
                                                 "gives that of the body that runs it, such as the township "
                                                 "health centre (乡镇卫生院)."),
                     u"CODE"_s);
    parser.addOption(u"county"_s, QCoreApplication::translate("cli", "County or district, e.g. 潞州区."), u"COUNTY"_s);
    parser.addOption(u"type"_s, QCoreApplication::translate("cli", "Institution type: %1.").arg(typeKeys()), u"TYPE"_s);
    parser.addOption(u"operating-model"_s,
                     QCoreApplication::translate("cli", "Operating model: %1.").arg(operatingModelKeys()), u"MODEL"_s);
    parser.addOption(u"township"_s,
                     QCoreApplication::translate("cli",
                                                 "The township (乡镇) an outreach team (服务队) serves; only for "
                                                 "--type outreach-team, which needs it and has no places."),
                     u"NAME"_s);
    parser.addOption(u"places"_s, QCoreApplication::translate("cli", "Total places (托位数)."), u"N"_s);
    parser.addOption(u"inclusive-from"_s,
                     QCoreApplication::translate("cli",
                                                 "Date of the inclusive (普惠) recognition; marks the "
                                                 "institution inclusive."),
                     u"YYYY-MM-DD"_s);
    parser.addOption(u"inclusive-places"_s, QCoreApplication::translate("cli", "Approved inclusive places."), u"N"_s);
    parser.addOption(u"admin-password-file"_s,
                     QCoreApplication::translate("cli",
                                                 "File whose first line is the password of the director "
                                                 "account admin (without it the password is admin and must be "
                                                 "changed at the first login)."),
                     u"FILE"_s);
    if (const auto exit = parser.parse())
        return *exit;

    InstitutionProfile profile;
    profile.name = parser.value(u"name"_s);
    profile.creditCode = parser.value(u"credit-code"_s);
    profile.county = parser.value(u"county"_s);
    profile.township = parser.value(u"township"_s);
    profile.places = parser.intValue(u"places"_s, 0, 0, 100000);
    profile.inclusivePlaces = parser.intValue(u"inclusive-places"_s, 0, 0, 100000);
    profile.inclusiveFrom = parser.dateValue(u"inclusive-from"_s);
    profile.inclusive = parser.isSet(u"inclusive-from"_s);
    FieldErrors errors = parser.errors();
    if (parser.isSet(u"type"_s)) {
        if (const auto type = InstitutionProfile::typeFromKey(parser.value(u"type"_s)))
            profile.type = *type;
        else
            errors.append({u"type"_s, parser.value(u"type"_s),
                           QCoreApplication::translate("cli", "Unknown institution type \"%1\"; use one of: %2.")
                               .arg(parser.value(u"type"_s), typeKeys())});
    }
    if (parser.isSet(u"operating-model"_s)) {
        if (const auto model = InstitutionProfile::operatingModelFromKey(parser.value(u"operating-model"_s)))
            profile.operatingModel = *model;
        else
            errors.append({u"operating_model"_s, parser.value(u"operating-model"_s),
                           QCoreApplication::translate("cli", "Unknown operating model \"%1\"; use one of: %2.")
                               .arg(parser.value(u"operating-model"_s), operatingModelKeys())});
    }
    QString adminPassword = u"admin"_s;
    if (parser.isSet(u"admin-password-file"_s)) {
        const Result<QString> read = CliContext::readPasswordFile(parser.value(u"admin-password-file"_s));
        if (!read)
            return context.fail(ExitFailed, read.error());
        if (Status strong = UserRepository::checkNewPassword(read.value()); !strong)
            errors.append({u"--admin-password-file"_s, QString(), strong.error()});
        adminPassword = read.value();
    }
    // Validate before touching the file, so a rejected init leaves no database behind.
    errors.append(profile.validate(Clock::today()));
    if (!errors.isEmpty())
        return context.reject(errors, optionOfField());

    Database* db = context.openDatabase(true);
    if (!db)
        return ExitFailed;
    UserRepository users(*db);
    if (users.hasUsers()) {
        int exitCode = ExitDone;
        if (!context.openAsUser(&exitCode))
            return exitCode;
    } else {
        db->setActor(Actor::systemActor());
    }
    InstitutionRepository repository(*db);
    const auto existing = repository.load();
    if (!existing)
        return context.fail(ExitFailed, existing.error());
    if (existing.value())
        return context.fail(ExitRejected,
                            QCoreApplication::translate("cli",
                                                        "This database already holds the "
                                                        "institution \"%1\"; nothing was changed.")
                                .arg(existing.value()->name));
    Result<FieldErrors> saved = FieldErrors();
    const Status done = db->transaction([&]() -> Status {
        if (!users.hasUsers()) {
            const auto admin
                = users.createFirstDirector(u"admin"_s, adminPassword, !parser.isSet(u"admin-password-file"_s));
            if (!admin)
                return Status::failure(admin.error());
        }
        saved = repository.save(profile);
        if (!saved)
            return Status::failure(saved.error());
        return saved.value().isEmpty() ? Status() : Status::failure(saved.value().first().message);
    });
    if (!saved.ok() || !saved.value().isEmpty())
        return saved.ok() ? context.reject(saved.value(), optionOfField()) : context.fail(ExitFailed, saved.error());
    if (!done)
        return context.fail(ExitFailed, done.error());

    if (!parser.isSet(u"admin-password-file"_s))
        context.printNotice(QCoreApplication::translate("cli",
                                                        "The director account is admin with the password "
                                                        "admin; it must be changed at the first login."));
    return context.done({{u"database"_s, db->path()}, {u"institution"_s, profile.toJson()}},
                        QCoreApplication::translate("cli", "Set up \"%1\" in %2.").arg(profile.name, db->path()));
}

int runInfo(CliContext& context)
{
    CommandParser parser(context, QCoreApplication::translate("cli", "Show the institution and the database."));
    if (const auto exit = parser.parse())
        return *exit;
    Database* db = context.openDatabase(false);
    if (!db)
        return ExitFailed;
    const auto profile = InstitutionRepository(*db).load();
    if (!profile)
        return context.fail(ExitFailed, profile.error());
    const auto counts = RosterCounts::load(*db);
    if (!counts)
        return context.fail(ExitFailed, counts.error());

    if (context.json()) {
        QJsonObject object {{u"ok"_s, true},
                            {u"database"_s, db->path()},
                            {u"schema_version"_s, db->schemaVersion()},
                            {u"classes"_s, counts->classes},
                            {u"children_enrolled"_s, counts->children},
                            {u"staff"_s, counts->staff}};
        object.insert(u"institution"_s, profile.value() ? QJsonValue(profile.value()->toJson()) : QJsonValue());
        context.printJson(object);
        return ExitDone;
    }
    QStringList lines {QCoreApplication::translate("cli", "Database: %1 (schema version %2)")
                           .arg(db->path())
                           .arg(db->schemaVersion())};
    if (const auto& p = profile.value()) {
        lines << QCoreApplication::translate("cli", "Institution: %1").arg(p->name)
              << QCoreApplication::translate("cli", "Credit code: %1").arg(p->creditCode)
              << QCoreApplication::translate("cli", "County: %1").arg(p->county);
        if (p->isOutreachTeam())
            lines << QCoreApplication::translate("cli", "Township: %1").arg(p->township);
        lines << QCoreApplication::translate("cli", "Type: %1").arg(InstitutionProfile::typeLabel(p->type))
              << QCoreApplication::translate("cli", "Operating model: %1")
                     .arg(InstitutionProfile::operatingModelLabel(p->operatingModel));
        // A center or a home-visit team keeps no places and is never recognised as inclusive.
        if (!p->isCenter() && !p->isOutreachTeam()) {
            lines << QCoreApplication::translate("cli", "Places: %1").arg(p->places);
            if (p->inclusive)
                lines << QCoreApplication::translate("cli", "Inclusive (普惠) since %1, %2 approved inclusive places")
                             .arg(p->inclusiveFrom.toString(Qt::ISODate))
                             .arg(p->inclusivePlaces);
            else
                lines << QCoreApplication::translate("cli", "Not an inclusive (普惠) institution");
        }
    } else {
        lines << QCoreApplication::translate("cli", "The institution has not been set up yet (run init or demo).");
    }
    if (!profile.value() || (!profile.value()->isCenter() && !profile.value()->isOutreachTeam()))
        lines << QCoreApplication::translate("cli", "Classes: %1, children enrolled: %2, staff: %3")
                     .arg(counts->classes)
                     .arg(counts->children)
                     .arg(counts->staff);
    context.printText(lines.join(u'\n'));
    return ExitDone;
}
