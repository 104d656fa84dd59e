#include "OutsideChanges.h"
#include "TempDatabase.h"
#include "access/AuditTrail.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "store/BackupManager.h"
#include "store/Migrations.h"
#include "store/RestorePlan.h"
#include "store/Sql.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace Qt::StringLiterals;

// Backups and recovery: a restored database is the original row for row; the program's own backups rotate; bad
// backups, missing permissions and a database still open are refused with the current file left byte for byte as
// it was; a damaged database is kept aside and replaced by the newest good backup.
class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void restoredDatabaseDumpsLikeTheOriginal();
    void listShowsKindTimeSizeAndVersion();
    void createNeverOverwrites();
    void rotationKeepsSevenDailyAndTwelveMonthly_data();
    void rotationKeepsSevenDailyAndTwelveMonthly();
    void restoreRefusesBadBackups_data();
    void restoreRefusesBadBackups();
    void rolesWithoutManageBackupsAreRefused_data();
    void rolesWithoutManageBackupsAreRefused();
    void restoreRefusesWhileTheDatabaseIsOpen();
    void newestGoodBackupSkipsDamagedOnes();
    void damagedDatabaseIsKeptAsItWasAndRecovered();
    void journalLeftByALostDatabaseIsNotReplayed();
};

namespace {

const QDateTime Morning(QDate(2026, 11, 29), QTime(9, 30));

// sqlite3's own .dump: every table, index, trigger and row, in a form that differs when anything differs.
QString dump(const QString& path)
{
    const QString sqlite3 = QStandardPaths::findExecutable(u"sqlite3"_s);
    if (sqlite3.isEmpty())
        return {};
    QProcess process;
    process.start(sqlite3, {u"-readonly"_s, path, u".dump"_s});
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    // VACUUM INTO, which writes a backup, makes every index before the triggers, while the original lists them in the
    // order its versions made them. That order means nothing, so the statements after the rows are sorted.
    const QStringList lines = QString::fromUtf8(process.readAllStandardOutput()).split(u'\n');
    qsizetype rowsEnd = 0;
    for (qsizetype i = 0; i < lines.size(); ++i)
        if (lines.at(i).startsWith(u"INSERT INTO "_s))
            rowsEnd = i + 1;
    QStringList statements;
    for (qsizetype i = rowsEnd; i < lines.size(); ++i) {
        if (statements.isEmpty() || lines.at(i).startsWith(u"CREATE "_s) || lines.at(i).startsWith(u"COMMIT"_s))
            statements << lines.at(i);
        else
            statements.last() += u'\n' + lines.at(i);
    }
    statements.sort();
    return (lines.mid(0, rowsEnd) + statements).join(u'\n');
}

void fillWithDemo(Database& db)
{
    const auto demo = DemoData::generate(db, {20, 1, 3});
    QVERIFY2(demo.ok(), qPrintable(demo.error()));
}

// Leaves beside the closed database the journal of a last change, as a crash would: SQLite replays such a journal
// into whatever file it finds under the database's name.
void leaveStaleJournal(TempDatabase& t)
{
    QVERIFY(Sql::exec(t.db->connection(), u"PRAGMA wal_checkpoint(TRUNCATE)"_s));
    QVERIFY(t.db->transaction([&] {
        return Sql::exec(t.db->connection(), u"INSERT INTO closures VALUES ('2026-12-01', 'after the backup')"_s);
    }));
    const QString saved = t.dir.filePath(u"saved-wal"_s);
    QVERIFY(QFile::copy(t.path + u"-wal"_s, saved));
    t.db.reset();
    QVERIFY(QFile::copy(saved, t.path + u"-wal"_s));
}

QString makeBackup(Database& db, const QDateTime& at)
{
    Clock::setFixed(at);
    const Result<QString> made = BackupManager::createBackup(db);
    if (!made)
        qWarning().noquote() << made.error();
    return made.value_or(QString());
}

QStringList filesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::Files, QDir::Name);
}

} // namespace

void TestBackup::init()
{
    Clock::setFixed(Morning);
}

void TestBackup::cleanup()
{
    Clock::setFixed({});
}

void TestBackup::restoredDatabaseDumpsLikeTheOriginal()
{
    if (QStandardPaths::findExecutable(u"sqlite3"_s).isEmpty())
        QSKIP("The sqlite3 shell is missing; packaging/setup.sh installs it.");
    TempDatabase t;
    QVERIFY(t.open());
    fillWithDemo(*t.db);
    const QString original = dump(t.path);
    QVERIFY(original.contains(u"INSERT INTO attendance"_s));

    const Result<QString> backup = BackupManager::createBackup(*t.db);
    QVERIFY2(backup.ok(), qPrintable(backup.error()));
    QCOMPARE(QFileInfo(backup.value()).dir().dirName(), u"backups"_s);
    QCOMPARE(dump(backup.value()), original);

    // Work done after the backup is what a restore takes back; the copy kept before the restore still holds it.
    QVERIFY(t.db->transaction([&] {
        return Sql::exec(t.db->connection(), u"INSERT INTO closures VALUES ('2026-12-01', 'after the backup')"_s);
    }));
    const QString changed = dump(t.path);
    const Result<RestorePlan> plan = RestorePlan::prepare(*t.db, backup.value());
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    QVERIFY(plan->verdict().ok());
    t.db.reset();
    const Result<QString> previous = plan->run();
    QVERIFY2(previous.ok(), qPrintable(previous.error()));

    QCOMPARE(dump(t.path), original);
    QCOMPARE(dump(previous.value()), changed);
    QVERIFY(!QFile::exists(t.path + u"-wal"_s));
    QVERIFY(t.open());
    QCOMPARE(t.db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(Sql::scalar(t.db->connection(), u"PRAGMA application_id"_s).toInt(), Database::ApplicationId);
    const auto verdict = AuditTrail::verify(t.db->connection());
    QVERIFY(verdict.ok() && verdict->intact);
}

void TestBackup::listShowsKindTimeSizeAndVersion()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(BackupManager::listBackups(t.path).isEmpty());
    const QString first = makeBackup(*t.db, Morning);
    const QString sameSecond = makeBackup(*t.db, Morning);
    Clock::setFixed(Morning.addDays(1));
    QVERIFY(BackupManager::automaticBackup(*t.db).ok());

    const QList<BackupInfo> backups = BackupManager::listBackups(t.path);
    QStringList names;
    for (const BackupInfo& b : backups) {
        names << QFileInfo(b.path).fileName();
        QCOMPARE(b.size, QFileInfo(b.path).size());
        QCOMPARE(b.schemaVersion, Migrations::latestVersion());
    }
    QCOMPARE(names,
             QStringList({u"test-monthly-2026-11-30T093000.db"_s, u"test-daily-2026-11-30T093000.db"_s,
                          u"test-manual-2026-11-29T093000-2.db"_s, u"test-manual-2026-11-29T093000.db"_s}));
    QCOMPARE(backups.at(0).kind, BackupKind::Monthly);
    QCOMPARE(backups.at(1).kind, BackupKind::Daily);
    QCOMPARE(backups.at(3).kind, BackupKind::Manual);
    QCOMPARE(backups.at(3).created, Morning);
    QCOMPARE(backups.at(3).path, first);
    QCOMPARE(backups.at(2).path, sameSecond);
}

void TestBackup::createNeverOverwrites()
{
    TempDatabase t;
    QVERIFY(t.open());
    const QString taken = t.dir.filePath(u"taken.db"_s);
    QFile file(taken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("someone else's file");
    file.close();
    const QByteArray before = fileHash(taken);

    const Result<QString> refused = BackupManager::createBackup(*t.db, taken);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"already exists"_s), qPrintable(refused.error()));
    QCOMPARE(fileHash(taken), before);

    const QString elsewhere = t.dir.filePath(u"usb/daycare.db"_s);
    const Result<QString> made = BackupManager::createBackup(*t.db, elsewhere);
    QVERIFY2(made.ok(), qPrintable(made.error()));
    QCOMPARE(made.value(), elsewhere);
    QVERIFY(BackupManager::verifyBackup(elsewhere).ok());
    QCOMPARE(filesIn(t.dir.filePath(u"usb"_s)), QStringList {u"daycare.db"_s});
}

void TestBackup::rotationKeepsSevenDailyAndTwelveMonthly_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("daily");
    QTest::addColumn<int>("monthly");
    QTest::newRow("three days") << 3 << 1 << 3 << 1;
    QTest::newRow("every third day for two months") << 60 << 3 << 7 << 3;
    QTest::newRow("every day for 400 days") << 400 << 1 << 7 << 12;
}

void TestBackup::rotationKeepsSevenDailyAndTwelveMonthly()
{
    QFETCH(int, days);
    QFETCH(int, step);
    QFETCH(int, daily);
    QFETCH(int, monthly);
    TempDatabase t;
    QVERIFY(t.open());
    const QDate start(2025, 10, 20);
    const QString manual = makeBackup(*t.db, QDateTime(start, QTime(8, 0)));
    QList<QDate> used;
    for (int day = 0; day < days; day += step) {
        const QDate today = start.addDays(day);
        used.append(today);
        Clock::setFixed(QDateTime(today, QTime(17, 45)));
        const Result<QString> made = BackupManager::automaticBackup(*t.db);
        QVERIFY2(made.ok() && !made->isEmpty(), qPrintable(made.error()));
        // A second close on the same day makes no second backup.
        Clock::setFixed(QDateTime(today, QTime(18, 30)));
        QCOMPARE(BackupManager::automaticBackup(*t.db).value_or(u"failed"_s), QString());
    }

    QList<QDate> dailyDays;
    QList<QDate> monthlyDays;
    for (const BackupInfo& b : BackupManager::listBackups(t.path)) {
        if (b.kind == BackupKind::Daily)
            dailyDays.append(b.created.date());
        else if (b.kind == BackupKind::Monthly)
            monthlyDays.append(b.created.date());
    }
    QCOMPARE(dailyDays.size(), daily);
    QCOMPARE(monthlyDays.size(), monthly);
    // The newest days are kept, and each monthly copy is the month's first backup.
    std::reverse(used.begin(), used.end());
    QCOMPARE(dailyDays, used.mid(0, daily));
    for (QDate day : std::as_const(monthlyDays)) {
        const QDate firstUsed = *std::find_if(
            used.rbegin(), used.rend(), [&](QDate d) { return d.year() == day.year() && d.month() == day.month(); });
        QCOMPARE(day, firstUsed);
    }
    QVERIFY2(QFile::exists(manual), "a manual backup is never removed");
    QCOMPARE(filesIn(BackupCatalog::folderFor(t.path)).size(), daily + monthly + 1);
}

void TestBackup::restoreRefusesBadBackups_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<BackupFault>("fault");
    QTest::addColumn<QString>("message");
    QTest::newRow("damaged backup") << u"damaged"_s << BackupFault::Damaged << u"is damaged"_s;
    QTest::newRow("newer schema") << u"newer"_s << BackupFault::Newer << u"written by a newer DaycareDesk"_s;
    QTest::newRow("another program's SQLite file")
        << u"foreign"_s << BackupFault::NotABackup << u"an SQLite file of another program"_s;
    QTest::newRow("text file") << u"text"_s << BackupFault::NotABackup << u"it is not an SQLite file"_s;
    QTest::newRow("missing file") << u"missing"_s << BackupFault::Unreadable << u"There is no backup file"_s;
}

void TestBackup::restoreRefusesBadBackups()
{
    QFETCH(QString, kind);
    QFETCH(BackupFault, fault);
    QFETCH(QString, message);
    TempDatabase t;
    QVERIFY(t.open());
    fillWithDemo(*t.db);
    QString backup = makeBackup(*t.db, Morning);
    QVERIFY(!backup.isEmpty());
    if (kind == u"damaged"_s) {
        overwritePages(backup);
    } else if (kind == u"newer"_s) {
        runRawSql(backup, {u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)});
    } else if (kind == u"foreign"_s) {
        backup = t.dir.filePath(u"notes.db"_s);
        runRawSql(backup, {u"CREATE TABLE notes (body TEXT)"_s, u"INSERT INTO notes VALUES ('hello')"_s});
    } else if (kind == u"text"_s) {
        QFile file(backup);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write("name,class\n张三,托小一班\n");
    } else if (kind == u"missing"_s) {
        QVERIFY(QFile::remove(backup));
    }

    const Result<RestorePlan> plan = RestorePlan::prepare(*t.db, backup);
    QVERIFY(plan.ok());
    QCOMPARE(plan->verdict().fault(), fault);
    QVERIFY2(plan->verdict().error().contains(message), qPrintable(plan->verdict().error()));
    t.db.reset();
    const QByteArray before = fileHash(t.path);
    const QStringList filesBefore = filesIn(t.dir.path()) + filesIn(BackupCatalog::folderFor(t.path));

    const Result<QString> restored = plan->run();
    QVERIFY(!restored.ok());
    QCOMPARE(fileHash(t.path), before);
    QCOMPARE(filesIn(t.dir.path()) + filesIn(BackupCatalog::folderFor(t.path)), filesBefore);
}

void TestBackup::rolesWithoutManageBackupsAreRefused_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("director") << Role::Director << true;
    QTest::newRow("finance") << Role::Finance << false;
    QTest::newRow("caregiver") << Role::Caregiver << false;
    QTest::newRow("outreach") << Role::Outreach << false;
}

void TestBackup::rolesWithoutManageBackupsAreRefused()
{
    QFETCH(Role, role);
    QFETCH(bool, allowed);
    TempDatabase t;
    QVERIFY(t.open());
    const QString good = makeBackup(*t.db, Morning.addSecs(-60));
    const QString password = u"correct horse 42"_s;
    UserRepository users(*t.db);
    QVERIFY(users.createFirstDirector(u"director"_s, password, false).ok());
    if (role != Role::Director)
        QVERIFY(users.add(u"someone"_s, role, password).ok());
    const Result<Actor> actor = users.authenticate(role == Role::Director ? u"director"_s : u"someone"_s, password);
    QVERIFY2(actor.ok(), qPrintable(actor.error()));
    t.db->setActor(actor.value());
    const QStringList filesBefore = filesIn(BackupCatalog::folderFor(t.path));

    const Result<QString> made = BackupManager::createBackup(*t.db);
    const Result<RestorePlan> plan = RestorePlan::prepare(*t.db, good);
    QCOMPARE(made.ok(), allowed);
    QCOMPARE(plan.ok(), allowed);
    if (!allowed) {
        QVERIFY2(made.error().contains(u"may not create and restore backups"_s), qPrintable(made.error()));
        QCOMPARE(plan.error(), made.error());
        QCOMPARE(filesIn(BackupCatalog::folderFor(t.path)), filesBefore);
    }
}

void TestBackup::restoreRefusesWhileTheDatabaseIsOpen()
{
    TempDatabase t;
    QVERIFY(t.open());
    const QString backup = makeBackup(*t.db, Morning);
    const Result<RestorePlan> plan = RestorePlan::prepare(*t.db, backup);
    QVERIFY(plan.ok());

    // The caller forgot to close its database: the swap must not happen under an open connection.
    const QByteArray before = fileHash(t.path);
    const Result<QString> refused = plan->run();
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"is still open"_s), qPrintable(refused.error()));
    QCOMPARE(fileHash(t.path), before);
    QCOMPARE(filesIn(BackupCatalog::folderFor(t.path)), QStringList {QFileInfo(backup).fileName()});

    t.db.reset();
    QVERIFY(plan->run().ok());
}

void TestBackup::newestGoodBackupSkipsDamagedOnes()
{
    TempDatabase t;
    QVERIFY(t.open());
    fillWithDemo(*t.db);
    QVERIFY(!BackupManager::newestGoodBackup(t.path).has_value());
    const QString older = makeBackup(*t.db, Morning);
    const QString newer = makeBackup(*t.db, Morning.addSecs(3600));
    QCOMPARE(BackupManager::newestGoodBackup(t.path)->path, newer);

    overwritePages(newer);
    QCOMPARE(BackupManager::verifyBackup(newer).fault(), BackupFault::Damaged);
    QCOMPARE(BackupManager::newestGoodBackup(t.path)->path, older);
    overwritePages(older);
    QVERIFY(!BackupManager::newestGoodBackup(t.path).has_value());
}

void TestBackup::damagedDatabaseIsKeptAsItWasAndRecovered()
{
    TempDatabase t;
    QVERIFY(t.open());
    fillWithDemo(*t.db);
    const QString good = makeBackup(*t.db, Morning);
    QVERIFY(!RestorePlan::prepareRecovery(t.path, good).ok());

    // A crash leaves a journal beside a file a failing disk then damaged, too widely for the journal to cover.
    leaveStaleJournal(t);
    const QString wal = t.path + u"-wal"_s;
    overwritePages(t.path, 16);
    QVERIFY(!Database::open(t.path).ok());
    const QByteArray damaged = fileHash(t.path);
    const QByteArray staleJournal = fileHash(wal);

    // What the start-up offer does: nobody can log in, so the recovery needs the database to be beyond use.
    const std::optional<BackupInfo> offer = BackupManager::newestGoodBackup(t.path);
    QVERIFY(offer.has_value());
    QCOMPARE(offer->path, good);
    const Result<RestorePlan> plan = RestorePlan::prepareRecovery(t.path, offer->path);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const Result<QString> previous = plan->run();
    QVERIFY2(previous.ok(), qPrintable(previous.error()));

    // The damaged file is kept as it was, with its journal; the restored one never meets that journal.
    QCOMPARE(fileHash(previous.value()), damaged);
    QCOMPARE(fileHash(previous.value() + u"-wal"_s), staleJournal);
    QVERIFY(!QFile::exists(wal));
    QVERIFY(t.open());
    QCOMPARE(Sql::scalar(t.db->connection(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM closures"_s).toInt(), 0);
    const auto verdict = AuditTrail::verify(t.db->connection());
    QVERIFY(verdict.ok() && verdict->intact);
    QVERIFY(!RestorePlan::prepareRecovery(t.path, good).ok());
}

void TestBackup::journalLeftByALostDatabaseIsNotReplayed()
{
    TempDatabase t;
    QVERIFY(t.open());
    fillWithDemo(*t.db);
    const QString good = makeBackup(*t.db, Morning);
    leaveStaleJournal(t);
    QVERIFY(QFile::remove(t.path));

    const Result<RestorePlan> plan = RestorePlan::prepareRecovery(t.path, good);
    QVERIFY2(plan.ok(), qPrintable(plan.error()));
    const Result<QString> previous = plan->run();
    QVERIFY2(previous.ok(), qPrintable(previous.error()));
    QCOMPARE(previous.value(), QString());
    QVERIFY(!QFile::exists(t.path + u"-wal"_s));
    QVERIFY(t.open());
    QCOMPARE(Sql::scalar(t.db->connection(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM closures"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
