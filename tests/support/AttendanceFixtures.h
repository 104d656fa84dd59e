#pragma once

#include "RosterFixtures.h"
#include "attendance/AttendanceRecord.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/AttendanceStatuses.h"
#include "common/CareCalendar.h"
#include "roster/ChildRepository.h"

// The children and days the attendance tests share.

// Enrols a child without an ID number in a class from 2026-09-01; 0 (with a warning) on failure.
inline qint64 enrolChild(Database& db, const QString& name, qint64 classId)
{
    ChildRecord c = enrolledGirl();
    c.name = name;
    c.idNumber.clear();
    const Result<qint64> id = ChildRepository(db).add(c, Placement {classId, CareType::FullDay, QDate(2026, 9, 1), {}});
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

// Records the child present on every care day of the month; false (with a warning) on failure.
inline bool recordWholeMonth(Database& db, qint64 childId, Month month)
{
    QList<AttendanceRecord> records;
    for (const QDate& d : CareCalendar().careDays(month)) {
        AttendanceRecord r;
        r.childId = childId;
        r.day = d;
        records << r;
    }
    const Status s = AttendanceRepository(db).save(records);
    if (!s)
        qWarning().noquote() << s.error();
    return s.ok();
}

inline AttendanceRecord sickDay(qint64 childId, QDate day, const QString& symptom)
{
    AttendanceRecord r;
    r.childId = childId;
    r.day = day;
    r.status = AttendanceStatus::Sick;
    r.symptom = symptom;
    return r;
}

// Writes a record past AttendanceRepository's checks, like a record kept from before the child's dates or class
// were corrected; for the counts that must leave such records out. False (with a warning) on failure.
inline bool storeUnchecked(Database& db, qint64 childId, QDate day, AttendanceStatus status,
                           std::optional<int> hours = {})
{
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("INSERT OR REPLACE INTO attendance (child_id, day, status, hours) VALUES (?, ?, ?, ?)"));
    const Status s = Sql::exec(
        query, {childId, Sql::date(day), AttendanceStatuses::key(status), hours ? QVariant(*hours) : QVariant()});
    if (!s)
        qWarning().noquote() << s.error();
    return s.ok();
}
