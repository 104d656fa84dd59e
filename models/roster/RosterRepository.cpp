#include "RosterRepository.h"

#include "access/Access.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QString genderKey(Gender gender)
{
    return gender == Gender::Male ? u"male"_s : u"female"_s;
}

} // namespace

Result<qint64> RosterRepository::addClass(const ClassRecord& record)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return Result<qint64>::failure(allowed.error());
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO classes (name, class_type, capacity, room) VALUES (?, ?, ?, ?)"_s);
        Status s = Sql::exec(
            query, {Sql::text(record.name), RosterTypes::key(record.type), record.capacity, Sql::text(record.room)});
        id = query.lastInsertId().toLongLong();
        return s;
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}

Result<QList<ClassRecord>> RosterRepository::classes() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT id, name, class_type, capacity, room FROM classes WHERE active ORDER BY id"_s))
        return Result<QList<ClassRecord>>::failure(Sql::failure(query).error());
    QList<ClassRecord> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(), query.value(1).toString(),
                     RosterTypes::classTypeFromKey(query.value(2).toString()).value_or(ClassType::Mixed),
                     query.value(3).toInt(), query.value(4).toString()});
    }
    return list;
}

Result<qint64> RosterRepository::addChild(const ChildRecord& child, const Placement& placement)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return Result<qint64>::failure(allowed.error());
    qint64 childId = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO children (name, gender, birth_date, id_number, birth_order, hukou, allergies, "
                      "notes, admission_check_date, vaccination_checked, consent_by, consent_on, consent_version, "
                      "enrolled_on, withdrawn_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (Status s
            = Sql::exec(query,
                        {Sql::text(child.name), QVariant(genderKey(child.gender)), Sql::date(child.birthDate),
                         Sql::textOrNull(child.idNumber), QVariant(child.birthOrder), Sql::text(child.hukou),
                         Sql::text(child.allergies), Sql::text(child.notes), Sql::date(child.admissionCheckDate),
                         QVariant(child.vaccinationChecked), Sql::text(child.consentBy), Sql::date(child.consentOn),
                         Sql::text(child.consentVersion), Sql::date(child.enrolledOn), Sql::date(child.withdrawnOn)});
            !s)
            return s;
        childId = query.lastInsertId().toLongLong();

        query.prepare(u"INSERT INTO guardians (child_id, name, relation, phone, id_number, may_pick_up, is_primary) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const Guardian& g : child.guardians) {
            if (Status s = Sql::exec(query,
                                     {QVariant(childId), Sql::text(g.name), Sql::text(g.relation), Sql::text(g.phone),
                                      Sql::text(g.idNumber), QVariant(g.mayPickUp), QVariant(g.primary)});
                !s)
                return s;
        }

        query.prepare(u"INSERT INTO placements (child_id, class_id, care_type, valid_from, valid_to) "
                      "VALUES (?, ?, ?, ?, ?)"_s);
        return Sql::exec(query,
                         {QVariant(childId), QVariant(placement.classId),
                          QVariant(RosterTypes::key(placement.careType)), Sql::date(placement.from),
                          Sql::date(placement.to)});
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return childId;
}

Result<qint64> RosterRepository::addStaff(const StaffRecord& staff)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return Result<qint64>::failure(allowed.error());
    qint64 staffId = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO staff (name, gender, role, phone, id_number, full_time, hired_on, left_on) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
        if (Status s = Sql::exec(query,
                                 {Sql::text(staff.name), QVariant(genderKey(staff.gender)),
                                  QVariant(RosterTypes::key(staff.role)), Sql::text(staff.phone),
                                  Sql::textOrNull(staff.idNumber), QVariant(staff.fullTime), Sql::date(staff.hiredOn),
                                  Sql::date(staff.leftOn)});
            !s)
            return s;
        staffId = query.lastInsertId().toLongLong();

        query.prepare(u"INSERT INTO staff_classes (staff_id, class_id) VALUES (?, ?)"_s);
        for (qint64 classId : staff.classIds) {
            if (Status s = Sql::exec(query, {staffId, classId}); !s)
                return s;
        }

        query.prepare(u"INSERT INTO qualifications (staff_id, type_code, level, number, issuer, issued_on, "
                      "expires_on) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        for (const Qualification& q : staff.qualifications) {
            if (Status s = Sql::exec(query,
                                     {QVariant(staffId), Sql::text(q.typeCode), Sql::text(q.level), Sql::text(q.number),
                                      Sql::text(q.issuer), Sql::date(q.issuedOn), Sql::date(q.expiresOn)});
                !s)
                return s;
        }
        return {};
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return staffId;
}

Result<RosterRepository::Counts> RosterRepository::counts() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT (SELECT count(*) FROM classes WHERE active), "
                    "(SELECT count(*) FROM children WHERE enrolled_on IS NOT NULL AND withdrawn_on IS NULL), "
                    "(SELECT count(*) FROM staff WHERE left_on IS NULL)"_s)
        || !query.next())
        return Result<Counts>::failure(Sql::failure(query).error());
    return Counts {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}
