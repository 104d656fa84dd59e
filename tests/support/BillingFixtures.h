#pragma once

#include "AttendanceFixtures.h"
#include "attendance/AttendanceRepository.h"
#include "common/CareCalendar.h"
#include "institution/InstitutionRepository.h"

// What the billing tests share: an inclusive institution and days of attendance that make the bills they check.

// Records the child present on her first `present` care days from `from` to the end of that month, each with
// `hours` when given; false (with a warning) on failure.
inline bool recordPresent(Database& db, qint64 childId, QDate from, int present, std::optional<int> hours = {})
{
    QList<AttendanceRecord> records;
    const CareCalendar calendar;
    const QDate last(from.year(), from.month(), from.daysInMonth());
    for (QDate d = from; d <= last && records.size() < present; d = d.addDays(1)) {
        if (!calendar.isCareDay(d))
            continue;
        AttendanceRecord r;
        r.childId = childId;
        r.day = d;
        r.hours = hours;
        records << r;
    }
    const Status s = AttendanceRepository(db).save(records);
    if (!s)
        qWarning().noquote() << s.error();
    return s.ok();
}

// The institution of the billing tests, 潞州区阳光托育园, recognised as inclusive (普惠) from `from`; false (with a
// warning) on failure.
inline bool recordInclusiveInstitution(Database& db, QDate from)
{
    InstitutionProfile p;
    p.name = QStringLiteral("潞州区阳光托育园");
    p.creditCode = QStringLiteral("91350100M000100Y43");
    p.county = QStringLiteral("潞州区");
    p.places = 80;
    p.inclusive = true;
    p.inclusiveFrom = from;
    p.inclusivePlaces = 60;
    const Result<FieldErrors> saved = InstitutionRepository(db).save(p);
    if (!saved)
        qWarning().noquote() << saved.error();
    return saved && saved->isEmpty();
}

// A fresh database on 2026-12-01 09:00, November over, with 小一班 (托小班, young) and 大一班 (托大班, older), the
// institution inclusive from 2025-03-01; the program itself is acting. Null (with a warning) when it could not be made.
inline std::unique_ptr<TempDatabase> billingDatabase(qint64& young, qint64& older)
{
    qint64 unused = 0;
    auto t = rosterDatabase(young, unused);
    if (!t)
        return nullptr;
    Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    const Result<qint64> added = ClassRepository(*t->db).add(
        {0, QStringLiteral("大一班"), ClassType::OlderToddler, 20, QStringLiteral("201"), {}});
    if (!added) {
        qWarning().noquote() << added.error();
        return nullptr;
    }
    older = added.value();
    if (!recordInclusiveInstitution(*t->db, QDate(2025, 3, 1)))
        return nullptr;
    return t;
}
