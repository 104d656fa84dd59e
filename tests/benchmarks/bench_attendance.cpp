// Times importing one school year of attendance for 600 children in four classes (about 150,000 rows of a CSV
// file, read, checked and written in one transaction with the audit trail), adding up one month of it, and working
// out that month's bills (`month bill`) from it (targets on a 2-core machine: under 3 s, 100 ms and 100 ms).
#include "access/AuditTrail.h"
#include "attendance/AttendanceImport.h"
#include "attendance/AttendanceMonth.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "billing/MonthBilling.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr int Children = 600;

QString idNumberOf(int i)
{
    const QDate birth = QDate(2024, 1, 1).addDays(i % 300);
    const QString first17 = u"140402"_s + birth.toString(u"yyyyMMdd"_s) + u"%1"_s.arg(i % 1000, 3, 10, QChar(u'0'));
    return first17 + IdNumber::checkCharacter(first17);
}

bool addChildren(Database& db, const QList<qint64>& classes)
{
    const Status added = db.transaction([&]() -> Status {
        ChildRepository repository(db);
        for (int i = 0; i < Children; ++i) {
            ChildRecord c;
            c.name = u"孩子%1"_s.arg(i, 3, 10, QChar(u'0'));
            c.gender = i % 2 ? Gender::Male : Gender::Female;
            c.birthDate = QDate(2024, 1, 1).addDays(i % 300);
            c.idNumber = idNumberOf(i);
            c.enrolledOn = QDate(2025, 9, 1);
            const CareType careType = i % 10 == 0 ? CareType::Hourly : CareType::FullDay;
            const Result<qint64> id
                = repository.add(c, Placement {classes.at(i % classes.size()), careType, c.enrolledOn, {}});
            if (!id)
                return Status::failure(id.error());
        }
        return {};
    });
    return added.ok();
}

// One row per child and care day: mostly present with times, the morning check and a temperature; one day in
// twenty sick with a symptom or on personal leave; hours for the hourly children.
bool writeSchoolYear(const QString& path, const CareCalendar& calendar, int& rows)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    QTextStream out(&file);
    out << u"日期,身份证号,状态,到园,离园,时长,晨检,体温,症状,备注\r\n"_s;
    QStringList idNumbers;
    for (int i = 0; i < Children; ++i)
        idNumbers << idNumberOf(i);
    for (QDate day(2025, 9, 1); day <= QDate(2026, 8, 31); day = day.addDays(1)) {
        if (!calendar.isCareDay(day))
            continue;
        const QString date = day.toString(Qt::ISODate);
        for (int i = 0; i < Children; ++i) {
            const int roll = (i * 31 + day.dayOfYear() * 7) % 20;
            if (roll == 0)
                out << date << u',' << idNumbers.at(i) << u",病假,,,,,,发热,\r\n"_s;
            else if (roll == 1)
                out << date << u',' << idNumbers.at(i) << u",事假,,,,,,,家中有事\r\n"_s;
            else if (i % 10 == 0)
                out << date << u',' << idNumbers.at(i) << u",出勤,8:30,11:30,3,正常,36.6,,\r\n"_s;
            else
                out << date << u',' << idNumbers.at(i) << u",出勤,8:05,17:10,,正常,36.5,,\r\n"_s;
            ++rows;
        }
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    QTextStream out(stdout);
    QTemporaryDir dir;
    auto opened = Database::open(dir.filePath(u"bench.db"_s));
    if (!opened) {
        out << opened.error() << Qt::endl;
        return 1;
    }
    Database& db = *opened.value();
    db.setActor(Actor::systemActor());
    QList<qint64> classes;
    for (const QString& name : {u"托小一班"_s, u"托小二班"_s, u"托大一班"_s, u"托大二班"_s}) {
        const Result<qint64> id = ClassRepository(db).add({0, name, ClassType::OlderToddler, 200, {}, {}});
        if (!id) {
            out << id.error() << Qt::endl;
            return 1;
        }
        classes << id.value();
    }
    const Result<CareCalendar> calendar = CalendarRepository(db).load();
    const QString csv = dir.filePath(u"year.csv"_s);
    int rows = 0;
    if (!addChildren(db, classes) || !calendar || !writeSchoolYear(csv, calendar.value(), rows)) {
        out << "could not set up the school year" << Qt::endl;
        return 1;
    }
    const qint64 auditBefore = Sql::scalar(db.connection(), u"SELECT count(*) FROM audit_log"_s).toLongLong();

    QElapsedTimer timer;
    timer.start();
    const std::clock_t cpuStart = std::clock();
    const Result<AttendanceImportPlan> plan = AttendanceImport::preview(db, csv);
    if (!plan || !plan->report.ok()) {
        out << (plan ? plan->report.errors.first().message : plan.error()) << Qt::endl;
        return 1;
    }
    const qint64 checked = timer.elapsed();
    if (const Result<ImportReport> applied = AttendanceImport::apply(db, plan.value()); !applied) {
        out << applied.error() << Qt::endl;
        return 1;
    }
    const qint64 total = timer.elapsed();
    // On a machine shared with other work the wall time also counts their turns; the CPU time is this program's.
    const qint64 cpu = qint64(std::clock() - cpuStart) * 1000 / CLOCKS_PER_SEC;
    const qint64 audited = Sql::scalar(db.connection(), u"SELECT count(*) FROM audit_log"_s).toLongLong() - auditBefore;
    out << u"attendance import of %1 rows: %2 ms (read and check %3 ms, write %4 ms; %5 ms of CPU; %6 audit rows) "
           "(target < 3000)"_s.arg(rows)
               .arg(total)
               .arg(checked)
               .arg(total - checked)
               .arg(cpu)
               .arg(audited)
        << Qt::endl;

    // Not timed: that the import left the audit trail whole.
    const Result<AuditTrail::Verdict> verdict = AuditTrail::verify(db.connection());
    out << (verdict ? verdict->message : verdict.error()) << Qt::endl;

    for (int pass = 1; pass <= 3; ++pass) {
        timer.restart();
        const Result<AttendanceMonthSummary> month = AttendanceMonth::compute(db, Month(2026, 3));
        if (!month) {
            out << month.error() << Qt::endl;
            return 1;
        }
        out << u"attendance summary 2026-03 (pass %1, %2 classes, %3 gaps): %4 ms (target < 100)"_s.arg(pass)
                   .arg(month->classes.size())
                   .arg(month->gaps.size())
                   .arg(timer.elapsed())
            << Qt::endl;
    }
    for (int pass = 1; pass <= 3; ++pass) {
        timer.restart();
        const Result<MonthBills> bills = MonthBilling::compute(db, Month(2026, 3));
        if (!bills) {
            out << bills.error() << Qt::endl;
            return 1;
        }
        out << u"month bill 2026-03 (pass %1, %2 bills, total %3): %4 ms (target < 100)"_s.arg(pass)
                   .arg(bills->children.size())
                   .arg(bills->total().toString())
                   .arg(timer.elapsed())
            << Qt::endl;
    }
    return 0;
}
