// Times a county center's month: 250 institutions' signed reports for the 12 months up to 2026-11 (3,000 files,
// 20 to 80 children each) imported into the center's database, then the month's status (`center status`) and its
// cross-institution findings (`center findings`). Targets on a 2-core machine: the import under 10 s, the status
// under 200 ms. Making the files and registering the keys is timed apart; it is not part of the targets. With a
// folder as argument the report files and the center's database are kept there, to be looked at.
#include "CenterFixtures.h"
#include "CountyReportSet.h"
#include "access/AuditTrail.h"
#include "center/CenterFindings.h"
#include "center/CenterImport.h"
#include "center/CenterMonth.h"
#include "center/CenterRegistry.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QMap>
#include <QTemporaryDir>
#include <QTextStream>
#include <ctime>

using namespace Qt::StringLiterals;

namespace {

constexpr int Institutions = 250;
const Month FirstMonth(2025, 12);
const Month StatusMonth(2026, 11);

// Wall time and this program's CPU time: on a machine shared with other work the wall time also counts their turns.
class Stopwatch
{
public:
    Stopwatch()
    {
        m_wall.start();
        m_cpu = std::clock();
    }
    qint64 wallMs() const { return m_wall.elapsed(); }
    qint64 cpuMs() const { return qint64(std::clock() - m_cpu) * 1000 / CLOCKS_PER_SEC; }

private:
    QElapsedTimer m_wall;
    std::clock_t m_cpu;
};

qint64 rowsOf(Database& db, const QString& table)
{
    return Sql::scalar(db.connection(), u"SELECT count(*) FROM %1"_s.arg(table)).toLongLong();
}

// "imported 2990, rejected 10": how often each key occurs, by key.
QString tally(const QStringList& keys)
{
    QMap<QString, int> counts;
    for (const QString& key : keys)
        ++counts[key];
    QStringList parts;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it)
        parts << u"%1 %2"_s.arg(it.key()).arg(it.value());
    return parts.isEmpty() ? u"none"_s : parts.join(u", "_s);
}

Status registerAll(Database& db, const CountyReportSet& reports)
{
    for (const CountyInstitution& institution : reports.institutions())
        if (const Result<Registration> r = CenterRegistry::registerKey(db, reports.jwk(institution), {}); !r)
            return r.status();
    return {};
}

// `center status` and `center findings` of the month, three passes each (the first reads from a cold cache).
bool timeStatus(Database& db, QTextStream& out)
{
    for (int pass = 1; pass <= 3; ++pass) {
        Stopwatch loading;
        const Result<CenterMonth> month = CenterMonth::load(db, StatusMonth);
        const qint64 wall = loading.wallMs();
        if (!month) {
            out << month.error() << Qt::endl;
            return false;
        }
        out << u"center status %1 (pass %2): %3 ms (%4 ms of CPU) (target < 200); %5 rows, %6 senders; total "
               u"%7 institutions, %8 reported, %9 children enrolled"_s.arg(StatusMonth.toString())
                   .arg(pass)
                   .arg(wall)
                   .arg(loading.cpuMs())
                   .arg(month->rows.size())
                   .arg(month->senders.size())
                   .arg(month->total.institutions)
                   .arg(month->total.reported)
                   .arg(month->total.enrolled)
            << Qt::endl;
    }
    for (int pass = 1; pass <= 3; ++pass) {
        Stopwatch finding;
        const Result<QList<CenterFinding>> findings = CenterFindings::find(db, StatusMonth);
        const qint64 wall = finding.wallMs();
        if (!findings) {
            out << findings.error() << Qt::endl;
            return false;
        }
        QStringList kinds;
        for (const CenterFinding& finding : findings.value())
            kinds << CenterFindings::kindKey(finding.kind);
        out << u"center findings %1 (pass %2): %3 ms (%4 ms of CPU); %5"_s.arg(StatusMonth.toString())
                   .arg(pass)
                   .arg(wall)
                   .arg(finding.cpuMs())
                   .arg(tally(kinds))
            << Qt::endl;
    }
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    Clock::setFixed(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
    QTextStream out(stdout);
    QTemporaryDir temporary;
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path());
    if (!dir.exists() || !dir.mkpath(u"reports"_s)) {
        out << "no folder " << dir.path() << Qt::endl;
        return 1;
    }

    Stopwatch made;
    Result<CountyReportSet> reports = CountyReportSet::make(Institutions);
    if (!reports) {
        out << reports.error() << Qt::endl;
        return 1;
    }
    const Result<QStringList> paths = reports->writeReports(QDir(dir.filePath(u"reports"_s)), FirstMonth, StatusMonth);
    if (!paths) {
        out << paths.error() << Qt::endl;
        return 1;
    }
    out << u"made %1 signed reports (%2 institutions, %3 children, %4 of them also in a second institution's reports "
           u"from %5): %6 ms"_s.arg(paths->size())
               .arg(reports->institutions().size())
               .arg(reports->children().size())
               .arg(reports->childrenInTwoInstitutions())
               .arg(CountyReportSet::MovedIn.toString())
               .arg(made.wallMs())
        << Qt::endl;

    const QString dbPath = dir.filePath(u"center.db"_s);
    // A center database left in the folder by an earlier run goes, with its journal, so every run starts empty.
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(dbPath + suffix);
    auto opened = Database::open(dbPath);
    if (!opened || !setUpCountyCenter(*opened.value())) {
        out << (opened ? u"could not set up the county center"_s : opened.error()) << Qt::endl;
        return 1;
    }
    Database& db = *opened.value();
    Actor officer;
    officer.userId = 2;
    officer.name = u"center officer"_s;
    officer.role = Role::CenterOfficer;
    db.setActor(officer);
    Stopwatch registering;
    if (Status registered = registerAll(db, reports.value()); !registered) {
        out << registered.error() << Qt::endl;
        return 1;
    }
    out << u"registered %1 keys: %2 ms"_s.arg(rowsOf(db, u"center_keys"_s)).arg(registering.wallMs()) << Qt::endl;

    const qint64 auditBefore = rowsOf(db, u"audit_log"_s);
    Stopwatch importing;
    const Result<QList<ImportedFile>> imported = CenterImport::importFiles(db, paths.value());
    const qint64 wall = importing.wallMs();
    const qint64 cpu = importing.cpuMs();
    if (!imported) {
        out << imported.error() << Qt::endl;
        return 1;
    }
    QStringList verdicts;
    for (const ImportedFile& file : imported.value())
        verdicts << CenterImport::key(file.verdict);
    out << u"import of %1 files: %2 ms (%3 ms per file; %4 ms of CPU; %5 audit rows) (target < 10000); %6"_s
               .arg(imported->size())
               .arg(wall)
               .arg(double(wall) / std::max<qsizetype>(1, imported->size()), 0, 'f', 2)
               .arg(cpu)
               .arg(rowsOf(db, u"audit_log"_s) - auditBefore)
               .arg(tally(verdicts))
        << Qt::endl;
    out << u"center database: %1 reports, %2 import log lines, %3 MiB with its journal"_s
               .arg(rowsOf(db, u"center_reports"_s))
               .arg(rowsOf(db, u"center_import_log"_s))
               .arg((QFileInfo(dbPath).size() + QFileInfo(dbPath + u"-wal"_s).size()) / (1024 * 1024))
        << Qt::endl;

    // Not timed: that the import left the audit trail whole.
    const Result<AuditTrail::Verdict> verdict = AuditTrail::verify(db.connection());
    out << (verdict ? verdict->message : verdict.error()) << Qt::endl;

    return timeStatus(db, out) ? 0 : 1;
}
