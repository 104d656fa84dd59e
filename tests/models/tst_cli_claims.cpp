#include "ClaimFixtures.h"
#include "CliRunner.h"
#include "access/UserRepository.h"
#include "billing/MonthClose.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Subsidy claims on the command line, October closed: `claim build` lists a claimable child and one without an ID
// number, `claim export` writes the workbook, `claim record` is refused before `claim submit`, then the approval in
// part and the payment leave what is still owed; a caregiver is refused. The tests run in order on one database.
class TestCliClaims : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void buildListsEveryChildWithTheReason();
    void exportWritesTheWorkbook();
    void exportRefusesABadMonth_data();
    void exportRefusesABadMonth();
    void recordBeforeSubmitIsRefused();
    void submitThenApprovedInPartAndPaid();
    void caregiverIsRefused();

private:
    CliRun finance(const QStringList& arguments)
    {
        return runCliAs(m_t->path, u"caiwu"_s, u"finance-2026"_s, QStringList {u"claim"_s} + arguments);
    }

    std::unique_ptr<TempDatabase> m_t;
};

void TestCliClaims::initTestCase()
{
    qint64 classA = 0;
    qint64 classB = 0;
    m_t = rosterDatabase(classA, classB);
    QVERIFY(m_t);
    Database& db = *m_t->db;
    QVERIFY(UserRepository(db).add(u"caiwu"_s, Role::Finance, u"finance-2026"_s).ok());
    QVERIFY(UserRepository(db).add(u"wangfang"_s, Role::Caregiver, u"caregiver-2026"_s, {}, {classA}).ok());
    const QDate born(2025, 3, 15);
    const qint64 claimable = enrolForClaim(db, u"李小雨"_s, classA, born, 2);
    const qint64 noId = enrolForClaim(db, u"王小花"_s, classA, born, 4, CareType::FullDay, QDate(2026, 9, 1), true);
    QVERIFY(claimable && noId);
    QVERIFY(recordInclusiveInstitution(db, QDate(2025, 3, 1)));
    const Month october(2026, 10);
    QVERIFY(recordWholeMonth(db, claimable, october));
    QVERIFY(recordWholeMonth(db, noId, october));
    db.setActor(actorWithRole(Role::Finance));
    const Result<int> closed = MonthClose::close(db, october, false);
    QVERIFY2(closed, qPrintable(closed.error()));
    m_t->db.reset();
}

void TestCliClaims::buildListsEveryChildWithTheReason()
{
    const CliRun run = finance({u"build"_s, u"2026-10"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json[u"care_days"_s].toInt(), 18);
    const QJsonObject totals = json[u"totals"_s].toObject();
    QCOMPARE(totals[u"children"_s].toInt(), 2);
    QCOMPARE(totals[u"claimable"_s].toInt(), 1);
    QCOMPARE(totals[u"amount_fen"_s].toInteger(), 50000);
    const QJsonArray children = json[u"children"_s].toArray();
    QCOMPARE(children.size(), 2);
    const QJsonObject girl = children.at(0).toObject();
    QCOMPARE(girl[u"name"_s].toString(), u"李小雨"_s);
    QCOMPARE(girl[u"claimable"_s].toBool(), true);
    QCOMPARE(girl[u"attended_days"_s].toInt(), 18);
    QCOMPARE(girl[u"rate_fen"_s].toInteger(), 50000);
    QVERIFY(girl[u"fee_charged_fen"_s].toInteger() > 0);
    const QJsonObject noId = children.at(1).toObject();
    QCOMPARE(noId[u"claimable"_s].toBool(), false);
    QCOMPARE(noId[u"reason"_s].toString(), u"no_id_number"_s);
    QCOMPARE(noId[u"reason_text"_s].toString(), u"无身份证号"_s);
    QCOMPARE(noId[u"amount_fen"_s].toInteger(), 0);

    const CliRun text = finance({u"build"_s, u"2026-10"_s});
    QVERIFY2(text.exitCode == 0, qPrintable(text.err));
    QVERIFY2(text.out.contains(u"No ID number."_s), qPrintable(text.out));
}

void TestCliClaims::exportWritesTheWorkbook()
{
    const QString file = m_t->dir.filePath(u"claim-2026-10.xlsx"_s);
    const CliRun run = finance({u"export"_s, u"2026-10"_s, u"--out"_s, file, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"file"_s].toString(), file);
    QVERIFY(QFileInfo(file).size() > 0);
    // The workbook is a zip archive.
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    QCOMPARE(written.read(2), QByteArray("PK"));
}

void TestCliClaims::exportRefusesABadMonth_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("no such month") << QStringList {u"2026-13"_s, u"--out"_s, u"claim.xlsx"_s} << 3 << u"MONTH"_s;
    QTest::newRow("not a month") << QStringList {u"October"_s, u"--out"_s, u"claim.xlsx"_s} << 3 << u"MONTH"_s;
    QTest::newRow("no file") << QStringList {u"2026-10"_s} << 2 << u"--out"_s;
}

void TestCliClaims::exportRefusesABadMonth()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = finance(QStringList {u"export"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QVERIFY(!QFile::exists(u"claim.xlsx"_s));
}

void TestCliClaims::recordBeforeSubmitIsRefused()
{
    const CliRun run = finance({u"record"_s, u"2026-10"_s, u"--approved"_s, u"500"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"2026-10 has no claim yet"_s), qPrintable(run.err));
    QCOMPARE(finance({u"record"_s, u"2026-10"_s}).exitCode, 2);
}

void TestCliClaims::submitThenApprovedInPartAndPaid()
{
    const CliRun submitted = finance({u"submit"_s, u"2026-10"_s, u"--json"_s});
    QVERIFY2(submitted.exitCode == 0, qPrintable(submitted.err));
    QCOMPARE(submitted.json()[u"status"_s].toString(), u"submitted"_s);
    QCOMPARE(submitted.json()[u"claimed_fen"_s].toInteger(), 50000);

    const CliRun recorded
        = finance({u"record"_s, u"2026-10"_s, u"--approved"_s, u"400"_s, u"--paid"_s, u"400"_s, u"--json"_s});
    QVERIFY2(recorded.exitCode == 0, qPrintable(recorded.err));
    const QJsonObject json = recorded.json();
    QCOMPARE(json[u"status"_s].toString(), u"paid"_s);
    QCOMPARE(json[u"approved_fen"_s].toInteger(), 40000);
    QCOMPARE(json[u"paid_fen"_s].toInteger(), 40000);
    QCOMPARE(json[u"owed_fen"_s].toInteger(), 10000);
}

void TestCliClaims::caregiverIsRefused()
{
    for (const QStringList& command :
         {QStringList {u"build"_s, u"2026-10"_s},
          QStringList {u"export"_s, u"2026-10"_s, u"--out"_s, m_t->dir.filePath(u"caregiver.xlsx"_s)}}) {
        const CliRun run = runCliAs(m_t->path, u"wangfang"_s, u"caregiver-2026"_s, QStringList {u"claim"_s} + command);
        QCOMPARE(run.exitCode, 3);
        QVERIFY(!run.err.isEmpty());
    }
    QVERIFY(!QFile::exists(m_t->dir.filePath(u"caregiver.xlsx"_s)));
}

QTEST_GUILESS_MAIN(TestCliClaims)
#include "tst_cli_claims.moc"
