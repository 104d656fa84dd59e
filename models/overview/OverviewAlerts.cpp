#include "OverviewAlerts.h"

#include "OverviewScope.h"
#include "attendance/AttendanceMonth.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/FollowUpRepository.h"
#include "attendance/OutbreakWatch.h"
#include "billing/Arrears.h"
#include "reports/MonthlyReports.h"
#include "roster/ClassOverview.h"
#include "roster/StaffOverview.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"

#include <QHash>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

using Kind = OverviewAlert::Kind;
using Place = OverviewAlert::Place;

// How far back months still to close are looked for.
constexpr int MonthsLookedBack = 12;
// How far ahead a child about to outgrow her class is announced, so her move can be planned.
constexpr int AgeingOutNoticeDays = 30;

QString monthList(const QList<Month>& months)
{
    QStringList names;
    for (Month m : months)
        names << m.toString();
    return QLocale().createSeparatedList(names);
}

class AlertList
{
public:
    AlertList(Database& db, QDate day, const OverviewScope& scope)
        : m_db(db)
        , m_day(day)
        , m_scope(scope)
    {
    }

    Status outbreaks()
    {
        const Result<QList<OutbreakNotice>> notices = OutbreakWatch::around(m_db, m_day);
        if (!notices)
            return notices.status();
        for (const OutbreakNotice& n : notices.value())
            if (m_scope.covers(n.alert.classId))
                add(Kind::Outbreak, Place::DailySheet, n.text, n.alert.classId, Month::of(n.alert.day));
        return {};
    }

    Status classes()
    {
        const Result<QList<ClassStatus>> classes = ClassOverview::load(m_db, m_day);
        if (!classes)
            return classes.status();
        for (const ClassStatus& c : classes.value()) {
            if (!m_scope.covers(c.record.id))
                continue;
            for (const ClassWarning& w : c.warnings) {
                switch (w.kind) {
                case ClassWarning::Kind::OverCapacity:
                case ClassWarning::Kind::CapacityAboveStandard:
                    add(Kind::OverCapacity, Place::Classes, w.text, c.record.id);
                    break;
                case ClassWarning::Kind::ShortOfCaregivers:
                    add(Kind::ShortOfCaregivers, Place::Classes, w.text, c.record.id);
                    break;
                case ClassWarning::Kind::AgeOutsideClass:
                    add(Kind::AgeOutsideClass, Place::Children, w.text, c.record.id);
                    break;
                }
            }
            ageingOut(c);
        }
        return {};
    }

    // Children who fit their class today and no longer will within the notice period: the first day they do not.
    void ageingOut(const ClassStatus& c)
    {
        const QDate horizon = m_day.addDays(AgeingOutNoticeDays);
        for (const ClassChild& child : c.children) {
            if (!ClassOverview::ageFits(c.record.type, child.ageMonths)
                || ClassOverview::ageFits(c.record.type, ageInCompletedMonths(child.birthDate, horizon)))
                continue;
            QDate outgrown = m_day.addDays(1);
            while (ClassOverview::ageFits(c.record.type, ageInCompletedMonths(child.birthDate, outgrown)))
                outgrown = outgrown.addDays(1);
            add(Kind::AgeingOut, Place::Children,
                OverviewAlerts::tr("%1 of %2 outgrows the class on %3: plan the move")
                    .arg(child.name, c.record.name, outgrown.toString(Qt::ISODate)),
                c.record.id);
        }
    }

    Status staff()
    {
        const Result<StaffOverview> staff = StaffOverview::load(m_db, m_day);
        if (!staff)
            return staff.status();
        for (const ExpiringQualification& q : staff->expiring)
            add(Kind::ExpiringQualification, Place::Staff, q.describe());
        return {};
    }

    Status followUps()
    {
        const Result<QList<SickFollowUp>> open = FollowUpRepository(m_db).openFollowUps();
        if (!open)
            return open.status();
        QStringList names;
        for (const SickFollowUp& f : open.value())
            if (m_scope.covers(f.classId))
                names << f.childName;
        if (!names.isEmpty())
            add(Kind::SickFollowUps, Place::FollowUps,
                OverviewAlerts::tr("%n illness absence(s) to follow up: %1", nullptr, int(names.size()))
                    .arg(QLocale().createSeparatedList(names)));
        return {};
    }

    // Care days of the month before the day that have no record for a child: today's sheet is still being filled.
    Status attendanceGaps()
    {
        const Month month = Month::of(m_day);
        const Result<AttendanceMonthSummary> summary = AttendanceMonth::compute(m_db, month);
        if (!summary)
            return summary.status();
        QHash<qint64, int> gapsByClass;
        for (const AttendanceDay& gap : summary->gaps)
            if (gap.day < m_day)
                ++gapsByClass[gap.classId];
        for (const ClassAttendance& c : summary->classes) {
            const int gaps = gapsByClass.value(c.classId);
            if (gaps > 0 && m_scope.covers(c.classId))
                add(Kind::AttendanceGaps, Place::MonthGrid,
                    OverviewAlerts::tr("%1: %n child-day(s) without attendance this month", nullptr, gaps).arg(c.name),
                    c.classId, month);
        }
        return {};
    }

    // The months before this one that are not closed, reopened ones included, since attendance was first kept here:
    // the months before the institution used the program have nothing to close.
    Status monthsToClose()
    {
        const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
        if (!closed)
            return closed.status();
        const Result<QDate> firstDay = AttendanceRepository(m_db).firstRecordedDay();
        if (!firstDay)
            return firstDay.status();
        const Month current = Month::of(m_day);
        const Month first = firstDay->isValid() ? Month::of(firstDay.value()) : current;
        QList<Month> open;
        for (Month m = std::max(first, current.addMonths(-MonthsLookedBack)); m < current; m = m.next())
            if (!closed->isClosed(m))
                open << m;
        if (!open.isEmpty())
            add(Kind::MonthNotClosed, Place::Fees,
                OverviewAlerts::tr("%n month(s) not closed yet: %1", nullptr, int(open.size())).arg(monthList(open)), 0,
                open.first());
        return {};
    }

    Status reports()
    {
        const Result<QList<MonthReport>> reports = MonthlyReports::overview(m_db);
        if (!reports)
            return reports.status();
        QList<Month> unreported;
        for (const MonthReport& r : reports.value()) {
            if (r.state == ReportState::NotExported || r.state == ReportState::ClosedAgain)
                unreported << r.month;
            if (r.state == ReportState::Changed)
                add(Kind::ReportChanged, Place::Reports,
                    OverviewAlerts::tr("The report of %1 changed since it was exported: export it again as a new "
                                       "revision")
                        .arg(r.month.toString()),
                    0, r.month);
        }
        std::sort(unreported.begin(), unreported.end());
        if (!unreported.isEmpty())
            add(Kind::MonthNotReported, Place::Reports,
                OverviewAlerts::tr("%n closed month(s) not reported to the county: %1", nullptr, int(unreported.size()))
                    .arg(monthList(unreported)),
                0, unreported.first());
        return {};
    }

    // Bills whose month ended more than a month before the day and that are still not paid in full.
    Status oldArrears()
    {
        const Result<ArrearsList> arrears = Arrears::compute(m_db);
        if (!arrears)
            return arrears.status();
        int bills = 0;
        Money owed;
        Month oldest;
        for (const ArrearsRow& row : arrears->rows) {
            if (row.month.lastDay().addMonths(1) >= m_day)
                continue;
            ++bills;
            owed += row.outstanding();
            if (!oldest.isValid() || row.month < oldest)
                oldest = row.month;
        }
        if (bills > 0)
            add(Kind::OldArrears, Place::Arrears,
                OverviewAlerts::tr("%n bill(s) unpaid for more than a month: %1 in all", nullptr, bills)
                    .arg(owed.toStringWithSymbol()),
                0, oldest);
        return {};
    }

    QList<OverviewAlert> alerts() const { return m_alerts; }

private:
    void add(Kind kind, Place place, const QString& text, qint64 classId = 0, Month month = {})
    {
        OverviewAlert alert;
        alert.kind = kind;
        alert.place = place;
        alert.text = text;
        alert.classId = classId;
        alert.month = month;
        alert.urgent = kind == Kind::Outbreak;
        m_alerts << alert;
    }

    Database& m_db;
    QDate m_day;
    const OverviewScope& m_scope;
    QList<OverviewAlert> m_alerts;
};

} // namespace

Result<QList<OverviewAlert>> OverviewAlerts::load(Database& db, QDate day)
{
    using R = Result<QList<OverviewAlert>>;
    const Result<OverviewScope> scope = OverviewScope::of(db);
    if (!scope)
        return R::failure(scope.error());
    const bool keepsAttendance = db.actor().may(Permission::RecordAttendance);
    AlertList list(db, day, scope.value());
    const QList<std::pair<bool, Status (AlertList::*)()>> steps {
        {keepsAttendance, &AlertList::outbreaks},
        {true, &AlertList::classes},
        {scope->staff, &AlertList::staff},
        {keepsAttendance, &AlertList::followUps},
        {keepsAttendance, &AlertList::attendanceGaps},
        {scope->fees, &AlertList::monthsToClose},
        {scope->reports, &AlertList::reports},
        {scope->fees, &AlertList::oldArrears},
    };
    for (const auto& [shown, step] : steps)
        if (shown)
            if (Status s = (list.*step)(); !s)
                return R::failure(s.error());
    return list.alerts();
}
