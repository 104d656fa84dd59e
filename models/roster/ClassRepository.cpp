#include "ClassRepository.h"

#include "access/Access.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Status ClassRepository::check(const ClassRecord& record) const
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return allowed;
    if (record.name.trimmed().isEmpty())
        return Status::failure(tr("The class needs a name, such as 小一班."));
    if (record.capacity < 1)
        return Status::failure(
            tr("The capacity of class %1 must be at least 1, not %2.").arg(record.name.trimmed()).arg(record.capacity));
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM classes WHERE name = ? AND id <> ?"_s);
    if (Status s = Sql::exec(query, {record.name.trimmed(), record.id}); !s || !query.next())
        return s ? Sql::failure(query) : s;
    if (query.value(0).toInt() > 0)
        return Status::failure(tr("There is already a class named %1.").arg(record.name.trimmed()));
    return {};
}

Status ClassRepository::writeStaff(qint64 classId, const QList<qint64>& staffIds)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM staff_classes WHERE class_id = ?"_s);
    if (Status s = Sql::exec(query, {classId}); !s)
        return s;
    query.prepare(u"INSERT INTO staff_classes (staff_id, class_id) VALUES (?, ?)"_s);
    for (qint64 staffId : staffIds)
        if (Status s = Sql::exec(query, {staffId, classId}); !s)
            return s;
    return {};
}

Result<qint64> ClassRepository::add(const ClassRecord& record)
{
    if (Status ok = check(record); !ok)
        return Result<qint64>::failure(ok.error());
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO classes (name, class_type, capacity, room) VALUES (?, ?, ?, ?)"_s);
        if (Status s = Sql::exec(query,
                                 {record.name.trimmed(), RosterTypes::key(record.type), record.capacity,
                                  Sql::text(record.room.trimmed())});
            !s)
            return s;
        id = query.lastInsertId().toLongLong();
        return writeStaff(id, record.staffIds);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}

Status ClassRepository::update(const ClassRecord& record)
{
    if (Status ok = check(record); !ok)
        return ok;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE classes SET name = ?, class_type = ?, capacity = ?, room = ? WHERE id = ?"_s);
        if (Status s = Sql::exec(query,
                                 {record.name.trimmed(), RosterTypes::key(record.type), record.capacity,
                                  Sql::text(record.room.trimmed()), record.id});
            !s)
            return s;
        return writeStaff(record.id, record.staffIds);
    });
}

Status ClassRepository::remove(qint64 classId)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return allowed;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM placements WHERE class_id = ?"_s);
    if (Status s = Sql::exec(query, {classId}); !s || !query.next())
        return s ? Sql::failure(query) : s;
    if (query.value(0).toInt() > 0)
        return Status::failure(tr("Children have been placed in this class, so it keeps its history and cannot be "
                                  "removed."));
    return m_db.transaction([&]() -> Status {
        QSqlQuery remove(m_db.connection());
        remove.prepare(u"DELETE FROM classes WHERE id = ?"_s);
        return Sql::exec(remove, {classId});
    });
}

Result<QList<ClassRecord>> ClassRepository::classes() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT id, name, class_type, capacity, room FROM classes WHERE active ORDER BY id"_s))
        return Result<QList<ClassRecord>>::failure(Sql::failure(query).error());
    QList<ClassRecord> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(),
                     query.value(1).toString(),
                     RosterTypes::classTypeFromKey(query.value(2).toString()).value_or(ClassType::Mixed),
                     query.value(3).toInt(),
                     query.value(4).toString(),
                     {}});
    }
    if (!query.exec(u"SELECT class_id, staff_id FROM staff_classes ORDER BY staff_id"_s))
        return Result<QList<ClassRecord>>::failure(Sql::failure(query).error());
    while (query.next()) {
        for (ClassRecord& c : list)
            if (c.id == query.value(0).toLongLong())
                c.staffIds.append(query.value(1).toLongLong());
    }
    return list;
}

Result<QList<ClassRecord>> ClassRepository::attendanceClasses() const
{
    Result<QList<ClassRecord>> all = classes();
    const Actor& actor = m_db.actor();
    if (!all || actor.system || actor.role != Role::Caregiver)
        return all;
    QList<ClassRecord> own;
    for (const ClassRecord& c : all.value())
        if (actor.classIds.contains(c.id))
            own << c;
    return own;
}

Result<ClassRecord> ClassRepository::load(qint64 classId) const
{
    const Result<QList<ClassRecord>> all = classes();
    if (!all)
        return Result<ClassRecord>::failure(all.error());
    for (const ClassRecord& c : all.value())
        if (c.id == classId)
            return c;
    return Result<ClassRecord>::failure(tr("There is no class with number %1.").arg(classId));
}

Result<std::optional<ClassRecord>> ClassRepository::findByName(const QString& name) const
{
    const Result<QList<ClassRecord>> all = classes();
    if (!all)
        return Result<std::optional<ClassRecord>>::failure(all.error());
    for (const ClassRecord& c : all.value())
        if (c.name == name.trimmed())
            return std::optional<ClassRecord>(c);
    return std::optional<ClassRecord>();
}

Status ClassRepository::restore(const ClassRecord& record)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditRoster); !allowed)
        return allowed;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO classes (id, name, class_type, capacity, room) VALUES (?, ?, ?, ?, ?) "
                      "ON CONFLICT(id) DO UPDATE SET name = excluded.name, class_type = excluded.class_type, "
                      "capacity = excluded.capacity, room = excluded.room, active = 1"_s);
        if (Status s = Sql::exec(
                query,
                {record.id, record.name, RosterTypes::key(record.type), record.capacity, Sql::text(record.room)});
            !s)
            return s;
        return writeStaff(record.id, record.staffIds);
    });
}
