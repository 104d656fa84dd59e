#include "FollowUpRepository.h"

#include "access/Access.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The class a child was placed in on the follow-up's first day.
const QString classOnFirstDay = u"(SELECT p.class_id FROM placements p WHERE p.child_id = f.child_id "
                                "AND p.valid_from <= f.first_day AND (p.valid_to IS NULL OR p.valid_to >= f.first_day) "
                                "ORDER BY p.valid_from DESC LIMIT 1)"_s;

} // namespace

Result<QList<SickFollowUp>> FollowUpRepository::openFollowUps() const
{
    using R = Result<QList<SickFollowUp>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::RecordAttendance); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT f.id, f.child_id, c.name, k.id, k.name, f.first_day, f.symptom, f.last_contact, "
                    "(SELECT count(*) FROM attendance a WHERE a.child_id = f.child_id AND a.status = 'sick' "
                    "AND a.day >= f.first_day) "
                    "FROM sick_followups f JOIN children c ON c.id = f.child_id "
                    "LEFT JOIN classes k ON k.id = %1 "
                    "WHERE f.closed = 0 ORDER BY f.first_day, c.name"_s.arg(classOnFirstDay)))
        return R::failure(Sql::failure(query).error());
    QList<SickFollowUp> list;
    while (query.next()) {
        SickFollowUp f;
        f.id = query.value(0).toLongLong();
        f.childId = query.value(1).toLongLong();
        f.childName = query.value(2).toString();
        f.classId = query.value(3).toLongLong();
        f.className = query.value(4).toString();
        f.firstDay = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        f.symptom = query.value(6).toString();
        f.lastContact = query.value(7).toString();
        f.daysAbsent = query.value(8).toInt();
        if (Access::requireClass(m_db.actor(), f.classId))
            list << f;
    }
    return list;
}

Result<QDate> FollowUpRepository::requireOpen(qint64 followUpId) const
{
    using R = Result<QDate>;
    if (Status allowed = Access::require(m_db.actor(), Permission::RecordAttendance); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT f.first_day, f.closed, %1 FROM sick_followups f WHERE f.id = ?"_s.arg(classOnFirstDay));
    if (Status s = Sql::exec(query, {followUpId}); !s)
        return R::failure(s.error());
    if (!query.next())
        return R::failure(tr("There is no follow-up with number %1.").arg(followUpId));
    if (query.value(1).toBool())
        return R::failure(tr("Follow-up %1 is already closed.").arg(followUpId));
    if (Status allowed = Access::requireClass(m_db.actor(), query.value(2).toLongLong()); !allowed)
        return R::failure(allowed.error());
    return QDate::fromString(query.value(0).toString(), Qt::ISODate);
}

Status FollowUpRepository::recordContact(qint64 followUpId, const QString& note)
{
    if (Result<QDate> open = requireOpen(followUpId); !open)
        return Status::failure(open.error());
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE sick_followups SET last_contact = ? WHERE id = ?"_s);
        return Sql::exec(query, {Sql::text(note.trimmed()), followUpId});
    });
}

Status FollowUpRepository::close(qint64 followUpId, const QString& outcome, QDate returnedOn)
{
    const Result<QDate> firstDay = requireOpen(followUpId);
    if (!firstDay)
        return Status::failure(firstDay.error());
    if (outcome.trimmed().isEmpty())
        return Status::failure(
            tr("Follow-up %1: write the outcome (recovered, diagnosis, withdrawn) before closing it.").arg(followUpId));
    if (returnedOn.isValid() && returnedOn < firstDay.value())
        return Status::failure(tr("Follow-up %1: the return date %2 is before the first sick day %3.")
                                   .arg(followUpId)
                                   .arg(returnedOn.toString(Qt::ISODate), firstDay->toString(Qt::ISODate)));
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE sick_followups SET outcome = ?, returned_on = ?, closed = 1 WHERE id = ?"_s);
        return Sql::exec(query, {outcome.trimmed(), Sql::date(returnedOn), followUpId});
    });
}

Status FollowUpRepository::openForSickDays(const QList<AttendanceRecord>& records)
{
    // A follow-up as the batch leaves it; id 0 for one the batch opens.
    struct FollowUp
    {
        qint64 id = 0;
        QDate firstDay;
        QDate returnedOn;
        bool closed = false;
        QString symptom;
        bool moved = false;
    };
    QHash<qint64, QList<FollowUp>> byChild;
    for (const AttendanceRecord& r : records)
        if (r.status == AttendanceStatus::Sick)
            byChild.insert(r.childId, {});
    if (byChild.isEmpty())
        return {};
    QSqlQuery known(m_db.connection());
    known.setForwardOnly(true);
    if (!known.exec(u"SELECT id, child_id, first_day, returned_on, closed FROM sick_followups ORDER BY id"_s))
        return Sql::failure(known);
    while (known.next())
        if (const auto child = byChild.find(known.value(1).toLongLong()); child != byChild.end())
            child->append({known.value(0).toLongLong(),
                           QDate::fromString(known.value(2).toString(), Qt::ISODate),
                           QDate::fromString(known.value(3).toString(), Qt::ISODate),
                           known.value(4).toBool(),
                           {},
                           false});

    QList<std::pair<qint64, qsizetype>> opened; // (child, index in its list), in the order they open
    for (const AttendanceRecord& r : records) {
        if (r.status != AttendanceStatus::Sick)
            continue;
        QList<FollowUp>& followUps = byChild[r.childId];
        bool covered = false;
        for (FollowUp& f : followUps) {
            if (!f.closed && f.firstDay > r.day) {
                f.firstDay = r.day;
                f.moved = f.id > 0;
            }
            covered
                = covered || !f.closed || (f.firstDay <= r.day && (!f.returnedOn.isValid() || f.returnedOn > r.day));
        }
        if (!covered) {
            opened.append({r.childId, followUps.size()});
            followUps.append({0, r.day, {}, false, r.symptom.trimmed(), false});
        }
    }

    QSqlQuery moveBack(m_db.connection());
    moveBack.prepare(u"UPDATE sick_followups SET first_day = ? WHERE id = ?"_s);
    for (const QList<FollowUp>& followUps : std::as_const(byChild))
        for (const FollowUp& f : followUps)
            if (f.moved)
                if (Status s = Sql::exec(moveBack, {Sql::date(f.firstDay), f.id}); !s)
                    return s;
    QSqlQuery open(m_db.connection());
    open.prepare(u"INSERT INTO sick_followups (child_id, first_day, symptom) VALUES (?, ?, ?)"_s);
    for (const auto& [childId, index] : std::as_const(opened)) {
        const FollowUp& f = byChild.value(childId).at(index);
        if (Status s = Sql::exec(open, {childId, Sql::date(f.firstDay), Sql::text(f.symptom)}); !s)
            return s;
    }
    return {};
}
