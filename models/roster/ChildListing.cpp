#include "ChildListing.h"

#include "access/Access.h"
#include "access/AuditTrail.h"
#include "common/MobileNumber.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<QList<ChildListEntry>> ChildListing::load(Database& db, QDate day)
{
    if (Status allowed = Access::require(db.actor(), Permission::ViewRoster); !allowed)
        return Result<QList<ChildListEntry>>::failure(allowed.error());
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, c.name, c.gender, c.birth_date, c.id_number, cl.name, p.care_type, g.name, g.phone, "
                  "c.enrolled_on, c.withdrawn_on, p.class_id, c.applied_on, c.wanted_month, "
                  "c.consent_by <> '' AND c.consent_on IS NOT NULL, "
                  "(SELECT group_concat(name, char(31)) FROM guardians WHERE child_id = c.id), "
                  "(SELECT group_concat(phone, char(31)) FROM guardians WHERE child_id = c.id), c.birth_order "
                  "FROM children c "
                  // A child who has left shows the class she was last in; one who starts later, her first class.
                  "LEFT JOIN placements p ON p.id = coalesce((SELECT id FROM placements WHERE child_id = c.id "
                  "AND valid_from <= :day ORDER BY valid_from DESC LIMIT 1), "
                  "(SELECT id FROM placements WHERE child_id = c.id ORDER BY valid_from LIMIT 1)) "
                  "LEFT JOIN classes cl ON cl.id = p.class_id "
                  "LEFT JOIN guardians g ON g.id = (SELECT id FROM guardians WHERE child_id = c.id "
                  "ORDER BY is_primary DESC, id LIMIT 1) "
                  "ORDER BY cl.name IS NULL, cl.name, c.name"_s);
    query.bindValue(u":day"_s, day.toString(Qt::ISODate));
    if (!query.exec())
        return Result<QList<ChildListEntry>>::failure(Sql::failure(query).error());
    QList<ChildListEntry> entries;
    while (query.next()) {
        ChildListEntry e;
        e.id = query.value(0).toLongLong();
        e.name = query.value(1).toString();
        e.gender = query.value(2).toString() == u"male"_s ? Gender::Male : Gender::Female;
        e.birthDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        e.idNumber = query.value(4).toString();
        e.className = query.value(5).toString();
        if (!query.isNull(6))
            e.careType = RosterTypes::careTypeFromKey(query.value(6).toString());
        e.guardianName = query.value(7).toString();
        e.guardianPhone = query.value(8).toString();
        e.enrolledOn = QDate::fromString(query.value(9).toString(), Qt::ISODate);
        e.withdrawnOn = QDate::fromString(query.value(10).toString(), Qt::ISODate);
        e.classId = query.value(11).toLongLong();
        e.appliedOn = QDate::fromString(query.value(12).toString(), Qt::ISODate);
        e.wantedMonth = query.value(13).toString();
        e.consentRecorded = query.value(14).toBool();
        e.guardianNames = query.value(15).toString().split(QChar(31), Qt::SkipEmptyParts);
        e.guardianPhones = query.value(16).toString().split(QChar(31), Qt::SkipEmptyParts);
        e.birthOrder = query.value(17).toInt();
        entries.append(e);
    }
    return entries;
}

ChildStanding ChildListEntry::standing(QDate day) const
{
    if (!enrolledOn.isValid())
        return ChildStanding::Waiting;
    if (withdrawnOn.isValid() && withdrawnOn < day)
        return ChildStanding::Withdrawn;
    return ChildStanding::Enrolled;
}

QString ChildListEntry::status(QDate day) const
{
    switch (standing(day)) {
    case ChildStanding::Waiting:
        return u"waiting"_s;
    case ChildStanding::Withdrawn:
        return u"withdrawn"_s;
    case ChildStanding::Enrolled:
        break;
    }
    return u"enrolled"_s;
}

ChildListEntry ChildListing::forActor(const Actor& actor, ChildListEntry entry)
{
    if (actor.may(Permission::ViewFullIdentity))
        return entry;
    entry.idNumber = IdNumber::mask(entry.idNumber);
    entry.guardianPhone = MobileNumber::mask(entry.guardianPhone);
    for (QString& phone : entry.guardianPhones)
        phone = MobileNumber::mask(phone);
    return entry;
}

Status ChildListing::reveal(Database& db, const ChildListEntry& child)
{
    if (Status allowed = Access::require(db.actor(), Permission::ViewFullIdentity); !allowed)
        return allowed;
    return db.transaction([&]() -> Status {
        return AuditTrail::recordAccess(db.connection(), u"view"_s, u"children"_s, QString::number(child.id),
                                        tr("ID and phone numbers of %1 shown whole").arg(child.name));
    });
}
