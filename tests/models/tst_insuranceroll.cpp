#include "FamilyFixtures.h"
#include "WorkbookReader.h"
#include "subsidy/InsuranceExport.h"
#include "subsidy/InsuranceRoll.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The accident-insurance list: a policy's checks, who is covered on a day or in a period and who is not, ID numbers
// by role, the roster's "insured" following the policies, and the 参保名单 workbook read back by openpyxl. Today is
// 2026-11-29; 小雨 and 小明 are in care from 2026-09-01, 小红 left on 2026-10-31.
class TestInsuranceRoll : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { Clock::setFixed({}); }
    void policyChecks_data();
    void policyChecks();
    void coverOfADay_data();
    void coverOfADay();
    void coverOfAPeriod();
    void idNumbersByRole_data();
    void idNumbersByRole();
    void rosterMarkFollowsThePolicies();
    void markWithoutPolicyIsShown();
    void changeAndRemove();
    void onlyManageClaimsChangesPolicies();
    void workbookReadBack();

private:
    InsurancePolicy cityPolicy(qint64 childId) const
    {
        return {0,
                childId,
                u"PYDE2026140400000417"_s,
                QDate(2026, 1, 1),
                QDate(2026, 12, 31),
                Money::fromYuan(100),
                InsurancePayer::City};
    }

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_xiaoyu = 0;
    qint64 m_xiaoming = 0;
    qint64 m_xiaohong = 0;
    QString m_xiaoyuId;
};

void TestInsuranceRoll::init()
{
    qint64 classA = 0;
    qint64 classB = 0;
    m_t = rosterDatabase(classA, classB);
    QVERIFY(m_t);
    const ChildRecord xiaoyu = familyChild(u"小雨"_s, QDate(2025, 3, 15), 2);
    m_xiaoyuId = xiaoyu.idNumber;
    m_xiaoyu = addFamilyChild(*m_t->db, classA, xiaoyu);
    m_xiaoming = addFamilyChild(*m_t->db, classA, familyChild(u"小明"_s, QDate(2025, 1, 10), 1));
    m_xiaohong = addFamilyChild(*m_t->db, classA,
                                familyChild(u"小红"_s, QDate(2024, 12, 1), 1, QDate(2026, 9, 1), QDate(2026, 10, 31)));
    QVERIFY(m_xiaoyu && m_xiaoming && m_xiaohong);
}

void TestInsuranceRoll::policyChecks_data()
{
    QTest::addColumn<bool>("knownChild");
    QTest::addColumn<QString>("number");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<qint64>("premiumFen");
    QTest::addColumn<QString>("error");
    const QDate jan(2026, 1, 1);
    const QDate dec(2026, 12, 31);
    QTest::newRow("valid") << true << u"P-1"_s << jan << dec << qint64(10000) << QString();
    QTest::newRow("one day, free") << true << u"P-1"_s << jan << jan << qint64(0) << QString();
    QTest::newRow("unknown child") << false << u"P-1"_s << jan << dec << qint64(10000)
                                   << u"There is no child with the number 999."_s;
    QTest::newRow("no policy number") << true << u"  "_s << jan << dec << qint64(10000)
                                      << u"小雨, policy number: give the number printed on the policy."_s;
    QTest::newRow("no start") << true << u"P-1"_s << QDate() << dec << qint64(10000)
                              << u"小雨, start of cover: give the first day the policy covers."_s;
    QTest::newRow("no end") << true << u"P-1"_s << jan << QDate() << qint64(10000)
                            << u"小雨, end of cover: give the last day the policy covers."_s;
    QTest::newRow("end before start") << true << u"P-1"_s << dec << jan << qint64(10000)
                                      << u"小雨, end of cover: 2026-01-01 is before the start of cover (2026-12-31)."_s;
    QTest::newRow("negative premium") << true << u"P-1"_s << jan << dec << qint64(-1)
                                      << u"小雨, premium: -0.01 is less than 0."_s;
}

void TestInsuranceRoll::policyChecks()
{
    QFETCH(bool, knownChild);
    QFETCH(QString, number);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(qint64, premiumFen);
    QFETCH(QString, error);
    const InsurancePolicy policy {
        0, knownChild ? m_xiaoyu : 999, number, from, to, Money::fromFen(premiumFen), InsurancePayer::Family};
    const QString before = rosterContents(*m_t->db);
    const Result<qint64> added = InsuranceRoll(*m_t->db).add(policy);
    if (!error.isEmpty()) {
        QVERIFY(!added);
        QCOMPARE(added.error(), error);
        QCOMPARE(rosterContents(*m_t->db), before);
        return;
    }
    QVERIFY2(added, qPrintable(added.error()));
    const Result<QList<InsurancePolicy>> stored = InsuranceRoll(*m_t->db).policiesOf(m_xiaoyu);
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->first().policyNumber, number);
    QCOMPARE(stored->first().premium.fen(), premiumFen);
    QCOMPARE(stored->first().payer, InsurancePayer::Family);
    // The same policy from the same day again is refused.
    const Result<qint64> twice = InsuranceRoll(*m_t->db).add(policy);
    QVERIFY(!twice);
    QVERIFY2(twice.error().contains(u"already on the list"_s), qPrintable(twice.error()));
}

void TestInsuranceRoll::coverOfADay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("insured");
    QTest::addColumn<QStringList>("uninsured");
    // 小雨 is covered all year by the city, 小明 only from 2026-11-01 by his family; 小红 left on 2026-10-31.
    QTest::newRow("in October") << QDate(2026, 10, 15) << QStringList {u"小雨"_s} << QStringList {u"小明"_s, u"小红"_s};
    QTest::newRow("in November") << QDate(2026, 11, 20) << QStringList {u"小明"_s, u"小雨"_s} << QStringList {};
    QTest::newRow("before anyone was in care") << QDate(2026, 8, 1) << QStringList {u"小雨"_s} << QStringList {};
    QTest::newRow("after the policies end")
        << QDate(2027, 1, 4) << QStringList {} << QStringList {u"小明"_s, u"小雨"_s};
}

void TestInsuranceRoll::coverOfADay()
{
    QFETCH(QDate, day);
    QFETCH(QStringList, insured);
    QFETCH(QStringList, uninsured);
    InsuranceRoll roll(*m_t->db);
    QVERIFY(roll.add(cityPolicy(m_xiaoyu)));
    QVERIFY(roll.add({0, m_xiaoming, u"JT-88"_s, QDate(2026, 11, 1), QDate(2026, 12, 31), Money::fromYuan(80),
                      InsurancePayer::Family}));
    const Result<InsuranceCover> cover = roll.coverOn(day);
    QVERIFY2(cover, qPrintable(cover.error()));
    QStringList insuredNames;
    for (const InsuredLine& line : cover->insured)
        insuredNames << line.childName;
    QStringList uninsuredNames;
    for (const UninsuredChild& c : cover->uninsured)
        uninsuredNames << c.name;
    QCOMPARE(insuredNames, insured);
    QCOMPARE(uninsuredNames, uninsured);
}

void TestInsuranceRoll::coverOfAPeriod()
{
    InsuranceRoll roll(*m_t->db);
    QVERIFY(roll.add(cityPolicy(m_xiaoyu)));
    QVERIFY(roll.add({0, m_xiaoming, u"JT-88"_s, QDate(2026, 11, 1), QDate(2026, 12, 31), Money::fromYuan(80),
                      InsurancePayer::Family}));
    const Result<InsuranceCover> october = roll.cover(QDate(2026, 10, 1), QDate(2026, 11, 1));
    QVERIFY(october);
    QCOMPARE(october->insured.size(), 2);
    QCOMPARE(october->premiumTotal(), Money::fromYuan(180));
    QCOMPARE(october->uninsured.size(), 1);
    QCOMPARE(october->uninsured.first().name, u"小红"_s);
    QVERIFY(!roll.cover(QDate(2026, 11, 2), QDate(2026, 11, 1)));
}

void TestInsuranceRoll::idNumbersByRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("whole");
    QTest::newRow("director") << int(Role::Director) << true;
    QTest::newRow("finance") << int(Role::Finance) << true;
    QTest::newRow("caregiver") << int(Role::Caregiver) << false;
}

void TestInsuranceRoll::idNumbersByRole()
{
    QFETCH(int, role);
    QFETCH(bool, whole);
    QVERIFY(InsuranceRoll(*m_t->db).add(cityPolicy(m_xiaoyu)));
    m_t->db->setActor(actorWithRole(Role(role)));
    const Result<InsuranceCover> cover = InsuranceRoll(*m_t->db).coverOn(QDate(2026, 11, 20));
    QVERIFY2(cover, qPrintable(cover.error()));
    QCOMPARE(cover->insured.first().idNumber, whole ? m_xiaoyuId : IdNumber::mask(m_xiaoyuId));
    QCOMPARE(cover->uninsured.first().idNumber.contains(u'*'), !whole);
}

void TestInsuranceRoll::rosterMarkFollowsThePolicies()
{
    const auto marked = [this](qint64 childId) { return ChildRepository(*m_t->db).load(childId)->insured; };
    InsuranceRoll roll(*m_t->db);
    QVERIFY(!marked(m_xiaoyu));
    // A policy that has not started yet leaves the mark alone; one covering today sets it.
    const Result<qint64> next = roll.add(
        {0, m_xiaoyu, u"P-2027"_s, QDate(2027, 1, 1), QDate(2027, 12, 31), Money::fromYuan(100), InsurancePayer::City});
    QVERIFY(next);
    QVERIFY(!marked(m_xiaoyu));
    const Result<qint64> current = roll.add(cityPolicy(m_xiaoyu));
    QVERIFY(current);
    QVERIFY(marked(m_xiaoyu));
    QVERIFY(!marked(m_xiaoming));
    QVERIFY(roll.remove(current.value()));
    QVERIFY(!marked(m_xiaoyu));
}

void TestInsuranceRoll::markWithoutPolicyIsShown()
{
    ChildRecord child = ChildRepository(*m_t->db).load(m_xiaoming).value();
    child.insured = true;
    QVERIFY(ChildRepository(*m_t->db).update(child));
    const Result<InsuranceCover> cover = InsuranceRoll(*m_t->db).coverOn(QDate(2026, 11, 20));
    QVERIFY(cover);
    QCOMPARE(cover->uninsured.size(), 2);
    QCOMPARE(cover->uninsured.at(0).name, u"小明"_s);
    QVERIFY(cover->uninsured.at(0).markedInsured);
    QVERIFY(!cover->uninsured.at(1).markedInsured);
}

void TestInsuranceRoll::changeAndRemove()
{
    InsuranceRoll roll(*m_t->db);
    const Result<qint64> id = roll.add(cityPolicy(m_xiaoyu));
    QVERIFY(id);
    InsurancePolicy changed = cityPolicy(m_xiaoming); // the child of a change is the stored one
    changed.id = id.value();
    changed.premium = Money::fromYuan(120);
    changed.to = QDate(2026, 11, 30);
    QVERIFY(roll.change(changed));
    const Result<QList<InsurancePolicy>> stored = roll.policiesOf(m_xiaoyu);
    QVERIFY(stored && stored->size() == 1);
    QCOMPARE(stored->first().premium, Money::fromYuan(120));
    QCOMPARE(stored->first().to, QDate(2026, 11, 30));
    changed.to = QDate(2025, 12, 31);
    const Status refused = roll.change(changed);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"小雨, end of cover"_s), qPrintable(refused.error()));
    QVERIFY(roll.remove(id.value()));
    QVERIFY(roll.policiesOf(m_xiaoyu)->isEmpty());
    QCOMPARE(roll.remove(id.value()).error(), u"There is no insurance policy with the number %1."_s.arg(id.value()));
}

void TestInsuranceRoll::onlyManageClaimsChangesPolicies()
{
    m_t->db->setActor(caregiverActor());
    InsuranceRoll roll(*m_t->db);
    const Result<qint64> added = roll.add(cityPolicy(m_xiaoyu));
    QVERIFY(!added);
    QVERIFY2(added.error().contains(u"may not"_s), qPrintable(added.error()));
    QVERIFY(roll.coverOn(QDate(2026, 11, 20)));
}

void TestInsuranceRoll::workbookReadBack()
{
    InsuranceRoll roll(*m_t->db);
    QVERIFY(roll.add(cityPolicy(m_xiaoyu)));
    QVERIFY(roll.add({0, m_xiaoming, u"JT-88"_s, QDate(2026, 11, 1), QDate(2026, 12, 31), Money::fromFen(8050),
                      InsurancePayer::Family}));
    const QString file = m_t->dir.filePath(u"参保名单.xlsx"_s);
    const Status written = InsuranceExport::write(*m_t->db, file, QDate(2026, 10, 1), QDate(2026, 10, 31));
    QVERIFY2(written, qPrintable(written.error()));
    const Result<QJsonArray> read = readWorkbook(file);
    if (!read)
        QFAIL(qPrintable(read.error()));
    QCOMPARE(read->size(), 2);
    const QJsonObject insured = read->at(0).toObject();
    QCOMPARE(insured[u"name"_s].toString(), u"参保名单"_s);
    const QJsonArray rows = insured[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 3); // header, 小雨, totals: 小明's cover starts in November
    QCOMPARE(rows.at(0).toArray().toVariantList(),
             (QVariantList {u"序号"_s, u"幼儿姓名"_s, u"身份证号"_s, u"保单号"_s, u"起保日期"_s, u"终止日期"_s,
                            u"保费"_s, u"缴费方"_s}));
    const QJsonArray xiaoyu = rows.at(1).toArray();
    QCOMPARE(xiaoyu.at(0).toInt(), 1);
    QCOMPARE(xiaoyu.at(1).toString(), u"小雨"_s);
    QCOMPARE(xiaoyu.at(2).toString(), m_xiaoyuId);
    QCOMPARE(xiaoyu.at(3).toString(), u"PYDE2026140400000417"_s);
    QCOMPARE(xiaoyu.at(4).toString(), u"2026-01-01"_s);
    QCOMPARE(xiaoyu.at(5).toString(), u"2026-12-31"_s);
    // The period as dates a spreadsheet can sort and filter, the ID number as text.
    const QJsonArray types = insured[u"types"_s].toArray().at(1).toArray();
    QCOMPARE(types.at(2).toString(), u"s"_s);
    QCOMPARE(types.at(4).toString(), u"d"_s);
    QCOMPARE(types.at(5).toString(), u"d"_s);
    QCOMPARE(insured[u"freezePanes"_s].toString(), u"A2"_s);
    QCOMPARE(insured[u"printTitleRows"_s].toString(), u"$1:$1"_s);
    QCOMPARE(fenOf(xiaoyu.at(6)), qint64(10000));
    QCOMPARE(xiaoyu.at(7).toString(), u"市级财政"_s);
    const QJsonArray totals = rows.at(2).toArray();
    QCOMPARE(totals.at(0).toString(), u"合计"_s);
    QCOMPARE(fenOf(totals.at(6)), qint64(10000));

    const QJsonObject uninsured = read->at(1).toObject();
    QCOMPARE(uninsured[u"name"_s].toString(), u"未参保"_s);
    const QJsonArray missing = uninsured[u"rows"_s].toArray();
    QCOMPARE(missing.size(), 3);
    QCOMPARE(missing.at(1).toArray().at(1).toString(), u"小明"_s);
    QCOMPARE(missing.at(2).toArray().at(1).toString(), u"小红"_s);
}

QTEST_GUILESS_MAIN(TestInsuranceRoll)
#include "tst_insuranceroll.moc"
