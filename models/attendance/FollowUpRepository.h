#pragma once

#include "AttendanceRecord.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// An open follow-up of a sick child (因病缺勤追踪), as the follow-up list shows it.
struct SickFollowUp
{
    qint64 id = 0;
    qint64 childId = 0;
    QString childName;
    qint64 classId = 0; // the class on the first day
    QString className;
    QDate firstDay;
    int daysAbsent = 0; // sick days recorded since the first day
    QString symptom;
    QString lastContact;
};

// The follow-ups of sick absences: a sick day recorded for a child without an open follow-up opens one, and it stays
// on the list until the outcome is written. Every call needs Permission::RecordAttendance; a caregiver sees and
// closes only those of her classes.
class FollowUpRepository
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpRepository)

public:
    explicit FollowUpRepository(Database& db)
        : m_db(db)
    {
    }

    Result<QList<SickFollowUp>> openFollowUps() const;
    // The latest contact with the family ("called mother: fever down, back Monday").
    Status recordContact(qint64 followUpId, const QString& note);
    // Closes the follow-up with its outcome; returnedOn, the child's first day back, may be invalid when she did
    // not come back (withdrawn).
    Status close(qint64 followUpId, const QString& outcome, QDate returnedOn);

    // Part of saving attendance, inside the caller's transaction and after its permission check: each sick day,
    // in order, opens a follow-up unless the child has an open one, or a closed one covers the day; an open one
    // starting later is moved back to the day. The children's follow-ups are read once and decided in memory, so
    // a year's import costs a statement per change, not per sick day.
    Status openForSickDays(const QList<AttendanceRecord>& records);

private:
    // The open follow-up's first day, after the permission checks for its class.
    Result<QDate> requireOpen(qint64 followUpId) const;

    Database& m_db;
};
