#include "TempDatabase.h"
#include "access/AuditTrail.h"
#include "demo/DemoData.h"
#include "store/Sql.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTest>
#include <chrono>
#include <thread>

using namespace Qt::StringLiterals;

// Power cuts and killed processes in the middle of a write: a year of attendance is saved in one transaction by a
// child process (tests/helpers/crash_writer) that is killed with SIGKILL at moments spread over the whole write.
// After every kill the file must be whole, the write all there or not there at all, and the audit chain intact.
class TestCrash : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killedWriteIsAllOrNothing();

private:
    QTemporaryDir m_dir;
    QString m_pristine;
    int m_before = 0; // attendance rows in the pristine file
    int m_written = 0; // rows the writer adds, as it says
};

namespace {

constexpr int Kills = 60;
constexpr int Children = 30;
constexpr int Days = 365;
const QString FirstDay = u"2031-01-01"_s;

// Starts the writer on a copy and waits until it is about to write; false when it did not get there.
// Starts the writer and waits until it starts writing; the rows it is about to add, or -1.
int startWriter(QProcess& writer, const QString& path)
{
    writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    writer.start(QStringLiteral(DAYCARE_CRASH_WRITER_PATH), {path, FirstDay, QString::number(Days)});
    while (writer.waitForReadyRead(30000)) {
        if (!writer.canReadLine())
            continue;
        const QByteArray line = writer.readLine().trimmed();
        if (line.startsWith("writing "))
            return line.sliced(8).toInt();
    }
    return -1;
}

bool copyPristine(const QString& pristine, const QString& work)
{
    for (const QString& suffix : {QString(), u"-wal"_s, u"-shm"_s})
        QFile::remove(work + suffix);
    return QFile::copy(pristine, work);
}

} // namespace

void TestCrash::initTestCase()
{
#ifndef Q_OS_UNIX
    QSKIP("Killing a process with SIGKILL needs a POSIX system.");
#endif
    m_pristine = m_dir.filePath(u"pristine.db"_s);
    auto opened = Database::open(m_pristine);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    std::unique_ptr<Database> db = std::move(opened.value());
    const auto demo = DemoData::generate(*db, {Children, 1, 7});
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
    m_before = Sql::scalar(db->connection(), u"SELECT count(*) FROM attendance"_s).toInt();
    QVERIFY(m_before > 0);
}

void TestCrash::killedWriteIsAllOrNothing()
{
    const QString work = m_dir.filePath(u"work.db"_s);

    // One write left to finish shows the writer works and how long the write takes, to spread the kills over.
    QVERIFY(copyPristine(m_pristine, work));
    QProcess writer;
    m_written = startWriter(writer, work);
    QVERIFY(m_written > 0);
    QElapsedTimer timer;
    timer.start();
    QVERIFY(writer.waitForFinished(60000));
    const qint64 writeMicros = timer.nsecsElapsed() / 1000;
    QCOMPARE(writer.exitCode(), 0);
    qInfo("the write of %d rows takes %lld ms; killing it %d times", m_written, writeMicros / 1000, Kills);

    int none = 0;
    int all = 0;
    QRandomGenerator& random = *QRandomGenerator::global();
    for (int kill = 0; kill < Kills; ++kill) {
        QVERIFY(copyPristine(m_pristine, work));
        QProcess victim;
        QCOMPARE(startWriter(victim, work), m_written);
        // Stratified: the i-th kill falls somewhere in the i-th slice of the write (and a little beyond its end).
        const double slice = (kill + random.generateDouble()) / Kills;
        std::this_thread::sleep_for(std::chrono::microseconds(qint64(slice * 1.1 * double(writeMicros))));
        victim.kill();
        QVERIFY(victim.state() == QProcess::NotRunning || victim.waitForFinished(10000));

        auto opened = Database::open(work, Database::OpenMode::ExistingOnly);
        QVERIFY2(opened.ok(), qPrintable(opened.error()));
        const QSqlDatabase db = opened.value()->connection();
        QCOMPARE(Sql::scalar(db, u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        const int count = Sql::scalar(db, u"SELECT count(*) FROM attendance"_s).toInt();
        QVERIFY2(count == m_before || count == m_before + m_written,
                 qPrintable(u"kill %1: %2 rows, expected %3 or %4"_s.arg(kill).arg(count).arg(m_before).arg(
                     m_before + m_written)));
        (count == m_before ? none : all) += 1;
        const auto verdict = AuditTrail::verify(db);
        QVERIFY2(verdict.ok() && verdict->intact, qPrintable(verdict.ok() ? verdict->message : verdict.error()));
    }
    qInfo("%d kills left nothing written, %d the whole write", none, all);
}

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
