#include "itemmodels/DueTableModel.h"
#include "itemmodels/HouseholdTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/OutreachGroupTableModel.h"
#include "itemmodels/VisitTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace Qt::StringLiterals;

// The tables of an outreach team's pages: a household's phone masked unless whole numbers may be seen, its children
// with their age and its last visit; a due household's days overdue, and one long unvisited flagged in amber; a
// month's groups with a total row. Each passes the model tester.
class TestOutreachTableModels : public QObject
{
    Q_OBJECT

private slots:
    void householdsMaskPhonesAndShowChildrenAndLastVisit();
    void dueRowsShowOverdueAndFlagTheLongUnvisited();
    void groupsEndWithTheTotal();
    void visitsShowTheChildMeasurementsAndReferral();
    void passTheModelTester();

private:
    static Household household(qint64 id, const QString& village, const QString& guardian);
    static QList<DueHousehold> due();
    const QDate m_today {2026, 11, 20};
};

Household TestOutreachTableModels::household(qint64 id, const QString& village, const QString& guardian)
{
    Household h;
    h.id = id;
    h.village = village;
    h.address = village + u"村1号"_s;
    h.guardians = {{guardian, u"祖母"_s, u"13812345678"_s}};
    OutreachChild c;
    c.id = id * 10;
    c.householdId = id;
    c.name = guardian.left(1) + u"小宝"_s;
    c.gender = Gender::Male;
    c.birthDate = QDate(2026, 3, 2);
    h.children = {c};
    h.leftBehind = id == 1;
    h.carer = h.leftBehind ? guardian : QString();
    return h;
}

QList<DueHousehold> TestOutreachTableModels::due()
{
    DueHousehold overdue;
    overdue.household = household(1, u"张家庄"_s, u"王秀英"_s);
    overdue.nextVisit = QDate(2026, 11, 10);
    overdue.lastVisit = QDate(2026, 10, 10);
    overdue.due = true;
    overdue.daysOverdue = 10;
    DueHousehold lost;
    lost.household = household(2, u"李家坡"_s, u"赵桂兰"_s);
    lost.lastVisit = QDate(2026, 7, 10);
    lost.longUnvisited = true;
    return {overdue, lost};
}

void TestOutreachTableModels::householdsMaskPhonesAndShowChildrenAndLastVisit()
{
    HouseholdTableModel model;
    model.setHouseholds({household(1, u"张家庄"_s, u"王秀英"_s), household(2, u"李家坡"_s, u"赵桂兰"_s)},
                        {{1, QDate(2026, 11, 5)}}, m_today);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, HouseholdTableModel::PhoneColumn).data().toString(), u"138****5678"_s);
    QCOMPARE(model.index(0, HouseholdTableModel::GuardianColumn).data().toString(), u"王秀英 (祖母)"_s);
    QVERIFY(model.index(0, HouseholdTableModel::ChildrenColumn).data().toString().startsWith(u"王小宝 (8 month"_s));
    QCOMPARE(model.index(0, HouseholdTableModel::LastVisitColumn).data(ItemRoles::Raw).toDate(), QDate(2026, 11, 5));
    QCOMPARE(model.index(1, HouseholdTableModel::LastVisitColumn).data().toString(), u"Not visited yet"_s);
    QCOMPARE(model.index(0, HouseholdTableModel::LeftBehindColumn).data(ItemRoles::Raw).toBool(), true);
    QCOMPARE(model.index(1, HouseholdTableModel::LeftBehindColumn).data().toString(), QString());
    QCOMPARE(model.rowOf(2), 1);
    model.setWholeNumbersVisible(true);
    QCOMPARE(model.index(0, HouseholdTableModel::PhoneColumn).data().toString(), u"13812345678"_s);
}

void TestOutreachTableModels::dueRowsShowOverdueAndFlagTheLongUnvisited()
{
    DueTableModel model;
    model.setDue(due(), m_today);
    QCOMPARE(model.index(0, DueTableModel::OverdueColumn).data(ItemRoles::Raw).toInt(), 10);
    QVERIFY(model.index(0, DueTableModel::OverdueColumn).data().toString().startsWith(u"10 day"_s));
    QCOMPARE(model.index(0, DueTableModel::FlagColumn).data().toString(), QString());
    QVERIFY(!model.index(0, DueTableModel::VillageColumn).data(Qt::BackgroundRole).isValid());
    QCOMPARE(model.index(1, DueTableModel::NextVisitColumn).data().toString(), u"None planned"_s);
    QCOMPARE(model.index(1, DueTableModel::FlagColumn).data().toString(), DueTableModel::longUnvisitedText());
    QVERIFY(DueTableModel::longUnvisitedText().contains(u"3"_s));
    QCOMPARE(model.index(1, DueTableModel::VillageColumn).data(Qt::BackgroundRole).value<QColor>(),
             QColor(0xff, 0xe0, 0x99));
    QCOMPARE(model.dueAt(1)->household.id, qint64(2));
    QVERIFY(!model.dueAt(2));
}

void TestOutreachTableModels::groupsEndWithTheTotal()
{
    OutreachCounts zhang;
    zhang.households = 2;
    zhang.children = 3;
    zhang.childrenByAge = {1, 2, 0, 0};
    zhang.visits = 4;
    zhang.referrals = 1;
    zhang.leftBehindChildren = 2;
    OutreachCounts total = zhang;
    total.visits = 5;
    OutreachGroupTableModel model(u"Member"_s);
    QCOMPARE(model.rowCount(), 0);
    model.setGroups({{u"liming"_s, zhang}}, total, {{u"liming"_s, u"李明"_s}});
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), 9);
    QCOMPARE(model.index(0, OutreachGroupTableModel::KeyColumn).data().toString(), u"李明"_s);
    QCOMPARE(model.index(0, OutreachGroupTableModel::KeyColumn).data(ItemRoles::Raw).toString(), u"liming"_s);
    QCOMPARE(model.index(0, OutreachGroupTableModel::FirstAgeColumn + 1).data(ItemRoles::Raw).toInt(), 2);
    QCOMPARE(model.index(1, OutreachGroupTableModel::KeyColumn).data().toString(), u"Total"_s);
    QCOMPARE(model.index(1, OutreachGroupTableModel::VisitsColumn).data(ItemRoles::Raw).toInt(), 5);
    QCOMPARE(model.headerData(OutreachGroupTableModel::FirstAgeColumn + 2, Qt::Horizontal).toString(),
             u"24–36 months"_s);
    QCOMPARE(model.headerData(OutreachGroupTableModel::LeftBehindColumn, Qt::Horizontal).toString(),
             u"Left-behind children"_s);
}

void TestOutreachTableModels::visitsShowTheChildMeasurementsAndReferral()
{
    Visit v;
    v.childId = 10;
    v.visitedOn = QDate(2026, 11, 5);
    v.visitors = {u"liming"_s, u"leader"_s};
    v.topics = {VisitTopic::Feeding, VisitTopic::Safety};
    v.measurements = {7350, 685, std::nullopt};
    v.referral = Referral::MchCentre;
    v.referralReason = u"不会翻身"_s;
    v.nextVisitOn = QDate(2026, 12, 5);
    VisitTableModel visits;
    visits.setVisits({v}, {{10, u"张小宝"_s}});
    auto cell = [&](int column, int role = Qt::DisplayRole) { return visits.index(0, column).data(role); };
    QCOMPARE(cell(VisitTableModel::ChildColumn).toString(), u"张小宝"_s);
    QCOMPARE(cell(VisitTableModel::VisitorsColumn).toString(), u"liming、leader"_s);
    QCOMPARE(cell(VisitTableModel::TopicsColumn).toString(), u"Feeding、Safety"_s);
    QCOMPARE(cell(VisitTableModel::WeightColumn).toString(), u"7.35 kg"_s);
    QCOMPARE(cell(VisitTableModel::WeightColumn, ItemRoles::Raw).toInt(), 7350);
    QCOMPARE(cell(VisitTableModel::LengthColumn).toString(), u"68.5 cm"_s);
    QVERIFY(cell(VisitTableModel::HeadColumn).toString().isEmpty());
    QCOMPARE(cell(VisitTableModel::ReferralColumn, Qt::ToolTipRole).toString(), u"不会翻身"_s);
    QCOMPARE(cell(VisitTableModel::NextColumn).toString(), u"2026-12-05"_s);
}

void TestOutreachTableModels::passTheModelTester()
{
    HouseholdTableModel households;
    QAbstractItemModelTester householdTester(&households, QAbstractItemModelTester::FailureReportingMode::QtTest);
    households.setHouseholds({household(1, u"张家庄"_s, u"王秀英"_s)}, {}, m_today);
    households.setHouseholds({}, {}, m_today);

    DueTableModel dueModel;
    QAbstractItemModelTester dueTester(&dueModel, QAbstractItemModelTester::FailureReportingMode::QtTest);
    dueModel.setDue(due(), m_today);
    dueModel.setDue({}, m_today);

    OutreachGroupTableModel groups(u"Village"_s);
    QAbstractItemModelTester groupTester(&groups, QAbstractItemModelTester::FailureReportingMode::QtTest);
    groups.setGroups({{u"张家庄"_s, {}}, {u"李家坡"_s, {}}}, {});
    groups.setGroups({}, {});

    VisitTableModel visits;
    QAbstractItemModelTester visitTester(&visits, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Visit v;
    v.childId = 10;
    v.visitedOn = m_today;
    visits.setVisits({v}, {{10, u"张小宝"_s}});
    visits.setVisits({}, {});
}

QTEST_GUILESS_MAIN(TestOutreachTableModels)
#include "tst_outreachtablemodels.moc"
