// Children's health and family situations are the team's to see: only the roles that record visits read or write
// households, visits, drafts and summaries, and only in a team's own database.

#include "OutreachFixtures.h"
#include "RosterFixtures.h"
#include "common/Clock.h"
#include "outreach/OutreachPlan.h"
#include "outreach/OutreachSummary.h"
#include "outreach/VisitDrafts.h"

#include <QTest>

using namespace Qt::StringLiterals;

class TestOutreachAccess : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixed({}); }

    void onlyTheTeamsRolesSeeIt_data()
    {
        QTest::addColumn<Role>("role");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("team leader (director)") << Role::Director << true;
        QTest::newRow("team member (outreach)") << Role::Outreach << true;
        QTest::newRow("finance clerk") << Role::Finance << false;
        QTest::newRow("caregiver") << Role::Caregiver << false;
        QTest::newRow("center officer") << Role::CenterOfficer << false;
    }

    void onlyTheTeamsRolesSeeIt()
    {
        QFETCH(Role, role);
        QFETCH(bool, allowed);
        Clock::setFixed(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
        auto t = outreachTeamDatabase();
        QVERIFY(t);
        Database& db = *t->db;
        qint64 child = 0;
        const qint64 household
            = addHousehold(db, u"东村"_s, u"小花"_s, QDate(2025, 11, 10), QDate(2026, 10, 1), true, &child);
        QVERIFY(household);
        QVERIFY(addVisit(db, child, QDate(2026, 11, 3), QDate(2026, 12, 3)));

        db.setActor(actorWithRole(role));
        QCOMPARE(HouseholdRepository(db).all().ok(), allowed);
        QCOMPARE(HouseholdRepository(db).load(household).ok(), allowed);
        QCOMPARE(VisitRepository(db).ofHousehold(household).ok(), allowed);
        QCOMPARE(OutreachPlan::dueList(db, Clock::today()).ok(), allowed);
        QCOMPARE(OutreachSummary::build(db, Month(2026, 11)).ok(), allowed);
        QCOMPARE(VisitDrafts::load(db).ok(), allowed);
        if (!allowed)
            QVERIFY(!HouseholdRepository(db).all().error().isEmpty());
    }

    void aProvidersDatabaseKeepsNoHouseholds()
    {
        qint64 classA = 0;
        qint64 classB = 0;
        auto t = rosterDatabase(classA, classB);
        QVERIFY(t);
        const Result<QList<Household>> refused = HouseholdRepository(*t->db).all();
        QVERIFY(!refused);
        QVERIFY2(refused.error().contains(u"outreach-team"_s), qPrintable(refused.error()));
    }
};

QTEST_GUILESS_MAIN(TestOutreachAccess)
#include "tst_outreachaccess.moc"
