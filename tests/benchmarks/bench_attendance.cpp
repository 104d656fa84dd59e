// Times writing one school year of attendance for 600 children in four classes (about 150,000 rows, one
// transaction) and adding up one month of it (targets on a 2-core machine: under 3 s and under 100 ms).
#include "attendance/AttendanceMonth.h"
#include "attendance/AttendanceRepository.h"
#include "common/Clock.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

constexpr int Children = 600;

QList<qint64> addChildren(Database& db, const QList<qint64>& classes)
{
    QList<qint64> ids;
    const Status added = db.transaction([&]() -> Status {
        ChildRepository repository(db);
        for (int i = 0; i < Children; ++i) {
            ChildRecord c;
            c.name = u"孩子%1"_s.arg(i, 3, 10, QChar(u'0'));
            c.gender = i % 2 ? Gender::Male : Gender::Female;
            c.birthDate = QDate(2024, 1, 1).addDays(i % 300);
            c.enrolledOn = QDate(2025, 9, 1);
            const CareType careType = i % 10 == 0 ? CareType::Hourly : CareType::FullDay;
            const Result<qint64> id
                = repository.add(c, Placement {classes.at(i % classes.size()), careType, c.enrolledOn, {}});
            if (!id)
                return Status::failure(id.error());
            ids << id.value();
        }
        return {};
    });
    return added ? ids : QList<qint64> {};
}

QList<AttendanceRecord> schoolYear(const CareCalendar& calendar, const QList<qint64>& children)
{
    QList<AttendanceRecord> records;
    for (QDate day(2025, 9, 1); day <= QDate(2026, 8, 31); day = day.addDays(1)) {
        if (!calendar.isCareDay(day))
            continue;
        for (int i = 0; i < children.size(); ++i) {
            AttendanceRecord r;
            r.childId = children.at(i);
            r.day = day;
            const int roll = (i * 31 + day.dayOfYear() * 7) % 20;
            r.status = roll == 0 ? AttendanceStatus::Sick
                                 : (roll == 1 ? AttendanceStatus::Personal : AttendanceStatus::Present);
            if (i % 10 == 0 && r.status == AttendanceStatus::Present)
                r.hours = 3;
            records << r;
        }
    }
    return records;
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
    const QList<qint64> children = addChildren(db, classes);
    const Result<CareCalendar> calendar = CalendarRepository(db).load();
    if (children.isEmpty() || !calendar)
        return 1;
    const QList<AttendanceRecord> records = schoolYear(calendar.value(), children);

    QElapsedTimer timer;
    timer.start();
    if (const Status saved = AttendanceRepository(db).save(records); !saved) {
        out << saved.error() << Qt::endl;
        return 1;
    }
    out << u"save %1 attendance records: %2 ms (target < 3000)"_s.arg(records.size()).arg(timer.elapsed()) << Qt::endl;

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
    return 0;
}
