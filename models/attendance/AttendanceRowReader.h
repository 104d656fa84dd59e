#pragma once

#include "AttendanceRecord.h"
#include "CareRoster.h"
#include "access/Actor.h"
#include "common/CareCalendar.h"
#include "roster/ImportTable.h"
#include "store/ClosedMonths.h"

#include <QHash>
#include <optional>

// Turns one row of an attendance file into a record, collecting every problem with it. Knows the roster, the care
// calendar, the closed months and the rows already read, all loaded once for the whole file.
class AttendanceRowReader
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceImport)

public:
    AttendanceRowReader(const ImportTable& table, const CareRoster& roster, const CareCalendar& calendar,
                        const ClosedMonths& closed, const Actor& actor);

    // The record, or nullopt when the row has errors (added to errors).
    std::optional<AttendanceRecord> read(const CsvRow& row, FieldErrors& errors);

private:
    QDate readDay(const CsvRow& row, FieldErrors& errors);
    const CareRoster::Child* readChild(const CsvRow& row, FieldErrors& errors) const;
    void checkCare(const CsvRow& row, const CareRoster::Child& child, QDate day, FieldErrors& errors) const;
    void readStatus(const CsvRow& row, AttendanceRecord& record, FieldErrors& errors) const;
    void readTimes(const CsvRow& row, AttendanceRecord& record, FieldErrors& errors) const;
    void readCheck(const CsvRow& row, AttendanceRecord& record, FieldErrors& errors) const;

    const ImportTable& m_table;
    const CareRoster& m_roster;
    const CareCalendar& m_calendar;
    const ClosedMonths& m_closed;
    const Actor& m_actor;
    // A year's file names the same few hundred dates again and again.
    QHash<QString, QDate> m_dates;
    // (child, day) → the line that recorded it first.
    QHash<QPair<qint64, qint64>, int> m_seen;
};
