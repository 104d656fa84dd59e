#include "OutsideChanges.h"
#include "TempDatabase.h"
#include "store/Migrations.h"
#include "store/Sql.h"

#include <QDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The store: a new file gets the latest schema and the safety settings; older files migrate; files that are not
// ours, newer, read-only, locked or damaged are refused with a message and left byte for byte as they were.
class TestDatabase : public QObject
{
    Q_OBJECT

private slots:
    void newFileHasLatestSchemaAndSafetySettings();
    void migratesEveryOlderFixture_data();
    void migratesEveryOlderFixture();
    void refusesFilesItCannotSafelyOpen_data();
    void refusesFilesItCannotSafelyOpen();
    void refusesLockedFile();
    void missingFileIsNotCreatedWhenItMustExist();
    void failedTransactionChangesNothing();
    void innerFailureRollsBackOnlyItsSavepoint();
};

namespace {

// Loads an SQL script (a sqlite3 .dump) into a new SQLite file, statement by statement.
bool loadScript(const QString& scriptPath, const QString& databasePath)
{
    QFile script(scriptPath);
    if (!script.open(QIODevice::ReadOnly))
        return false;
    const QString name = u"fixture-loader"_s;
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(databasePath);
        ok = db.open();
        const QStringList statements = QString::fromUtf8(script.readAll()).split(u";\n"_s, Qt::SkipEmptyParts);
        for (const QString& statement : statements) {
            if (statement.trimmed().isEmpty() || !ok)
                continue;
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                qWarning().noquote() << statement.left(200) << query.lastError().text();
                ok = false;
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

// A real DaycareDesk file with enough rows to span many pages, closed cleanly.
void makeDaycareFile(const QString& path)
{
    auto opened = Database::open(path);
    QVERIFY2(opened.ok(), qPrintable(opened.error()));
    Database& db = *opened.value();
    const Status filled = db.transaction([&]() -> Status {
        for (int i = 0; i < 400; ++i) {
            QSqlQuery query(db.connection());
            query.prepare(u"INSERT INTO closures (day, reason) VALUES (?, ?)"_s);
            if (Status s = Sql::exec(
                    query, {QDate(2020, 1, 1).addDays(i).toString(Qt::ISODate), u"reason %1 "_s.arg(i).repeated(8)});
                !s)
                return s;
        }
        return {};
    });
    QVERIFY(filled.ok());
}

} // namespace

void TestDatabase::newFileHasLatestSchemaAndSafetySettings()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(t.db->isNew());
    {
        const QSqlDatabase db = t.db->connection();
        QCOMPARE(t.db->schemaVersion(), Migrations::latestVersion());
        QCOMPARE(Sql::scalar(db, u"PRAGMA application_id"_s).toInt(), Database::ApplicationId);
        QCOMPARE(Sql::scalar(db, u"PRAGMA journal_mode"_s).toString(), u"wal"_s);
        QCOMPARE(Sql::scalar(db, u"PRAGMA foreign_keys"_s).toInt(), 1);
        QCOMPARE(Sql::scalar(db, u"PRAGMA synchronous"_s).toInt(), 2); // FULL
        for (const QString& table :
             {u"institution"_s, u"classes"_s, u"children"_s, u"placements"_s, u"guardians"_s, u"staff"_s,
              u"qualifications"_s, u"attendance"_s, u"policy_values"_s, u"calendar_days"_s, u"closures"_s,
              u"sick_followups"_s, u"closed_months"_s, u"claim_batches"_s, u"claim_rows"_s, u"family_subsidies"_s,
              u"insurance_policies"_s})
            QVERIFY2(Sql::scalar(db, u"SELECT count(*) FROM sqlite_schema WHERE name = '%1'"_s.arg(table)).toInt() == 1,
                     qPrintable(table));
    }

    // Opening it again is not new and keeps the version.
    t.db.reset();
    QVERIFY(t.open());
    QVERIFY(!t.db->isNew());
    QCOMPARE(t.db->schemaVersion(), Migrations::latestVersion());
}

void TestDatabase::migratesEveryOlderFixture_data()
{
    QTest::addColumn<QString>("fixture");
    QTest::addColumn<QString>("institution");
    QTest::addColumn<int>("version");
    const QDir dir(QStringLiteral(DAYCARE_TEST_DATA_DIR) + u"/schema"_s);
    const QStringList files = dir.entryList({u"v*.sql"_s}, QDir::Files, QDir::Name);
    QVERIFY2(!files.isEmpty(), "no schema fixtures found");
    for (const QString& file : files)
        QTest::newRow(qPrintable(file)) << dir.filePath(file) << u"潞州区小橘灯托育园"_s
                                        << file.mid(1, file.indexOf(u'.') - 1).toInt();
}

void TestDatabase::migratesEveryOlderFixture()
{
    QFETCH(QString, fixture);
    QFETCH(QString, institution);
    QFETCH(int, version);
    TempDatabase t;
    QVERIFY(loadScript(fixture, t.path));
    QVERIFY(t.open());
    QCOMPARE(t.db->schemaVersion(), Migrations::latestVersion());
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT name FROM institution"_s).toString(), institution);
    QVERIFY(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM children"_s).toInt() > 0);
    QCOMPARE(Sql::scalar(t.db->connection(), u"PRAGMA foreign_key_check"_s), QVariant());
    // The tables of later versions arrive with their audit triggers.
    for (const QString& trigger :
         {u"audit_sick_followups_update"_s, u"audit_closed_months_insert"_s, u"audit_claim_batches_update"_s,
          u"audit_claim_rows_insert"_s, u"audit_family_subsidies_update"_s, u"audit_insurance_policies_insert"_s,
          u"audit_institution_keys_update"_s, u"audit_center_reports_insert"_s, u"audit_center_keys_insert"_s})
        QVERIFY2(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM sqlite_schema WHERE name = '%1'"_s.arg(trigger))
                         .toInt()
                     == 1,
                 qPrintable(trigger));
    // Version 8: families' subsidies start unanswered, and the constraints keep policies sane.
    if (version < 8)
        QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM family_subsidies"_s).toInt(), 0);
    const qint64 child = Sql::scalar(t.db->connection(), u"SELECT min(id) FROM children"_s).toLongLong();
    QSqlQuery policy(t.db->connection());
    policy.prepare(u"INSERT INTO insurance_policies (child_id, policy_number, valid_from, valid_to, premium, payer) "
                   "VALUES (?, 'P-1', ?, ?, 10000, 'city')"_s);
    QVERIFY(!Sql::exec(policy, {child, u"2026-12-31"_s, u"2026-01-01"_s}));
    QVERIFY(!Sql::exec(policy, {999999, u"2026-01-01"_s, u"2026-12-31"_s}));
    QVERIFY(Sql::exec(policy, {child, u"2026-01-01"_s, u"2026-12-31"_s}));
    // Version 9: no signing key yet, and at most one current key.
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM institution_keys"_s).toInt(), 0);
    QSqlQuery key(t.db->connection());
    key.prepare(u"INSERT INTO institution_keys (public_key, secret_box, nonce, salt, opslimit, memlimit, created_at, "
                "created_by, retired_at) VALUES (randomblob(?), x'00', x'00', x'00', 2, 67108864, '2026-11-20', "
                "'admin', ?)"_s);
    QVERIFY(!Sql::exec(key, {31, QVariant()}));
    QVERIFY(Sql::exec(key, {32, u"2026-11-20"_s}));
    QVERIFY(Sql::exec(key, {32, QVariant()}));
    QVERIFY(!Sql::exec(key, {32, QVariant()}));
    // Version 12: a report imported before it gets its line and the children it claims, read from its payload.
    const QSqlDatabase db = t.db->connection();
    QCOMPARE(Sql::scalar(db, u"SELECT count(*) FROM center_report_lines"_s).toInt(),
             Sql::scalar(db, u"SELECT count(*) FROM center_reports"_s).toInt());
    QCOMPARE(Sql::scalar(db, u"SELECT count(*) FROM center_claimed_children"_s).toInt(),
             Sql::scalar(db,
                         u"SELECT count(*) FROM center_reports, json_each(payload, "
                         "'$.figures.operating_subsidy.children') WHERE json_extract(value, '$.claimable')"_s)
                 .toInt());
    if (version == 11) {
        QCOMPARE(Sql::scalar(db, u"SELECT status FROM center_report_lines"_s).toString(), u"reported"_s);
        QVERIFY(Sql::scalar(db, u"SELECT count(*) FROM center_claimed_children"_s).toInt() > 0);
        QCOMPARE(Sql::scalar(db, u"SELECT format FROM center_reports"_s).toString(), u"daycaredesk.monthly-report"_s);
    }
}

void TestDatabase::refusesFilesItCannotSafelyOpen_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    QTest::newRow("text file") << u"text"_s << u"is not a DaycareDesk database (it is not an SQLite file)"_s;
    QTest::newRow("another program's SQLite file") << u"foreign"_s << u"an SQLite file of another program"_s;
    QTest::newRow("newer schema") << u"newer"_s << u"was written by a newer DaycareDesk"_s;
    QTest::newRow("read-only file") << u"readonly"_s << u"is read-only"_s;
    QTest::newRow("damaged file") << u"corrupt"_s << u"is damaged"_s;
    QTest::newRow("a folder") << u"folder"_s << u"is a folder, not a database file"_s;
}

void TestDatabase::refusesFilesItCannotSafelyOpen()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    QTemporaryDir dir;
    QString path = dir.filePath(u"subject.db"_s);
    if (kind == u"text"_s) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("name,class\n张三,托小一班\n");
    } else if (kind == u"foreign"_s) {
        runRawSql(path,
                  {u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s,
                   u"INSERT INTO notes (body) VALUES ('hello')"_s});
    } else if (kind == u"newer"_s) {
        makeDaycareFile(path);
        runRawSql(
            path,
            {u"PRAGMA journal_mode=DELETE"_s, u"PRAGMA user_version = %1"_s.arg(Migrations::latestVersion() + 1)});
    } else if (kind == u"readonly"_s) {
        makeDaycareFile(path);
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
    } else if (kind == u"corrupt"_s) {
        makeDaycareFile(path);
        overwritePages(path);
    } else if (kind == u"folder"_s) {
        path = dir.filePath(u"a-folder"_s);
        QVERIFY(QDir().mkpath(path));
    }
    const QByteArray before = fileHash(path);
    const QStringList filesBefore = QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot);

    auto opened = Database::open(path);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(message), qPrintable(opened.error()));
    QCOMPARE(fileHash(path), before);
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot), filesBefore);
}

void TestDatabase::refusesLockedFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"locked.db"_s);
    makeDaycareFile(path);
    const QByteArray before = fileHash(path);
    const QString name = u"other-program"_s;
    {
        QSqlDatabase other = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        other.setDatabaseName(path);
        QVERIFY(other.open());
        QVERIFY(Sql::exec(other, u"BEGIN EXCLUSIVE"_s).ok());
        QVERIFY(Sql::exec(other, u"INSERT INTO closures (day, reason) VALUES ('2030-01-02', 'held')"_s).ok());

        auto opened = Database::open(path);
        QVERIFY(!opened.ok());
        QVERIFY2(opened.error().contains(u"in use by another program"_s), qPrintable(opened.error()));

        QVERIFY(Sql::exec(other, u"ROLLBACK"_s).ok());
        other.close();
    }
    QSqlDatabase::removeDatabase(name);
    QCOMPARE(fileHash(path), before);
}

void TestDatabase::missingFileIsNotCreatedWhenItMustExist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(u"missing.db"_s);
    auto opened = Database::open(path, Database::OpenMode::ExistingOnly);
    QVERIFY(!opened.ok());
    QVERIFY2(opened.error().contains(u"There is no database at"_s), qPrintable(opened.error()));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::failedTransactionChangesNothing()
{
    TempDatabase t;
    QVERIFY(t.open());
    const Status status = t.db->transaction([&]() -> Status {
        if (Status s = Sql::exec(t.db->connection(), u"INSERT INTO closures VALUES ('2026-03-02', 'first')"_s); !s)
            return s;
        // The same day again violates the primary key: the whole change must go.
        return Sql::exec(t.db->connection(), u"INSERT INTO closures VALUES ('2026-03-02', 'again')"_s);
    });
    QVERIFY(!status.ok());
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM closures"_s).toInt(), 0);
}

void TestDatabase::innerFailureRollsBackOnlyItsSavepoint()
{
    TempDatabase t;
    QVERIFY(t.open());
    const Status outer = t.db->transaction([&]() -> Status {
        if (Status s = Sql::exec(t.db->connection(), u"INSERT INTO closures VALUES ('2026-03-02', 'kept')"_s); !s)
            return s;
        const Status inner = t.db->transaction([&]() -> Status {
            Sql::exec(t.db->connection(), u"INSERT INTO closures VALUES ('2026-03-03', 'undone')"_s);
            return Status::failure(u"inner step refused"_s);
        });
        return inner.ok() ? Status::failure(u"inner step should have failed"_s) : Status();
    });
    QVERIFY2(outer.ok(), qPrintable(outer.error()));
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT group_concat(reason) FROM closures"_s).toString(), u"kept"_s);
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
