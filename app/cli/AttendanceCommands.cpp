#include "CliCommands.h"
#include "CliText.h"
#include "CommandParser.h"
#include "ImportOutput.h"
#include "MonthCommand.h"
#include "attendance/AttendanceImport.h"
#include "attendance/AttendanceMonth.h"
#include "attendance/AttendanceStatuses.h"
#include "common/IdNumber.h"
#include "store/Database.h"

#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

void addCounts(QJsonObject& object, const AttendanceCounts& c)
{
    object.insert(u"expected"_s, c.expected);
    object.insert(u"present"_s, c.present);
    object.insert(u"sick"_s, c.sick);
    object.insert(u"personal"_s, c.personal);
    object.insert(u"other"_s, c.other);
    object.insert(u"not_recorded"_s, c.notRecorded);
    object.insert(u"upcoming"_s, c.upcoming);
}

QString countsLine(const AttendanceCounts& c)
{
    return u"%1\t%2\t%3\t%4\t%5\t%6"_s.arg(c.expected)
        .arg(c.present)
        .arg(c.sick)
        .arg(c.personal)
        .arg(c.other)
        .arg(c.notRecorded);
}

// The days of the shown classes; of every class when `only` is null.
QJsonArray daysJson(const QList<AttendanceDay>& days, const QList<qint64>* only)
{
    QJsonArray list;
    for (const AttendanceDay& d : days) {
        if (!only || only->contains(d.classId))
            list.append(QJsonObject {
                {u"child_id"_s, d.childId}, {u"name"_s, d.childName}, {u"day"_s, d.day.toString(Qt::ISODate)}});
    }
    return list;
}

// The summary of a month as a table and as JSON.
int printSummary(const CliContext& context, const CommandParser& parser, Database& db, Month month)
{
    const Result<AttendanceMonthSummary> summary = AttendanceMonth::compute(db, month);
    if (!summary)
        return context.fail(ExitFailed, summary.error());
    const bool wholeIds = db.actor().may(Permission::ViewFullIdentity);
    const QString className = parser.value(u"class"_s).trimmed();
    QJsonArray classes;
    QStringList lines;
    QList<qint64> shown;
    for (const ClassAttendance& c : summary->classes) {
        if (!className.isEmpty() && c.name != className)
            continue;
        shown << c.classId;
        const Ratio rate = c.totals.rate();
        lines << CliText::tr("%1 %2: attendance rate %3").arg(month.toString(), c.name, rate.text())
              << CliText::tr("Name\tID number\tExpected\tPresent\tSick\tPersonal\tOther\tNot recorded\tHours");
        QJsonArray children;
        for (const ChildAttendance& child : c.children) {
            const QString idNumber = wholeIds ? child.idNumber : IdNumber::mask(child.idNumber);
            QJsonObject object {{u"id"_s, child.childId}, {u"name"_s, child.name}, {u"id_number"_s, idNumber}};
            addCounts(object, child.counts);
            object.insert(u"hours"_s, child.counts.hours);
            children.append(object);
            lines << u"%1\t%2\t%3\t%4"_s.arg(child.name, idNumber, countsLine(child.counts)).arg(child.counts.hours);
        }
        lines << u"%1\t\t%2\t%3"_s.arg(CliText::tr("Total"), countsLine(c.totals)).arg(c.totals.hours) << QString();
        QJsonObject object {{u"id"_s, c.classId}, {u"name"_s, c.name}};
        addCounts(object, c.totals);
        object.insert(u"hours"_s, c.totals.hours);
        object.insert(u"rate"_s,
                      QJsonObject {{u"numerator"_s, rate.numerator},
                                   {u"denominator"_s, rate.denominator},
                                   {u"text"_s, rate.text()}});
        object.insert(u"children"_s, children);
        classes.append(object);
    }
    if (classes.isEmpty())
        lines << CliText::tr("No child was expected in care in %1.").arg(month.toString());
    const QList<qint64>* only = className.isEmpty() ? nullptr : &shown;
    const QJsonArray gaps = daysJson(summary->gaps, only);
    const QJsonArray outside = daysJson(summary->outside, only);
    if (!gaps.isEmpty())
        lines << CliText::tr("Care days not recorded: %1.").arg(gaps.size());
    if (!outside.isEmpty())
        lines << CliText::tr("Records on days without care or outside enrolment, not counted: %1.").arg(outside.size());
    return context.done(
        {{u"month"_s, month.toString()}, {u"classes"_s, classes}, {u"gaps"_s, gaps}, {u"outside"_s, outside}},
        lines.join(u'\n').trimmed());
}

int attendanceSummary(CliContext& context)
{
    CommandParser parser(context,
                         CliText::tr("Per class and child: expected care days, attendance by status, days not "
                                     "recorded and the attendance rate of a month."));
    parser.addOption(u"class"_s, CliText::tr("Only this class."), u"NAME"_s);
    return runForMonth(context, parser, Permission::ViewRoster,
                       [&](Database& db, Month month) { return printSummary(context, parser, db, month); });
}

// The records written by status and the months they fall in.
ImportSummary importSummary(const AttendanceImportPlan& plan)
{
    const QMap<AttendanceStatus, int> counts = plan.statusCounts();
    QJsonObject statuses;
    QStringList perStatus;
    for (AttendanceStatus status : AttendanceStatuses::all()) {
        statuses.insert(AttendanceStatuses::key(status), counts.value(status));
        perStatus << u"%1 %2"_s.arg(AttendanceStatuses::label(status)).arg(counts.value(status));
    }
    QJsonArray monthsJson;
    QStringList months;
    for (const Month& month : plan.months()) {
        monthsJson.append(month.toString());
        months << month.toString();
    }
    const ImportReport& r = plan.report;
    return {CliText::tr("Imported %1 attendance records (%2 new, %3 replaced): %4. Months: %5.")
                .arg(plan.records.size())
                .arg(r.added)
                .arg(r.updated)
                .arg(perStatus.join(u", "_s), months.join(u", "_s)),
            {{u"records"_s, int(plan.records.size())}, {u"statuses"_s, statuses}, {u"months"_s, monthsJson}}};
}

int attendanceImport(CliContext& context)
{
    return runImportCommand<AttendanceImport>(
        context,
        CliText::tr("Import attendance from a CSV file, one row per child and day; all rows or none. Columns: 日期 "
                    "date, 身份证号 id_number, 状态 status; optional 到园 arrival, 离园 departure, 时长 hours, 晨检 "
                    "check, 晨检说明 check_note, 体温 temperature, 症状 symptom (needed on sick days), 备注 note."),
        importSummary);
}

} // namespace

int runAttendance(CliContext& context)
{
    return runSubcommand(context, {{u"summary"_s, {}, attendanceSummary}, {u"import"_s, {}, attendanceImport}});
}
