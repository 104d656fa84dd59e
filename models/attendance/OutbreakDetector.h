#pragma once

#include "AttendanceRecord.h"
#include "common/CareCalendar.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

class Database;

// A possible outbreak in one class: what must be reported to the local CDC (疾控) within 24 hours.
struct OutbreakAlert
{
    enum class Rule
    {
        SameDay, // 3 or more on one care day
        ThreeCareDays, // 5 or more within 3 consecutive care days
    };

    Rule rule = Rule::SameDay;
    qint64 classId = 0;
    QString symptom; // normalised
    QDate day; // the care day that raised the alert
    QList<QDate> days; // the days with cases, oldest first
    QList<qint64> childIds; // each sick child once, in the order of their first case
    QString duty; // the reporting duty, translated
};

// The rule of 学校和托幼机构传染病疫情报告工作规范 for one class: 3 sick absences with the same symptom on one care
// day, or 5 within 3 consecutive care days (days without care in between, such as a weekend, do not break the
// window), must be reported within 24 hours. Cases are children: a child absent on several days of the window
// counts once.
class OutbreakDetector
{
    Q_DECLARE_TR_FUNCTIONS(OutbreakDetector)

public:
    static constexpr int SameDayCases = 3;
    static constexpr int WindowCases = 5;
    static constexpr int WindowCareDays = 3;

    OutbreakDetector(CareCalendar calendar, QList<SickAbsence> absences);

    // The sick absences of the care days that alerts from first to last look at, read from the database with each
    // child's class on the day.
    static Result<OutbreakDetector> load(Database& db, QDate first, QDate last);

    // The alerts a care day raises: a class whose cases of one symptom on that day reach the same-day threshold,
    // or, with at least one case that day, reach the window threshold over that day and the care days before it.
    // An alert is raised again by each later day that adds a case, since the new cases must be reported too.
    QList<OutbreakAlert> alertsOn(QDate day) const;
    // The alerts of every care day of the month, day by day.
    QList<OutbreakAlert> alertsIn(Month month) const;

    // The care days of the window that ends on day, oldest first; empty when day is no care day.
    QList<QDate> windowEndingOn(QDate day) const;

    // Symptoms match when equal after this: trimmed, inner spaces collapsed, full-width forms as half-width and
    // case folded. Synonyms (发烧 and 发热) are deliberately not merged: the rule asks for the same symptom, and a
    // guess that merges two illnesses would raise alerts nobody can explain. An empty symptom matches nothing.
    static QString normalisedSymptom(const QString& symptom);
    // The reporting duty, for the alert's text.
    static QString reportingDuty();

private:
    CareCalendar m_calendar;
    QList<SickAbsence> m_absences;
};
