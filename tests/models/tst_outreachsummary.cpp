// A home-visit team's monthly summary: each household, child and visit counted once, children by their age band on
// their first visit of the month, and the same counts by member and by village.

#include "OutreachFixtures.h"
#include "common/Clock.h"
#include "outreach/OutreachSummary.h"

#include <QJsonArray>
#include <QTest>

Q_DECLARE_METATYPE(OutreachCounts)

using namespace Qt::StringLiterals;

namespace {

OutreachCounts counts(int households, int children, std::array<int, AgeBands::Count> byAge, int visits, int referrals,
                      int leftBehind)
{
    OutreachCounts c;
    c.households = households;
    c.children = children;
    c.childrenByAge = byAge;
    c.visits = visits;
    c.referrals = referrals;
    c.leftBehindChildren = leftBehind;
    return c;
}

const OutreachGroup* groupOf(const QList<OutreachGroup>& groups, const QString& key)
{
    for (const OutreachGroup& g : groups)
        if (g.key == key)
            return &g;
    return nullptr;
}

} // namespace

class TestOutreachSummary : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_team;

private slots:
    // 东村: a left-behind household whose child turns one between her two November visits (the second by li and
    // zhao, with a referral), and an October 31 visit that is not November's. 西村: two children seen together on
    // November 30, and again on December 1.
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
        m_team = outreachTeamDatabase();
        QVERIFY(m_team);
        Database& db = *m_team->db;
        qint64 flower = 0;
        QVERIFY(addHousehold(db, u"东村"_s, u"小花"_s, QDate(2025, 11, 10), QDate(2026, 10, 1), true, &flower));
        QVERIFY(addVisit(db, flower, QDate(2026, 10, 31), QDate(2026, 11, 3)));
        QVERIFY(addVisit(db, flower, QDate(2026, 11, 3), QDate(2026, 11, 20)));
        QVERIFY(addVisit(db, flower, QDate(2026, 11, 20), QDate(2026, 12, 20), Referral::TownshipHospital,
                         {u"li"_s, u"zhao"_s}));

        qint64 elder = 0;
        const qint64 west
            = addHousehold(db, u"西村"_s, u"大宝"_s, QDate(2024, 2, 1), QDate(2026, 10, 1), false, &elder);
        QVERIFY(west);
        const qint64 youngerId = addChild(db, west, u"二宝"_s, Gender::Male, QDate(2025, 5, 10), QDate(2026, 10, 1));
        QVERIFY(youngerId);
        for (const qint64 child : {elder, youngerId}) {
            QVERIFY(addVisit(db, child, QDate(2026, 11, 30), QDate(2026, 12, 1)));
            QVERIFY(addVisit(db, child, QDate(2026, 12, 1), QDate(2027, 1, 1)));
        }
    }

    void cleanupTestCase() { Clock::setFixed({}); }

    void totals()
    {
        const Result<OutreachSummary> s = OutreachSummary::build(*m_team->db, Month(2026, 11));
        QVERIFY2(s, qPrintable(s.error()));
        // 小花 is 11 months old on November 3 (band 0-12) though 12 on the 20th; 二宝 18 months; 大宝 33 months.
        QCOMPARE(s->total, counts(2, 3, {1, 1, 1, 0}, 4, 1, 1));
    }

    void byMemberAndVillage_data()
    {
        QTest::addColumn<bool>("member");
        QTest::addColumn<QString>("key");
        QTest::addColumn<OutreachCounts>("expected");
        QTest::newRow("li made every visit") << true << u"li"_s << counts(2, 3, {1, 1, 1, 0}, 4, 1, 1);
        QTest::newRow("zhao came once") << true << u"zhao"_s << counts(1, 1, {0, 1, 0, 0}, 1, 1, 1);
        QTest::newRow("东村") << false << u"东村"_s << counts(1, 1, {1, 0, 0, 0}, 2, 1, 1);
        QTest::newRow("西村") << false << u"西村"_s << counts(1, 2, {0, 1, 1, 0}, 2, 0, 0);
    }

    void byMemberAndVillage()
    {
        QFETCH(bool, member);
        QFETCH(QString, key);
        QFETCH(OutreachCounts, expected);
        const OutreachSummary s = OutreachSummary::build(*m_team->db, Month(2026, 11)).value();
        QCOMPARE(s.byMember.size(), 2);
        QCOMPARE(s.byVillage.size(), 2);
        const OutreachGroup* group = groupOf(member ? s.byMember : s.byVillage, key);
        QVERIFY(group);
        QCOMPARE(group->counts, expected);
    }

    void aMonthWithoutVisitsCountsNothing()
    {
        const OutreachSummary s = OutreachSummary::build(*m_team->db, Month(2026, 9)).value();
        QCOMPARE(s.total, OutreachCounts());
        QVERIFY(s.byMember.isEmpty());
    }

    void jsonKeys()
    {
        const QJsonObject json = OutreachSummary::build(*m_team->db, Month(2026, 12)).value().toJson();
        QCOMPARE(json.value(u"month"_s).toString(), u"2026-12"_s);
        QCOMPARE(json.value(u"households"_s).toInt(), 1);
        QCOMPARE(json.value(u"children"_s).toInt(), 2);
        QCOMPARE(json.value(u"children_by_age"_s).toObject().value(u"24-36m"_s).toInt(), 1);
        QCOMPARE(json.value(u"by_village"_s).toArray().first().toObject().value(u"village"_s).toString(), u"西村"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutreachSummary)
#include "tst_outreachsummary.moc"
