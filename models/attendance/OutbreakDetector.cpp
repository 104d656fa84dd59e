#include "OutbreakDetector.h"

#include "AttendanceRepository.h"
#include "store/CalendarRepository.h"

#include <QHash>
#include <utility>

using namespace Qt::StringLiterals;

namespace {

// The longest run of days without care the window may have to step over (the Spring Festival break with its
// weekends); further back than this the calendar is treated as having no earlier care day.
constexpr int LongestBreakDays = 31;

struct ClassSymptom
{
    qint64 classId = 0;
    QString symptom;

    bool operator==(const ClassSymptom&) const = default;
};

size_t qHash(const ClassSymptom& key, size_t seed = 0)
{
    return qHashMulti(seed, key.classId, key.symptom);
}

// The cases of one class and symptom in the window.
struct Cases
{
    QList<QDate> days;
    QList<qint64> childIds;
    QList<qint64> childIdsOnDay; // cases on the window's last day
};

OutbreakAlert alertFrom(const ClassSymptom& key, QDate day, const Cases& cases)
{
    OutbreakAlert alert;
    alert.classId = key.classId;
    alert.symptom = key.symptom;
    alert.day = day;
    alert.duty = OutbreakDetector::reportingDuty();
    if (cases.childIdsOnDay.size() >= OutbreakDetector::SameDayCases) {
        alert.rule = OutbreakAlert::Rule::SameDay;
        alert.days = {day};
        alert.childIds = cases.childIdsOnDay;
    } else {
        alert.rule = OutbreakAlert::Rule::ThreeCareDays;
        alert.days = cases.days;
        alert.childIds = cases.childIds;
    }
    return alert;
}

} // namespace

OutbreakDetector::OutbreakDetector(CareCalendar calendar, QList<SickAbsence> absences)
    : m_calendar(std::move(calendar))
    , m_absences(std::move(absences))
{
    std::stable_sort(m_absences.begin(), m_absences.end(),
                     [](const SickAbsence& a, const SickAbsence& b) { return a.day < b.day; });
}

Result<OutbreakDetector> OutbreakDetector::load(Database& db, QDate first, QDate last)
{
    Result<CareCalendar> calendar = CalendarRepository(db).load();
    if (!calendar)
        return Result<OutbreakDetector>::failure(calendar.error());
    const QList<QDate> window = OutbreakDetector(calendar.value(), {}).windowEndingOn(first);
    const QDate from = window.isEmpty() ? first : window.first();
    Result<QList<SickAbsence>> absences = AttendanceRepository(db).sickAbsences(from, last);
    if (!absences)
        return Result<OutbreakDetector>::failure(absences.error());
    return OutbreakDetector(std::move(calendar.value()), std::move(absences.value()));
}

QList<QDate> OutbreakDetector::windowEndingOn(QDate day) const
{
    if (!m_calendar.isCareDay(day))
        return {};
    QList<QDate> window = {day};
    for (QDate d = day.addDays(-1); window.size() < WindowCareDays && d >= day.addDays(-LongestBreakDays);
         d = d.addDays(-1))
        if (m_calendar.isCareDay(d))
            window.prepend(d);
    return window;
}

QList<OutbreakAlert> OutbreakDetector::alertsOn(QDate day) const
{
    const QList<QDate> window = windowEndingOn(day);
    if (window.isEmpty())
        return {};
    QHash<ClassSymptom, Cases> byClass;
    QList<ClassSymptom> order; // first seen first, so alerts come out in a stable order
    for (const SickAbsence& a : m_absences) {
        if (!window.contains(a.day))
            continue;
        const ClassSymptom key {a.classId, normalisedSymptom(a.symptom)};
        if (key.symptom.isEmpty())
            continue;
        if (!byClass.contains(key))
            order << key;
        Cases& cases = byClass[key];
        if (!cases.days.contains(a.day))
            cases.days << a.day;
        if (!cases.childIds.contains(a.childId))
            cases.childIds << a.childId;
        if (a.day == day && !cases.childIdsOnDay.contains(a.childId))
            cases.childIdsOnDay << a.childId;
    }
    QList<OutbreakAlert> alerts;
    for (const ClassSymptom& key : std::as_const(order)) {
        const Cases& cases = byClass.value(key);
        const qsizetype onDay = cases.childIdsOnDay.size();
        if (onDay >= SameDayCases || (onDay > 0 && cases.childIds.size() >= WindowCases))
            alerts << alertFrom(key, day, cases);
    }
    return alerts;
}

QList<OutbreakAlert> OutbreakDetector::alertsIn(Month month) const
{
    QList<OutbreakAlert> alerts;
    for (const QDate& day : m_calendar.careDays(month))
        alerts << alertsOn(day);
    return alerts;
}

QString OutbreakDetector::normalisedSymptom(const QString& symptom)
{
    return symptom.normalized(QString::NormalizationForm_KC).simplified().toCaseFolded();
}

QString OutbreakDetector::reportingDuty()
{
    return tr("Report to the local centre for disease control (疾控) within 24 hours, as 学校和托幼机构传染病疫情报告"
              "工作规范 requires: %1 sick absences with the same symptom in one class on one day, or %2 within %3 "
              "consecutive care days.")
        .arg(SameDayCases)
        .arg(WindowCases)
        .arg(WindowCareDays);
}
