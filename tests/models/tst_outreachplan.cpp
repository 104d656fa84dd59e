// The due list of a home-visit team: who is due, who is flagged as long unvisited, at the edges of both rules.

#include "OutreachFixtures.h"
#include "common/Clock.h"
#include "outreach/OutreachPlan.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QDate today(2026, 12, 7);

std::optional<DueHousehold> entryOf(const QList<DueHousehold>& list, qint64 householdId)
{
    for (const DueHousehold& d : list)
        if (d.household.id == householdId)
            return d;
    return std::nullopt;
}

} // namespace

class TestOutreachPlan : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { Clock::setFixed({}); }

    void dueAndFlag_data()
    {
        QTest::addColumn<QDate>("registered");
        QTest::addColumn<QDate>("birth");
        QTest::addColumn<QDate>("lastVisit"); // invalid: never visited
        QTest::addColumn<QDate>("next");
        QTest::addColumn<bool>("listed");
        QTest::addColumn<bool>("due");
        QTest::addColumn<bool>("flagged");
        QTest::addColumn<int>("daysOverdue");

        const QDate born(2025, 6, 1);
        QTest::newRow("never visited, registered today")
            << today << born << QDate() << QDate() << true << true << false << 0;
        QTest::newRow("next visit is today")
            << QDate(2026, 10, 1) << born << QDate(2026, 11, 7) << today << true << true << false << 0;
        QTest::newRow("next visit was a week ago")
            << QDate(2026, 10, 1) << born << QDate(2026, 11, 1) << QDate(2026, 11, 30) << true << true << false << 7;
        QTest::newRow("next visit is tomorrow")
            << QDate(2026, 10, 1) << born << QDate(2026, 11, 8) << QDate(2026, 12, 8) << false << false << false << 0;
        QTest::newRow("last visit exactly three months ago")
            << QDate(2026, 8, 1) << born << QDate(2026, 9, 7) << QDate(2026, 12, 20) << false << false << false << 0;
        QTest::newRow("last visit three months and a day ago")
            << QDate(2026, 8, 1) << born << QDate(2026, 9, 6) << QDate(2026, 12, 20) << true << false << true << 0;
        QTest::newRow("no next visit planned, seen lately")
            << QDate(2026, 10, 1) << born << QDate(2026, 11, 1) << QDate() << false << false << false << 0;
        QTest::newRow("no next visit planned, seen long ago")
            << QDate(2026, 6, 1) << born << QDate(2026, 8, 1) << QDate() << true << false << true << 0;
        QTest::newRow("never visited, registered three months ago")
            << QDate(2026, 9, 7) << born << QDate() << QDate() << true << true << false << 91;
        QTest::newRow("never visited, registered three months and a day ago")
            << QDate(2026, 9, 6) << born << QDate() << QDate() << true << true << true << 92;
        QTest::newRow("child turns three today")
            << QDate(2026, 1, 10) << QDate(2023, 12, 7) << QDate() << QDate() << false << false << false << 0;
        QTest::newRow("child turns three tomorrow")
            << QDate(2026, 1, 10) << QDate(2023, 12, 8) << QDate() << QDate() << true << true << true << 331;
    }

    void dueAndFlag()
    {
        QFETCH(QDate, registered);
        QFETCH(QDate, birth);
        QFETCH(QDate, lastVisit);
        QFETCH(QDate, next);
        QFETCH(bool, listed);
        QFETCH(bool, due);
        QFETCH(bool, flagged);
        QFETCH(int, daysOverdue);

        Clock::setFixed(QDateTime(today, QTime(9, 0)));
        auto t = outreachTeamDatabase();
        QVERIFY(t);
        Database& db = *t->db;
        qint64 child = 0;
        const qint64 household = addHousehold(db, u"东村"_s, u"小花"_s, birth, registered, false, &child);
        QVERIFY(household);
        if (lastVisit.isValid())
            QVERIFY(addVisit(db, child, lastVisit, next));

        const Result<QList<DueHousehold>> list = OutreachPlan::dueList(db, today);
        QVERIFY2(list, qPrintable(list.error()));
        const std::optional<DueHousehold> entry = entryOf(list.value(), household);
        QCOMPARE(entry.has_value(), listed);
        if (!entry)
            return;
        QCOMPARE(entry->due, due);
        QCOMPARE(entry->longUnvisited, flagged);
        QCOMPARE(entry->daysOverdue, daysOverdue);
        QCOMPARE(entry->lastVisit, lastVisit);
    }

    // Two children seen the same day with different next days: the household is due on the earlier one.
    void childrenSeenTogetherAreDueOnTheEarlierDay()
    {
        Clock::setFixed(QDateTime(today, QTime(9, 0)));
        auto t = outreachTeamDatabase();
        QVERIFY(t);
        Database& db = *t->db;
        qint64 first = 0;
        const qint64 household
            = addHousehold(db, u"西村"_s, u"大宝"_s, QDate(2024, 5, 1), QDate(2026, 9, 1), false, &first);
        QVERIFY(household);
        const qint64 secondId = addChild(db, household, u"二宝"_s, Gender::Male, QDate(2026, 3, 1), today);
        QVERIFY(secondId);

        QVERIFY(addVisit(db, first, QDate(2026, 11, 20), QDate(2027, 2, 20)));
        QVERIFY(addVisit(db, secondId, QDate(2026, 11, 20), QDate(2026, 12, 5)));
        const QList<DueHousehold> list = OutreachPlan::dueList(db, today).value();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().nextVisit, QDate(2026, 12, 5));
        QVERIFY(list.first().due);
    }

    // A visit with a later next day takes the household off the list; closing it keeps it off for good.
    void aVisitOrClosingTakesTheHouseholdOff()
    {
        Clock::setFixed(QDateTime(today, QTime(9, 0)));
        auto t = outreachTeamDatabase();
        QVERIFY(t);
        Database& db = *t->db;
        qint64 child = 0;
        const qint64 visited
            = addHousehold(db, u"东村"_s, u"小花"_s, QDate(2025, 6, 1), QDate(2026, 11, 1), false, &child);
        const qint64 closed = addHousehold(db, u"东村"_s, u"小草"_s, QDate(2025, 7, 1), QDate(2026, 11, 1));
        QVERIFY(visited && closed);
        QCOMPARE(OutreachPlan::dueList(db, today).value().size(), 2);

        QVERIFY(addVisit(db, child, today, today.addMonths(1)));
        Household h = HouseholdRepository(db).load(closed).value();
        h.closedOn = today;
        QVERIFY(HouseholdRepository(db).update(h));
        QVERIFY(OutreachPlan::dueList(db, today).value().isEmpty());
        // The visited household comes back on its next day.
        const QList<DueHousehold> later = OutreachPlan::dueList(db, today.addMonths(1)).value();
        QCOMPARE(later.size(), 1);
        QCOMPARE(later.first().household.id, visited);
    }

    // By village, then the most overdue first.
    void listedByVillageThenNextDay()
    {
        Clock::setFixed(QDateTime(today, QTime(9, 0)));
        auto t = outreachTeamDatabase();
        QVERIFY(t);
        Database& db = *t->db;
        const QDate born(2025, 6, 1);
        const qint64 westLate = addHousehold(db, u"西村"_s, u"甲"_s, born, QDate(2026, 10, 1));
        const qint64 eastRecent = addHousehold(db, u"东村"_s, u"乙"_s, born, QDate(2026, 12, 1));
        const qint64 eastEarly = addHousehold(db, u"东村"_s, u"丙"_s, born, QDate(2026, 11, 1));
        QVERIFY(westLate && eastRecent && eastEarly);
        const QList<DueHousehold> list = OutreachPlan::dueList(db, today).value();
        QList<qint64> order;
        for (const DueHousehold& d : list)
            order << d.household.id;
        // 东 (U+4E1C) sorts before 西 (U+897F).
        QCOMPARE(order, (QList<qint64> {eastEarly, eastRecent, westLate}));
    }
};

QTEST_GUILESS_MAIN(TestOutreachPlan)
#include "tst_outreachplan.moc"
