#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "common/Clock.h"
#include "common/MobileNumber.h"
#include "roster/ClassRepository.h"
#include "roster/StaffOverview.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue dateOrNull(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

QJsonArray qualificationsJson(const StaffRecord& s, QDate today)
{
    QJsonArray list;
    for (const Qualification& q : s.qualifications) {
        list.append(QJsonObject {{u"type"_s, q.typeCode},
                                 {u"level"_s, q.level},
                                 {u"number"_s, q.number},
                                 {u"issuer"_s, q.issuer},
                                 {u"issued_on"_s, dateOrNull(q.issuedOn)},
                                 {u"expires_on"_s, dateOrNull(q.expiresOn)},
                                 {u"valid"_s, StaffOverview::isValid(q, today)}});
    }
    return list;
}

QString qualificationsText(const StaffRecord& s)
{
    QStringList parts;
    for (const Qualification& q : s.qualifications)
        parts << (q.expiresOn.isValid() ? CliText::tr("%1 until %2").arg(q.typeCode, q.expiresOn.toString(Qt::ISODate))
                                        : q.typeCode);
    return parts.join(u", "_s);
}

int staffList(CliContext& context)
{
    CommandParser parser(context, CliText::tr("List the staff with roles, classes and certificates."));
    if (const auto exit = parser.parse(1))
        return *exit;
    int exitCode = ExitDone;
    Database* db = context.openAsUser(&exitCode, Permission::ViewRoster);
    if (!db)
        return exitCode;
    const QDate today = Clock::today();
    const Result<QList<StaffRecord>> staff = StaffRepository(*db).staff();
    if (!staff)
        return context.fail(ExitFailed, staff.error());
    const Result<StaffOverview> overview = StaffOverview::load(*db, today);
    if (!overview)
        return context.fail(ExitFailed, overview.error());
    QHash<qint64, QString> classNames;
    for (const ClassRecord& c : ClassRepository(*db).classes().value_or({}))
        classNames.insert(c.id, c.name);
    const bool whole = db->actor().may(Permission::ViewFullIdentity);

    QJsonArray list;
    QStringList lines;
    for (const StaffRecord& s : staff.value()) {
        QStringList classes;
        for (qint64 id : s.classIds)
            classes << classNames.value(id, QString::number(id));
        const QString phone = whole ? s.phone : MobileNumber::mask(s.phone);
        const QString idNumber = whole ? s.idNumber : IdNumber::mask(s.idNumber);
        const bool inPost = StaffOverview::inPost(s, today);
        list.append(QJsonObject {{u"id"_s, s.id},
                                 {u"name"_s, s.name},
                                 {u"role"_s, RosterTypes::key(s.role)},
                                 {u"classes"_s, QJsonArray::fromStringList(classes)},
                                 {u"phone"_s, phone},
                                 {u"id_number"_s, idNumber},
                                 {u"hired_on"_s, dateOrNull(s.hiredOn)},
                                 {u"left_on"_s, dateOrNull(s.leftOn)},
                                 {u"in_post"_s, inPost},
                                 {u"qualifications"_s, qualificationsJson(s, today)}});
        lines << u"%1\t%2\t%3\t%4\t%5\t%6\t%7"_s.arg(s.name, RosterTypes::key(s.role), classes.join(u","_s), phone,
                                                     idNumber, inPost ? CliText::tr("in post") : CliText::tr("left"),
                                                     qualificationsText(s));
    }
    const CertifiedRate& rate = overview->rate;
    lines << (rate.meetsTarget() ? CliText::tr("Certified caregivers (持证上岗率): %1, target %2%.")
                                 : CliText::tr("Certified caregivers (持证上岗率): %1, below the target of %2%."))
                 .arg(rate.text(), QString::number(rate.targetPercent));
    return context.done({{u"date"_s, today.toString(Qt::ISODate)},
                         {u"identity_masked"_s, !whole},
                         {u"staff"_s, list},
                         {u"certified"_s,
                          QJsonObject {{u"certified"_s, rate.certified},
                                       {u"caregivers"_s, rate.caregivers},
                                       {u"target_percent"_s, rate.targetPercent},
                                       {u"meets_target"_s, rate.meetsTarget()}}}},
                        lines.join(u'\n'));
}

} // namespace

int runStaff(CliContext& context)
{
    return runSubcommand(context, {{u"list"_s, {}, staffList}, {u"import"_s, {}, runStaffImport}});
}
