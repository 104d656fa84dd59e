#pragma once

#include "AttendanceRecord.h"
#include "common/CareCalendar.h"
#include "common/Result.h"
#include "roster/RosterRecords.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <optional>

class Database;

// A child on a class's daily sheet, with what was saved for her that day, if anything.
struct SheetChild
{
    qint64 childId = 0;
    QString name;
    CareType careType = CareType::FullDay;
    std::optional<AttendanceRecord> saved;
};

// One class's attendance sheet for one day: the children enrolled and placed in the class that day, by name.
struct DailySheet
{
    Q_DECLARE_TR_FUNCTIONS(DailySheet)

public:
    qint64 classId = 0;
    QDate day;
    CareCalendar::DayKind kind = CareCalendar::DayKind::CareDay;
    QString closureReason;
    // Why the sheet cannot be changed (the month is closed); empty while it can.
    QString lockedReason;
    QList<SheetChild> children;

    bool isCareDay() const
    {
        return kind == CareCalendar::DayKind::CareDay || kind == CareCalendar::DayKind::MakeUpWorkday;
    }
    // Why the day has no sheet ("Saturday 2026-11-21 is no care day."); empty on a care day.
    QString noSheetReason() const;

    // Needs Permission::ViewRoster; a caregiver only for her classes. A day without care has no children.
    static Result<DailySheet> load(Database& db, qint64 classId, QDate day);
};
