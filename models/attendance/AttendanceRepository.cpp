#include "AttendanceRepository.h"

#include "AttendanceStatuses.h"
#include "CareRoster.h"
#include "FollowUpRepository.h"
#include "access/Access.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

template<typename T> QVariant optionalValue(const std::optional<T>& value)
{
    return value ? QVariant(*value) : QVariant();
}

QVariant timeOrNull(QTime time)
{
    return time.isValid() ? QVariant(time.toString(u"HH:mm"_s)) : QVariant();
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

Status AttendanceRepository::save(const QList<AttendanceRecord>& records)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::RecordAttendance); !allowed)
        return allowed;
    // Everything a batch is checked against is read once, whatever its size.
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    if (!closed)
        return Status::failure(closed.error());
    for (const AttendanceRecord& r : records)
        if (Status open = closed->requireOpen(Month::of(r.day)); !open)
            return open;
    if (m_db.actor().role == Role::Caregiver) {
        const Result<CareRoster> roster = CareRoster::load(m_db);
        if (!roster)
            return Status::failure(roster.error());
        for (const AttendanceRecord& r : records)
            if (Status s = Access::requireClass(m_db.actor(), roster->classOn(r.childId, r.day)); !s)
                return s;
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT OR REPLACE INTO attendance (child_id, day, status, arrival, departure, check_result, "
                      "check_note, temperature_tenths, hours, symptom, note) "
                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const AttendanceRecord& r : records) {
            const QVariant check = r.checkNormal ? QVariant(*r.checkNormal ? u"normal"_s : u"abnormal"_s) : QVariant();
            if (Status s
                = Sql::exec(query,
                            {QVariant(r.childId), Sql::date(r.day), QVariant(AttendanceStatuses::key(r.status)),
                             timeOrNull(r.arrival), timeOrNull(r.departure), check, Sql::text(r.checkNote),
                             optionalValue(r.temperatureTenths), optionalValue(r.hours), Sql::text(r.symptom),
                             Sql::text(r.note)});
                !s)
                return s;
        }
        return FollowUpRepository(m_db).openForSickDays(records);
    });
}

Result<QList<AttendanceRecord>> AttendanceRepository::records(QDate first, QDate last) const
{
    using R = Result<QList<AttendanceRecord>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewRoster); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT child_id, day, status, arrival, departure, check_result, check_note, temperature_tenths, "
                  "hours, symptom, note FROM attendance WHERE day BETWEEN ? AND ? ORDER BY day, child_id"_s);
    if (Status s = Sql::exec(query, {Sql::date(first), Sql::date(last)}); !s)
        return R::failure(s.error());
    QList<AttendanceRecord> list;
    while (query.next()) {
        AttendanceRecord r;
        r.childId = query.value(0).toLongLong();
        r.day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        r.status = AttendanceStatuses::fromKey(query.value(2).toString()).value_or(AttendanceStatus::Other);
        r.arrival = QTime::fromString(query.value(3).toString(), u"HH:mm"_s);
        r.departure = QTime::fromString(query.value(4).toString(), u"HH:mm"_s);
        if (!query.value(5).isNull())
            r.checkNormal = query.value(5).toString() == u"normal";
        r.checkNote = query.value(6).toString();
        r.temperatureTenths = optionalInt(query.value(7));
        r.hours = optionalInt(query.value(8));
        r.symptom = query.value(9).toString();
        r.note = query.value(10).toString();
        list << r;
    }
    return list;
}

Result<QList<SickAbsence>> AttendanceRepository::sickAbsences(QDate first, QDate last) const
{
    using R = Result<QList<SickAbsence>>;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT a.child_id, p.class_id, a.day, a.symptom FROM attendance a JOIN placements p "
        "ON p.child_id = a.child_id AND p.valid_from <= a.day AND (p.valid_to IS NULL OR p.valid_to >= a.day) "
        "WHERE a.status = 'sick' AND a.day BETWEEN ? AND ? ORDER BY a.day, a.child_id"_s);
    if (Status s = Sql::exec(query, {Sql::date(first), Sql::date(last)}); !s)
        return R::failure(s.error());
    QList<SickAbsence> absences;
    while (query.next())
        absences << SickAbsence {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                 QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString()};
    return absences;
}
