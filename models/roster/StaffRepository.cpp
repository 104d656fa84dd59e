#include "StaffRepository.h"

#include "access/Access.h"
#include "common/MobileNumber.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const Sql::RowStatements staffRow {
    u"staff"_s,
    {u"name"_s, u"gender"_s, u"role"_s, u"phone"_s, u"id_number"_s, u"full_time"_s, u"hired_on"_s, u"left_on"_s}};

void bindStaff(QSqlQuery& query, const StaffRecord& s)
{
    Sql::bind(query,
              {Sql::text(s.name), QVariant(s.gender == Gender::Male ? u"male"_s : u"female"_s),
               QVariant(RosterTypes::key(s.role)), Sql::text(s.phone), Sql::textOrNull(s.idNumber),
               QVariant(s.fullTime), Sql::date(s.hiredOn), Sql::date(s.leftOn)});
}

QDate dateAt(const QSqlQuery& query, int column)
{
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

} // namespace

QString QualificationType::name() const
{
    return QLocale().language() == QLocale::Chinese ? nameZh : nameEn;
}

FieldErrors StaffRepository::validate(StaffRecord& staff, QDate today, const QList<QualificationType>& types)
{
    FieldErrors errors;
    auto fail = [&](const QString& field, const QString& value, const QString& message) {
        errors.append({field, value, message, 0});
    };
    staff.name = staff.name.simplified();
    if (staff.name.isEmpty())
        fail(u"name"_s, {}, tr("The name is missing."));
    if (staff.gender == Gender::Unknown)
        fail(u"gender"_s, {}, tr("Choose the gender (男 or 女)."));
    if (!staff.idNumber.trimmed().isEmpty()) {
        const Result<IdNumber> id = IdNumber::parseMatching(staff.idNumber.trimmed(), today, {}, staff.gender);
        if (id)
            staff.idNumber = id->text();
        else
            fail(u"id_number"_s, staff.idNumber, id.error());
    } else {
        staff.idNumber.clear();
    }
    if (!staff.phone.trimmed().isEmpty()) {
        const Result<QString> phone = MobileNumber::normalize(staff.phone);
        if (phone)
            staff.phone = phone.value();
        else
            fail(u"phone"_s, staff.phone, phone.error());
    }
    if (!staff.hiredOn.isValid())
        fail(u"hired_on"_s, {}, tr("The date of hiring is missing."));
    if (staff.leftOn.isValid() && staff.hiredOn.isValid() && staff.leftOn < staff.hiredOn)
        fail(u"left_on"_s, staff.leftOn.toString(Qt::ISODate),
             tr("The leaving date %1 is before the hiring date %2.")
                 .arg(staff.leftOn.toString(Qt::ISODate), staff.hiredOn.toString(Qt::ISODate)));
    for (const Qualification& q : staff.qualifications) {
        const bool known
            = std::any_of(types.begin(), types.end(), [&](const QualificationType& t) { return t.code == q.typeCode; });
        if (!known)
            fail(u"qualification"_s, q.typeCode, tr("%1 is not a known kind of certificate.").arg(q.typeCode));
        else if (q.issuedOn.isValid() && q.expiresOn.isValid() && q.expiresOn < q.issuedOn)
            fail(u"qualification"_s, q.expiresOn.toString(Qt::ISODate),
                 tr("A certificate cannot expire (%1) before it was issued (%2).")
                     .arg(q.expiresOn.toString(Qt::ISODate), q.issuedOn.toString(Qt::ISODate)));
    }
    return errors;
}

Status StaffRepository::checkUnique(const StaffRecord& staff) const
{
    if (staff.idNumber.isEmpty())
        return {};
    const Result<std::optional<qint64>> holder = findByIdNumber(staff.idNumber);
    if (!holder)
        return Status::failure(holder.error());
    if (holder.value() && *holder.value() != staff.id)
        return Status::failure(
            tr("The ID number %1 is already recorded for another staff member.").arg(IdNumber::mask(staff.idNumber)));
    return {};
}

Status StaffRepository::writeLinks(qint64 staffId, const StaffRecord& staff)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM staff_classes WHERE staff_id = ?"_s);
    if (Status s = Sql::exec(query, {staffId}); !s)
        return s;
    query.prepare(u"INSERT INTO staff_classes (staff_id, class_id) VALUES (?, ?)"_s);
    for (qint64 classId : staff.classIds)
        if (Status s = Sql::exec(query, {staffId, classId}); !s)
            return s;
    query.prepare(u"DELETE FROM qualifications WHERE staff_id = ?"_s);
    if (Status s = Sql::exec(query, {staffId}); !s)
        return s;
    query.prepare(u"INSERT INTO qualifications (staff_id, type_code, level, number, issuer, issued_on, expires_on) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Qualification& q : staff.qualifications) {
        if (Status s = Sql::exec(query,
                                 {QVariant(staffId), Sql::text(q.typeCode), Sql::text(q.level), Sql::text(q.number),
                                  Sql::text(q.issuer), Sql::date(q.issuedOn), Sql::date(q.expiresOn)});
            !s)
            return s;
    }
    return {};
}

Result<qint64> StaffRepository::add(const StaffRecord& staff)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return Result<qint64>::failure(allowed.error());
    if (Status unique = checkUnique(staff); !unique)
        return Result<qint64>::failure(unique.error());
    qint64 staffId = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(staffRow.insert());
        bindStaff(query, staff);
        if (Status s = Sql::exec(query); !s)
            return s;
        staffId = query.lastInsertId().toLongLong();
        return writeLinks(staffId, staff);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return staffId;
}

Status StaffRepository::update(const StaffRecord& staff)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return allowed;
    if (Status unique = checkUnique(staff); !unique)
        return unique;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(staffRow.updateById(staff.id));
        bindStaff(query, staff);
        if (Status s = Sql::exec(query); !s)
            return s;
        if (query.numRowsAffected() != 1)
            return Status::failure(tr("There is no staff member with number %1.").arg(staff.id));
        return writeLinks(staff.id, staff);
    });
}

Status StaffRepository::remove(qint64 staffId)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"DELETE FROM staff WHERE id = ?"_s);
        return Sql::exec(query, {staffId});
    });
}

Result<QList<StaffRecord>> StaffRepository::staff() const
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewRoster); !allowed)
        return Result<QList<StaffRecord>>::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, %1 FROM staff ORDER BY id"_s.arg(staffRow.columns.join(u", "_s))))
        return Result<QList<StaffRecord>>::failure(Sql::failure(query).error());
    QList<StaffRecord> list;
    QHash<qint64, qsizetype> index;
    while (query.next()) {
        StaffRecord s;
        s.id = query.value(0).toLongLong();
        s.name = query.value(1).toString();
        s.gender = query.value(2).toString() == u"male"_s ? Gender::Male : Gender::Female;
        s.role = RosterTypes::staffRoleFromKey(query.value(3).toString()).value_or(StaffRole::Other);
        s.phone = query.value(4).toString();
        s.idNumber = query.value(5).toString();
        s.fullTime = query.value(6).toBool();
        s.hiredOn = dateAt(query, 7);
        s.leftOn = dateAt(query, 8);
        index.insert(s.id, list.size());
        list.append(s);
    }
    if (!query.exec(u"SELECT staff_id, class_id FROM staff_classes ORDER BY class_id"_s))
        return Result<QList<StaffRecord>>::failure(Sql::failure(query).error());
    while (query.next())
        list[index.value(query.value(0).toLongLong())].classIds.append(query.value(1).toLongLong());
    if (!query.exec(u"SELECT staff_id, type_code, level, number, issuer, issued_on, expires_on FROM qualifications "
                    "ORDER BY id"_s))
        return Result<QList<StaffRecord>>::failure(Sql::failure(query).error());
    while (query.next()) {
        list[index.value(query.value(0).toLongLong())].qualifications.append(
            {query.value(1).toString(), query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
             dateAt(query, 5), dateAt(query, 6)});
    }
    return list;
}

Result<StaffRecord> StaffRepository::load(qint64 staffId) const
{
    const Result<QList<StaffRecord>> all = staff();
    if (!all)
        return Result<StaffRecord>::failure(all.error());
    for (const StaffRecord& s : all.value())
        if (s.id == staffId)
            return s;
    return Result<StaffRecord>::failure(tr("There is no staff member with number %1.").arg(staffId));
}

Result<std::optional<qint64>> StaffRepository::findByIdNumber(const QString& idNumber) const
{
    return Sql::findId(m_db.connection(), u"SELECT id FROM staff WHERE id_number = ?"_s, idNumber);
}

Result<QList<QualificationType>> StaffRepository::qualificationTypes() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT code, name_zh, name_en, counts_as_certified, is_health_certificate "
                    "FROM qualification_types ORDER BY rowid"_s))
        return Result<QList<QualificationType>>::failure(Sql::failure(query).error());
    QList<QualificationType> types;
    while (query.next()) {
        types.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      query.value(3).toBool(), query.value(4).toBool()});
    }
    return types;
}

Status StaffRepository::restore(const StaffRecord& staff)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(staffRow.upsertById(staff.id));
        bindStaff(query, staff);
        if (Status s = Sql::exec(query); !s)
            return s;
        return writeLinks(staff.id, staff);
    });
}
