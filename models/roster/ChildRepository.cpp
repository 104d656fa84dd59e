#include "ChildRepository.h"

#include "access/Access.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const Sql::RowStatements childRow {
    u"children"_s,
    {u"name"_s, u"gender"_s, u"birth_date"_s, u"id_number"_s, u"birth_order"_s, u"hukou"_s, u"allergies"_s, u"notes"_s,
     u"admission_check_date"_s, u"vaccination_checked"_s, u"consent_by"_s, u"consent_on"_s, u"consent_version"_s,
     u"enrolled_on"_s, u"withdrawn_on"_s, u"applied_on"_s, u"wanted_month"_s, u"insured"_s}};

void bindChild(QSqlQuery& query, const ChildRecord& c)
{
    Sql::bind(query,
              {Sql::text(c.name), QVariant(c.gender == Gender::Male ? u"male"_s : u"female"_s), Sql::date(c.birthDate),
               Sql::textOrNull(c.idNumber), QVariant(c.birthOrder), Sql::text(c.hukou), Sql::text(c.allergies),
               Sql::text(c.notes), Sql::date(c.admissionCheckDate), QVariant(c.vaccinationChecked),
               Sql::text(c.consentBy), Sql::date(c.consentOn), Sql::text(c.consentVersion), Sql::date(c.enrolledOn),
               Sql::date(c.withdrawnOn), Sql::date(c.appliedOn), Sql::textOrNull(c.wantedMonth), QVariant(c.insured)});
}

QDate dateAt(const QSqlQuery& query, int column)
{
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

} // namespace

Status ChildRepository::requireEdit() const
{
    return Access::require(m_db.actor(), Permission::EditRoster);
}

Status ChildRepository::requireFreeIdNumber(const ChildRecord& child) const
{
    if (child.idNumber.isEmpty())
        return {};
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT name FROM children WHERE id_number = ? AND id <> ?"_s);
    if (Status s = Sql::exec(query, {child.idNumber, child.id}); !s)
        return s;
    if (query.next())
        return Status::failure(tr("The ID number %1 is already recorded for %2.")
                                   .arg(IdNumber::mask(child.idNumber), query.value(0).toString()));
    return {};
}

Result<qint64> ChildRepository::add(const ChildRecord& child, const std::optional<Placement>& placement)
{
    if (Status allowed = requireEdit(); !allowed)
        return Result<qint64>::failure(allowed.error());
    if (Status free = requireFreeIdNumber(child); !free)
        return Result<qint64>::failure(free.error());
    qint64 childId = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(childRow.insert());
        bindChild(query, child);
        if (Status s = Sql::exec(query); !s)
            return s;
        childId = query.lastInsertId().toLongLong();
        if (Status s = writeGuardians(childId, child.guardians); !s)
            return s;
        return placement ? insertPlacement(childId, *placement) : Status();
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return childId;
}

Status ChildRepository::writeGuardians(qint64 childId, const QList<Guardian>& guardians)
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"DELETE FROM guardians WHERE child_id = ?"_s);
    if (Status s = Sql::exec(query, {childId}); !s)
        return s;
    query.prepare(u"INSERT INTO guardians (child_id, name, relation, phone, id_number, may_pick_up, is_primary, "
                  "is_guardian) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const Guardian& g : guardians) {
        if (Status s
            = Sql::exec(query,
                        {QVariant(childId), Sql::text(g.name), Sql::text(g.relation), Sql::text(g.phone),
                         Sql::text(g.idNumber), QVariant(g.mayPickUp), QVariant(g.primary), QVariant(g.isGuardian)});
            !s)
            return s;
    }
    return {};
}

Status ChildRepository::insertPlacement(qint64 childId, const Placement& placement)
{
    QSqlQuery query(m_db.connection());
    query.prepare(
        u"INSERT INTO placements (child_id, class_id, care_type, valid_from, valid_to) VALUES (?, ?, ?, ?, ?)"_s);
    return Sql::exec(query,
                     {QVariant(childId), QVariant(placement.classId), QVariant(RosterTypes::key(placement.careType)),
                      Sql::date(placement.from), Sql::date(placement.to)});
}

Result<ChildRecord> ChildRepository::load(qint64 childId) const
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewRoster); !allowed)
        return Result<ChildRecord>::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT id, %1 FROM children WHERE id = ?"_s.arg(childRow.columns.join(u", "_s)));
    if (Status s = Sql::exec(query, {childId}); !s)
        return Result<ChildRecord>::failure(s.error());
    if (!query.next())
        return Result<ChildRecord>::failure(tr("There is no child with number %1.").arg(childId));
    ChildRecord c;
    c.id = query.value(0).toLongLong();
    c.name = query.value(1).toString();
    c.gender = query.value(2).toString() == u"male"_s ? Gender::Male : Gender::Female;
    c.birthDate = dateAt(query, 3);
    c.idNumber = query.value(4).toString();
    c.birthOrder = query.value(5).toInt();
    c.hukou = query.value(6).toString();
    c.allergies = query.value(7).toString();
    c.notes = query.value(8).toString();
    c.admissionCheckDate = dateAt(query, 9);
    c.vaccinationChecked = query.value(10).toBool();
    c.consentBy = query.value(11).toString();
    c.consentOn = dateAt(query, 12);
    c.consentVersion = query.value(13).toString();
    c.enrolledOn = dateAt(query, 14);
    c.withdrawnOn = dateAt(query, 15);
    c.appliedOn = dateAt(query, 16);
    c.wantedMonth = query.value(17).toString();
    c.insured = query.value(18).toBool();

    query.prepare(u"SELECT name, relation, phone, id_number, may_pick_up, is_primary, is_guardian FROM guardians "
                  "WHERE child_id = ? ORDER BY id"_s);
    if (Status s = Sql::exec(query, {childId}); !s)
        return Result<ChildRecord>::failure(s.error());
    while (query.next()) {
        c.guardians.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                            query.value(3).toString(), query.value(4).toBool(), query.value(5).toBool(),
                            query.value(6).toBool()});
    }
    return c;
}

Result<QList<Placement>> ChildRepository::placements(qint64 childId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT class_id, care_type, valid_from, valid_to FROM placements WHERE child_id = ? "
                  "ORDER BY valid_from"_s);
    if (Status s = Sql::exec(query, {childId}); !s)
        return Result<QList<Placement>>::failure(s.error());
    QList<Placement> list;
    while (query.next()) {
        list.append({query.value(0).toLongLong(),
                     RosterTypes::careTypeFromKey(query.value(1).toString()).value_or(CareType::FullDay),
                     dateAt(query, 2), dateAt(query, 3)});
    }
    return list;
}

Result<std::optional<qint64>> ChildRepository::findByIdNumber(const QString& idNumber) const
{
    return Sql::findId(m_db.connection(), u"SELECT id FROM children WHERE id_number = ?"_s, idNumber);
}

Status ChildRepository::update(const ChildRecord& child)
{
    if (Status allowed = requireEdit(); !allowed)
        return allowed;
    const Result<ChildRecord> current = load(child.id);
    if (!current)
        return Status::failure(current.error());
    if (Status free = requireFreeIdNumber(child); !free)
        return free;
    // Enrolment dates stay as they are: they change with the placement history.
    ChildRecord record = child;
    record.enrolledOn = current->enrolledOn;
    record.withdrawnOn = current->withdrawnOn;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(childRow.updateById(record.id));
        bindChild(query, record);
        if (Status s = Sql::exec(query); !s)
            return s;
        return current->guardians == record.guardians ? Status() : writeGuardians(record.id, record.guardians);
    });
}

Status ChildRepository::enrol(qint64 childId, const Placement& placement)
{
    if (Status allowed = requireEdit(); !allowed)
        return allowed;
    const Result<ChildRecord> child = load(childId);
    if (!child)
        return Status::failure(child.error());
    if (child->enrolledOn.isValid())
        return Status::failure(
            tr("%1 is already enrolled (since %2).").arg(child->name, child->enrolledOn.toString(Qt::ISODate)));
    if (!child->consentRecorded())
        return Status::failure(tr("Record the guardian's consent for %1 before enrolling.").arg(child->name));
    if (placement.from < child->birthDate)
        return Status::failure(tr("The enrolment date is before %1's birth date.").arg(child->name));
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE children SET enrolled_on = ? WHERE id = ?"_s);
        if (Status s = Sql::exec(query, {Sql::date(placement.from), childId}); !s)
            return s;
        return insertPlacement(childId, {placement.classId, placement.careType, placement.from, {}});
    });
}

Status ChildRepository::changePlacement(qint64 childId, QDate from, std::optional<qint64> newClass,
                                        std::optional<CareType> newCareType)
{
    if (Status allowed = requireEdit(); !allowed)
        return allowed;
    const Result<ChildRecord> child = load(childId);
    if (!child)
        return Status::failure(child.error());
    if (!child->enrolledOn.isValid())
        return Status::failure(tr("%1 is not enrolled yet; enrol first.").arg(child->name));
    if (!from.isValid() || from < child->enrolledOn)
        return Status::failure(tr("The change must take effect on or after the enrolment date %1.")
                                   .arg(child->enrolledOn.toString(Qt::ISODate)));
    if (child->withdrawnOn.isValid() && from > child->withdrawnOn)
        return Status::failure(tr("%1 left care on %2; a change after that date has no effect.")
                                   .arg(child->name, child->withdrawnOn.toString(Qt::ISODate)));
    const Result<QList<Placement>> history = placements(childId);
    if (!history)
        return Status::failure(history.error());
    std::optional<Placement> current;
    for (const Placement& p : history.value())
        if (p.from <= from)
            current = p;
    if (!current && (!newClass || !newCareType))
        return Status::failure(tr("%1 has no class on %2; give both the class and the care type.")
                                   .arg(child->name, from.toString(Qt::ISODate)));
    const qint64 classId = newClass.value_or(current ? current->classId : 0);
    const CareType careType = newCareType.value_or(current ? current->careType : CareType::FullDay);
    if (current && current->classId == classId && current->careType == careType)
        return Status::failure(
            tr("On %1 %2 is already in that class with that care type.").arg(from.toString(Qt::ISODate), child->name));

    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        if (current && current->from == from) {
            query.prepare(u"UPDATE placements SET class_id = ?, care_type = ? WHERE child_id = ? AND valid_from = ?"_s);
            return Sql::exec(query, {classId, RosterTypes::key(careType), childId, Sql::date(from)});
        }
        QDate to;
        if (current) {
            to = current->to;
            query.prepare(u"UPDATE placements SET valid_to = ? WHERE child_id = ? AND valid_from = ?"_s);
            if (Status s = Sql::exec(query, {Sql::date(from.addDays(-1)), childId, Sql::date(current->from)}); !s)
                return s;
        } else {
            // A change before the first recorded placement runs until that placement starts.
            for (const Placement& p : history.value())
                if (p.from > from && !to.isValid())
                    to = p.from.addDays(-1);
        }
        return insertPlacement(childId, {classId, careType, from, to});
    });
}

Status ChildRepository::withdraw(qint64 childId, QDate lastDay)
{
    if (Status allowed = requireEdit(); !allowed)
        return allowed;
    const Result<ChildRecord> child = load(childId);
    if (!child)
        return Status::failure(child.error());
    if (!child->enrolledOn.isValid())
        return Status::failure(tr("%1 was never enrolled.").arg(child->name));
    if (!lastDay.isValid() || lastDay < child->enrolledOn)
        return Status::failure(tr("The last day in care cannot be before the enrolment date %1.")
                                   .arg(child->enrolledOn.toString(Qt::ISODate)));
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE children SET withdrawn_on = ? WHERE id = ?"_s);
        if (Status s = Sql::exec(query, {Sql::date(lastDay), childId}); !s)
            return s;
        query.prepare(u"DELETE FROM placements WHERE child_id = ? AND valid_from > ?"_s);
        if (Status s = Sql::exec(query, {childId, Sql::date(lastDay)}); !s)
            return s;
        // The placement that ended on an earlier last day runs on to a later one, so no day in care is without a
        // class and care type.
        query.prepare(u"UPDATE placements SET valid_to = ? WHERE child_id = ? AND (valid_to IS NULL OR valid_to > ? "
                      "OR valid_to = ?)"_s);
        return Sql::exec(query, {Sql::date(lastDay), childId, Sql::date(lastDay), Sql::date(child->withdrawnOn)});
    });
}

Status ChildRepository::remove(qint64 childId)
{
    if (Status allowed = requireEdit(); !allowed)
        return allowed;
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT count(*) FROM attendance WHERE child_id = ?"_s);
    if (Status s = Sql::exec(query, {childId}); !s || !query.next())
        return s ? Sql::failure(query) : s;
    if (const int days = query.value(0).toInt(); days > 0)
        return Status::failure(tr(
            "This child has %n attendance record(s): the child can leave care but cannot be removed.", nullptr, days));
    return m_db.transaction([&]() -> Status {
        QSqlQuery remove(m_db.connection());
        remove.prepare(u"DELETE FROM children WHERE id = ?"_s);
        return Sql::exec(remove, {childId});
    });
}

Result<ChildSnapshot> ChildRepository::snapshot(qint64 childId) const
{
    const Result<ChildRecord> record = load(childId);
    if (!record)
        return Result<ChildSnapshot>::failure(record.error());
    const Result<QList<Placement>> history = placements(childId);
    if (!history)
        return Result<ChildSnapshot>::failure(history.error());
    return ChildSnapshot {record.value(), history.value()};
}

Status ChildRepository::restore(const ChildSnapshot& snapshot)
{
    if (Status allowed = requireEdit(); !allowed)
        return allowed;
    const ChildRecord& c = snapshot.record;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(childRow.upsertById(c.id));
        bindChild(query, c);
        if (Status s = Sql::exec(query); !s)
            return s;
        if (Status s = writeGuardians(c.id, c.guardians); !s)
            return s;
        query.prepare(u"DELETE FROM placements WHERE child_id = ?"_s);
        if (Status s = Sql::exec(query, {c.id}); !s)
            return s;
        for (const Placement& p : snapshot.placements)
            if (Status s = insertPlacement(c.id, p); !s)
                return s;
        return {};
    });
}
