#include "CliRunner.h"
#include "LoggedIn.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "demo/DemoOutreach.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/OutreachPlan.h"
#include "outreach/OutreachSummary.h"
#include "outreach/VisitRepository.h"

#include <QJsonArray>
#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

// The demo outreach team has something to show on every screen: households due, overdue, never visited and long
// unvisited; left-behind children, ID numbers known and not, a household with two children; months of visits
// whose measurements grow; referrals; and members who can log in.
class TestDemoOutreach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void households();
    void dueList();
    void summaries_data();
    void summaries();
    void measurementsGrow();
    void membersLogIn();
    void refusesAFilledDatabase();
    void commandLine();

private:
    TempDatabase m_db;
    DemoOutreach::Summary m_summary;
    const QDate m_today {2026, 11, 20};
};

void TestDemoOutreach::initTestCase()
{
    Clock::setFixed(QDateTime(m_today, QTime(9, 0)));
    QVERIFY(m_db.open());
    const Result<DemoOutreach::Summary> summary = DemoOutreach::generate(*m_db.db, 1);
    QVERIFY2(summary, qPrintable(summary ? QString() : summary.error()));
    m_summary = summary.value();
}

void TestDemoOutreach::households()
{
    QCOMPARE(m_summary.households, DemoOutreach::householdCount);
    const QList<Household> all = HouseholdRepository(*m_db.db).all().value_or(QList<Household>());
    QCOMPARE(all.size(), DemoOutreach::householdCount);
    QSet<QString> villages;
    int leftBehind = 0;
    int withIdNumber = 0;
    int withoutIdNumber = 0;
    int twoChildren = 0;
    for (const Household& h : all) {
        villages.insert(h.village);
        leftBehind += h.leftBehind ? 1 : 0;
        twoChildren += h.children.size() == 2 ? 1 : 0;
        for (const OutreachChild& c : h.children) {
            (c.idNumber.isEmpty() ? withoutIdNumber : withIdNumber) += 1;
            QVERIFY(c.birthDate.addMonths(36) > m_today);
        }
    }
    QCOMPARE(villages.size(), 4);
    QVERIFY(leftBehind >= 5);
    QVERIFY(withIdNumber >= 5 && withoutIdNumber >= 5);
    QCOMPARE(twoChildren, 1);
    QCOMPARE(m_summary.children, DemoOutreach::householdCount + 1);
}

void TestDemoOutreach::dueList()
{
    const Result<QList<DueHousehold>> due = OutreachPlan::dueList(*m_db.db, m_today);
    QVERIFY(due);
    int dueSoon = 0;
    int overdue = 0;
    int longUnvisited = 0;
    int neverVisited = 0;
    for (const DueHousehold& d : due.value()) {
        dueSoon += d.due && d.daysOverdue <= 7 && d.lastVisit.isValid() ? 1 : 0;
        overdue += d.daysOverdue > 14 ? 1 : 0;
        longUnvisited += d.longUnvisited ? 1 : 0;
        neverVisited += d.lastVisit.isValid() ? 0 : 1;
    }
    QVERIFY(dueSoon >= 2);
    QVERIFY(overdue >= 2);
    QCOMPARE(longUnvisited, 1);
    QCOMPARE(neverVisited, 1);
    // Most households are not due yet.
    QVERIFY(due->size() < DemoOutreach::householdCount / 2);
}

void TestDemoOutreach::summaries_data()
{
    QTest::addColumn<QString>("month");
    QTest::newRow("this month") << u"2026-11"_s;
    QTest::newRow("last month") << u"2026-10"_s;
    QTest::newRow("three months ago") << u"2026-08"_s;
}

void TestDemoOutreach::summaries()
{
    QFETCH(QString, month);
    const Result<OutreachSummary> summary = OutreachSummary::build(*m_db.db, Month::parse(month).value());
    QVERIFY(summary);
    QVERIFY(summary->total.visits > 0);
    QVERIFY(summary->total.households > 0);
    QVERIFY(!summary->byMember.isEmpty());
    QVERIFY(!summary->byVillage.isEmpty());
    QVERIFY(m_summary.referrals > 0);
}

void TestDemoOutreach::measurementsGrow()
{
    const QList<Household> all = HouseholdRepository(*m_db.db).all().value_or(QList<Household>());
    int followed = 0;
    for (const Household& h : all) {
        for (const OutreachChild& c : h.children) {
            const QList<Visit> visits = VisitRepository(*m_db.db).ofChild(c.id).value_or(QList<Visit>());
            if (visits.size() < 3)
                continue;
            ++followed;
            const Measurements first = visits.first().measurements;
            const Measurements last = visits.last().measurements;
            QVERIFY(*last.weightGrams > *first.weightGrams);
            QVERIFY(*last.lengthMm > *first.lengthMm);
            // A tape measure at home is a millimetre or two off; the head grows slowly after the first year.
            QVERIFY(*last.headMm >= *first.headMm - 2);
        }
    }
    QVERIFY(followed >= 5);
}

void TestDemoOutreach::membersLogIn()
{
    for (const QString& member : DemoOutreach::MemberNames) {
        const Result<Actor> actor = UserRepository(*m_db.db).authenticate(member, DemoOutreach::MemberPassword);
        QVERIFY(actor);
        QCOMPARE(actor->role, Role::Outreach);
    }
}

void TestDemoOutreach::refusesAFilledDatabase()
{
    QVERIFY(!DemoOutreach::generate(*m_db.db, 2));
}

void TestDemoOutreach::commandLine()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(u"team.db"_s);
    const CliRun run = runCli({u"--db"_s, db, u"demo"_s, u"--outreach-team"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"households"_s].toInt(), DemoOutreach::householdCount);
    QCOMPARE(run.json()[u"members"_s].toArray().size(), 2);
    QVERIFY(run.err.contains(DemoOutreach::MemberPassword));
    const CliRun due = runCliAs(db, u"liuhong"_s, DemoOutreach::MemberPassword, {u"outreach"_s, u"due"_s, u"--json"_s});
    QVERIFY2(due.exitCode == 0, qPrintable(due.err));
    QVERIFY(!due.json()[u"households"_s].toArray().isEmpty());
}

QTEST_GUILESS_MAIN(TestDemoOutreach)
#include "tst_demooutreach.moc"
