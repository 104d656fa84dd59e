#pragma once

#include "AttendanceRecord.h"
#include "common/Month.h"
#include "common/Ratio.h"
#include "common/Result.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// What a month's attendance adds up to for one child in one class, or for a whole class.
struct AttendanceCounts
{
    // Care days up to today on which the child was enrolled and placed in the class, and later ones already
    // recorded (leave announced in advance), so a month in progress has its rate so far.
    int expected = 0;
    int present = 0;
    int sick = 0;
    int personal = 0;
    int other = 0;
    // Expected days without a record: gaps to fill, not absences.
    int notRecorded = 0;
    // Care days after today without a record yet, on which the child is enrolled and placed in the class.
    int upcoming = 0;
    // Hours recorded on the days of hourly and home care.
    int hours = 0;

    AttendanceCounts& operator+=(const AttendanceCounts& other);
    // 出勤率: present ÷ expected.
    Ratio rate() const { return {present, expected}; }
};

// What a day of the month holds for a child in a class: nothing expected (no care that day, or the child was not
// enrolled in this class), a gap to fill, a care day still to come, or the recorded status.
struct AttendanceCell
{
    enum class Kind
    {
        NotExpected,
        Gap,
        Upcoming, // after today and not recorded yet: neither expected so far nor a gap
        Recorded
    };
    Kind kind = Kind::NotExpected;
    // Meaningful when recorded.
    AttendanceStatus status = AttendanceStatus::Present;
    // The child's care type that day, unless not expected.
    CareType careType = CareType::FullDay;
    // Recorded hours of hourly and home care.
    int hours = 0;

    bool operator==(const AttendanceCell&) const = default;
};

// A child's month in one class; a child who moved classes during the month has one of these in each.
struct ChildAttendance
{
    qint64 childId = 0;
    QString name;
    QString idNumber;
    // The care type of the child's last day in the class this month.
    CareType careType = CareType::FullDay;
    AttendanceCounts counts;
    // One per day of the month, the 1st first; the counts add these up.
    QList<AttendanceCell> days;
};

struct ClassAttendance
{
    qint64 classId = 0;
    QString name;
    AttendanceCounts totals;
    // By name.
    QList<ChildAttendance> children;
};

// A child's day with a record or without one, named for a list the user works through.
struct AttendanceDay
{
    qint64 childId = 0;
    QString childName;
    QDate day;
    // The class the child was in that day; 0 when she was in none.
    qint64 classId = 0;
};

struct AttendanceMonthSummary
{
    Month month;
    QList<QDate> careDays;
    // By name; a class appears when a child was placed in it on some day of the month while enrolled.
    QList<ClassAttendance> classes;
    // Care days on which an enrolled, placed child has no record, by child and day.
    QList<AttendanceDay> gaps;
    // Records left out of every count: on a day without care, or on which the child was not enrolled or placed.
    QList<AttendanceDay> outside;
};

// Adds up a month of attendance per class and child against the care calendar, with the class and care type in
// force on each day. Reads the month in a few queries, whatever the number of children.
class AttendanceMonth
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceMonth)

public:
    // Needs Permission::ViewRoster.
    static Result<AttendanceMonthSummary> compute(Database& db, Month month);
};
