// The child process of tst_crash: opens a database the way the program does and saves a long run of attendance for
// every child in full-day or half-day care in ONE AttendanceRepository::save (one transaction), so the test can kill
// it at any moment of the write. It prints "writing N" (the rows it adds) just before the write starts and "saved"
// when it has committed.
//
//     crash_writer DATABASE FIRST_DAY DAYS

#include "attendance/AttendanceRepository.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

int failed(const QString& message)
{
    std::fprintf(stderr, "%s\n", message.toLocal8Bit().constData());
    return 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const QDate first = QDate::fromString(args.value(2), Qt::ISODate);
    const int days = args.value(3).toInt();
    if (args.size() != 4 || !first.isValid() || days < 1)
        return failed(u"usage: crash_writer DATABASE FIRST_DAY DAYS"_s);

    auto opened = Database::open(args.at(1), Database::OpenMode::ExistingOnly);
    if (!opened)
        return failed(opened.error());
    Database& db = *opened.value();
    db.setActor(Actor::systemActor());

    QList<qint64> children;
    QSqlQuery query(u"SELECT c.id FROM children c JOIN placements p ON p.child_id = c.id AND p.valid_to IS NULL "
                    "WHERE c.enrolled_on IS NOT NULL AND c.withdrawn_on IS NULL "
                    "AND p.care_type IN ('full_day', 'half_day') ORDER BY c.id"_s,
                    db.connection());
    while (query.next())
        children.append(query.value(0).toLongLong());
    QList<AttendanceRecord> records;
    for (int d = 0; d < days; ++d) {
        for (qint64 child : std::as_const(children)) {
            AttendanceRecord r;
            r.childId = child;
            r.day = first.addDays(d);
            r.arrival = QTime(8, 0);
            r.departure = QTime(17, 0);
            r.checkNormal = true;
            r.temperatureTenths = 365;
            records.append(r);
        }
    }

    std::printf("writing %lld\n", static_cast<long long>(records.size()));
    std::fflush(stdout);
    if (Status saved = AttendanceRepository(db).save(records); !saved)
        return failed(saved.error());
    std::fputs("saved\n", stdout);
    return 0;
}
