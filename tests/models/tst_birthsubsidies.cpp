#include "BillingFixtures.h"
#include "FamilyFixtures.h"
#include "common/PolicyKey.h"
#include "common/PolicyParameters.h"
#include "store/PolicyRepository.h"
#include "subsidy/BirthSubsidies.h"
#include "subsidy/BirthSubsidyApplication.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The birth subsidy (生育补贴) the institution helps families apply for: who is listed on a day and for how much,
// the dated figures by birth month, the application status with its checks, the 育儿补贴 answer, who may do it,
// and what the printed application sheet holds. Today is 2026-11-29.
class TestBirthSubsidies : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup() { Clock::setFixed({}); }
    void listedChildrenAndAmounts_data();
    void listedChildrenAndAmounts();
    void amountByBirthMonth_data();
    void amountByBirthMonth();
    void changedFigureReachesTheList();
    void applicationChecks_data();
    void applicationChecks();
    void notAppliedClearsTheDates();
    void childcareSubsidyAnswer();
    void refusedWithoutManageClaims_data();
    void refusedWithoutManageClaims();
    void applicationSheet();

private:
    qint64 add(const ChildRecord& child) { return addFamilyChild(*m_t->db, m_class, child); }

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_class = 0;
};

void TestBirthSubsidies::init()
{
    qint64 other = 0;
    m_t = rosterDatabase(m_class, other);
    QVERIFY(m_t);
}

void TestBirthSubsidies::listedChildrenAndAmounts_data()
{
    QTest::addColumn<int>("birthOrder");
    QTest::addColumn<QDate>("enrolledOn");
    QTest::addColumn<QDate>("withdrawnOn");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<qint64>("amountFen");
    const QDate enrolled(2026, 9, 1);
    QTest::newRow("first child: none") << 1 << enrolled << QDate() << false << qint64(0);
    QTest::newRow("second child: 3000.00") << 2 << enrolled << QDate() << true << qint64(300000);
    QTest::newRow("third child: 5000.00") << 3 << enrolled << QDate() << true << qint64(500000);
    QTest::newRow("fourth child: 5000.00") << 4 << enrolled << QDate() << true << qint64(500000);
    QTest::newRow("left before the day") << 2 << enrolled << QDate(2026, 10, 31) << false << qint64(0);
    QTest::newRow("last day in care is the day") << 2 << enrolled << QDate(2026, 11, 20) << true << qint64(300000);
    QTest::newRow("enrolled after the day") << 2 << QDate(2026, 11, 23) << QDate() << false << qint64(0);
}

void TestBirthSubsidies::listedChildrenAndAmounts()
{
    QFETCH(int, birthOrder);
    QFETCH(QDate, enrolledOn);
    QFETCH(QDate, withdrawnOn);
    QFETCH(bool, listed);
    QFETCH(qint64, amountFen);
    const qint64 id = add(familyChild(u"李小雨"_s, QDate(2025, 3, 15), birthOrder, enrolledOn, withdrawnOn));
    QVERIFY(id);
    const Result<QList<BirthSubsidyEntry>> entries = BirthSubsidies(*m_t->db).eligible(QDate(2026, 11, 20));
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), listed ? 1 : 0);
    // The 育儿补贴 list has every child in care, a first child too.
    const bool inCare
        = enrolledOn <= QDate(2026, 11, 20) && (!withdrawnOn.isValid() || withdrawnOn >= QDate(2026, 11, 20));
    const Result<QList<BirthSubsidyEntry>> families = BirthSubsidies(*m_t->db).families(QDate(2026, 11, 20));
    QVERIFY2(families, qPrintable(families.error()));
    QCOMPARE(families->size(), inCare ? 1 : 0);
    if (inCare)
        QCOMPARE(families->first().amount.fen(), amountFen);
    if (!listed)
        return;
    const BirthSubsidyEntry& e = entries->first();
    QCOMPARE(e.childId, id);
    QCOMPARE(e.birthOrder, birthOrder);
    QCOMPARE(e.amount.fen(), amountFen);
    QVERIFY(!e.applied());
    QCOMPARE(e.childcareSubsidy, ChildcareSubsidyAnswer::Unknown);
}

void TestBirthSubsidies::amountByBirthMonth_data()
{
    QTest::addColumn<int>("birthOrder");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<qint64>("amountFen");
    // A new second-child figure of 4000.00 from 2026-01.
    QTest::newRow("second, born under the first figure") << 2 << QDate(2025, 12, 31) << qint64(300000);
    QTest::newRow("second, born in the new figure's first month") << 2 << QDate(2026, 1, 1) << qint64(400000);
    QTest::newRow("second, born before any figure: the earliest") << 2 << QDate(2024, 6, 20) << qint64(300000);
    QTest::newRow("third, figure unchanged") << 3 << QDate(2026, 2, 1) << qint64(500000);
    QTest::newRow("first child") << 1 << QDate(2026, 2, 1) << qint64(0);
}

void TestBirthSubsidies::amountByBirthMonth()
{
    QFETCH(int, birthOrder);
    QFETCH(QDate, birth);
    QFETCH(qint64, amountFen);
    PolicyParameters policy = PolicyParameters::defaults();
    QVERIFY(policy.set({PolicyKey::BirthSubsidySecondChild, Month(2026, 1), {}, 400000, u"新文件"_s}));
    QCOMPARE(BirthSubsidies::amountFor(policy, birthOrder, birth).fen(), amountFen);
}

void TestBirthSubsidies::changedFigureReachesTheList()
{
    QVERIFY(add(familyChild(u"早生"_s, QDate(2025, 6, 1), 2)));
    QVERIFY(add(familyChild(u"晚生"_s, QDate(2026, 2, 1), 2)));
    const Status saved = PolicyRepository(*m_t->db).save(
        {PolicyKey::BirthSubsidySecondChild, Month(2026, 1), {}, 400000, u"新文件"_s});
    QVERIFY2(saved, qPrintable(saved.error()));
    const Result<QList<BirthSubsidyEntry>> entries = BirthSubsidies(*m_t->db).eligible(QDate(2026, 11, 20));
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).name, u"早生"_s);
    QCOMPARE(entries->at(0).amount, Money::fromYuan(3000));
    QCOMPARE(entries->at(1).amount, Money::fromYuan(4000));
}

void TestBirthSubsidies::applicationChecks_data()
{
    QTest::addColumn<int>("birthOrder");
    QTest::addColumn<QDate>("appliedOn");
    QTest::addColumn<QDate>("grantedOn");
    QTest::addColumn<QString>("error");
    const QDate born(2025, 3, 15);
    QTest::newRow("applied today") << 2 << QDate(2026, 11, 29) << QDate() << QString();
    QTest::newRow("applied on the birthday") << 2 << born << QDate() << QString();
    QTest::newRow("applied and granted") << 3 << QDate(2025, 5, 1) << QDate(2025, 8, 1) << QString();
    QTest::newRow("applied tomorrow") << 2 << QDate(2026, 11, 30) << QDate()
                                      << u"小雨, birth subsidy application date: 2026-11-30 is in the future."_s;
    QTest::newRow("applied before the birth")
        << 2 << QDate(2025, 3, 14) << QDate()
        << u"小雨, birth subsidy application date: 2025-03-14 is before the child was born (2025-03-15)."_s;
    QTest::newRow("no date") << 2 << QDate() << QDate()
                             << u"小雨, birth subsidy application date: give the day the family applied."_s;
    QTest::newRow("granted before applied")
        << 2 << QDate(2025, 5, 1) << QDate(2025, 4, 30)
        << u"小雨, birth subsidy grant date: 2025-04-30 is before the application (2025-05-01)."_s;
    QTest::newRow("granted tomorrow") << 2 << QDate(2025, 5, 1) << QDate(2026, 11, 30)
                                      << u"小雨, birth subsidy grant date: 2026-11-30 is in the future."_s;
    QTest::newRow("a first child") << 1 << QDate(2025, 5, 1) << QDate()
                                   << u"小雨, birth subsidy: a first child (孩次 1) has none"_s;
}

void TestBirthSubsidies::applicationChecks()
{
    QFETCH(int, birthOrder);
    QFETCH(QDate, appliedOn);
    QFETCH(QDate, grantedOn);
    QFETCH(QString, error);
    const qint64 id = add(familyChild(u"小雨"_s, QDate(2025, 3, 15), birthOrder));
    QVERIFY(id);
    const QString auditBefore = rosterContents(*m_t->db);
    const Status set = BirthSubsidies(*m_t->db).setApplied(id, appliedOn, grantedOn);
    if (!error.isEmpty()) {
        QVERIFY(!set);
        QVERIFY2(set.error().startsWith(error), qPrintable(set.error()));
        QCOMPARE(rosterContents(*m_t->db), auditBefore);
        QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM family_subsidies"_s).toInt(), 0);
        return;
    }
    QVERIFY2(set, qPrintable(set.error()));
    const Result<QList<BirthSubsidyEntry>> entries = BirthSubsidies(*m_t->db).eligible(QDate(2026, 11, 29));
    QVERIFY(entries && entries->size() == 1);
    QCOMPARE(entries->first().appliedOn, appliedOn);
    QCOMPARE(entries->first().grantedOn, grantedOn);
    // The audit trail has the change, attributed to whoever made it.
    QVERIFY(
        Sql::scalar(m_t->db->connection(),
                    u"SELECT count(*) FROM audit_log WHERE table_name = 'family_subsidies' AND user_name = 'system'"_s)
            .toInt()
        > 0);
}

void TestBirthSubsidies::notAppliedClearsTheDates()
{
    const qint64 id = add(familyChild(u"小雨"_s, QDate(2025, 3, 15), 2));
    BirthSubsidies subsidies(*m_t->db);
    QVERIFY(subsidies.setApplied(id, QDate(2025, 5, 1), QDate(2025, 6, 1)));
    QVERIFY(subsidies.setNotApplied(id));
    const Result<QList<BirthSubsidyEntry>> entries = subsidies.eligible(QDate(2026, 11, 29));
    QVERIFY(entries && entries->size() == 1);
    QVERIFY(!entries->first().applied());
    QVERIFY(!entries->first().grantedOn.isValid());
}

void TestBirthSubsidies::childcareSubsidyAnswer()
{
    const qint64 id = add(familyChild(u"小雨"_s, QDate(2025, 3, 15), 2));
    BirthSubsidies subsidies(*m_t->db);
    QVERIFY(subsidies.setApplied(id, QDate(2025, 5, 1)));
    QVERIFY(subsidies.setChildcareSubsidy(id, ChildcareSubsidyAnswer::Yes));
    const Result<QList<BirthSubsidyEntry>> entries = subsidies.eligible(QDate(2026, 11, 29));
    QVERIFY(entries && entries->size() == 1);
    // Setting one answer keeps the other.
    QCOMPARE(entries->first().childcareSubsidy, ChildcareSubsidyAnswer::Yes);
    QCOMPARE(entries->first().appliedOn, QDate(2025, 5, 1));
    QVERIFY(!subsidies.setChildcareSubsidy(999, ChildcareSubsidyAnswer::No));
}

void TestBirthSubsidies::refusedWithoutManageClaims_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("director") << int(Role::Director) << true;
    QTest::newRow("finance") << int(Role::Finance) << true;
    QTest::newRow("caregiver") << int(Role::Caregiver) << false;
}

void TestBirthSubsidies::refusedWithoutManageClaims()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    const qint64 id = add(familyChild(u"小雨"_s, QDate(2025, 3, 15), 2));
    m_t->db->setActor(actorWithRole(Role(role)));
    BirthSubsidies subsidies(*m_t->db);
    QCOMPARE(subsidies.eligible(QDate(2026, 11, 29)).ok(), allowed);
    const Status set = subsidies.setApplied(id, QDate(2025, 5, 1));
    QCOMPARE(set.ok(), allowed);
    QCOMPARE(subsidies.setChildcareSubsidy(id, ChildcareSubsidyAnswer::Yes).ok(), allowed);
    QCOMPARE(BirthSubsidyApplication::load(*m_t->db, id).ok(), allowed);
    if (!allowed)
        QVERIFY2(set.error().contains(u"may not"_s), qPrintable(set.error()));
}

void TestBirthSubsidies::applicationSheet()
{
    QVERIFY(recordInclusiveInstitution(*m_t->db, QDate(2025, 3, 1)));
    ChildRecord child = familyChild(u"小雨"_s, QDate(2025, 3, 15), 3);
    std::swap(child.guardians[0], child.guardians[1]); // the primary guardian second on the record
    child.guardians << Guardian {u"张阿姨"_s, u"保姆"_s, u"13600000000"_s, {}, true, false, false};
    const qint64 id = add(child);
    QVERIFY(BirthSubsidies(*m_t->db).setApplied(id, QDate(2025, 5, 1)));

    const Result<BirthSubsidyApplication> sheet = BirthSubsidyApplication::load(*m_t->db, id);
    QVERIFY2(sheet, qPrintable(sheet.error()));
    QVERIFY(!sheet->institution.isEmpty());
    QCOMPARE(sheet->childName, u"小雨"_s);
    QCOMPARE(sheet->birthDate, QDate(2025, 3, 15));
    QCOMPARE(sheet->idNumber, child.idNumber);
    QCOMPARE(sheet->birthOrder, 3);
    QCOMPARE(sheet->amount, Money::fromYuan(5000));
    QCOMPARE(sheet->appliedOn, QDate(2025, 5, 1));
    // Guardians only, the primary first.
    QCOMPARE(sheet->guardians.size(), 2);
    QCOMPARE(sheet->guardians.at(0).name, u"李明"_s);
    QCOMPARE(sheet->guardians.at(0).phone, u"13812345678"_s);
    QCOMPARE(sheet->guardians.at(1).name, u"王丽"_s);

    const Result<BirthSubsidyApplication> first
        = BirthSubsidyApplication::load(*m_t->db, add(familyChild(u"老大"_s, QDate(2025, 3, 15), 1)));
    QVERIFY(!first);
    QVERIFY2(first.error().contains(u"老大"_s), qPrintable(first.error()));
}

QTEST_GUILESS_MAIN(TestBirthSubsidies)
#include "tst_birthsubsidies.moc"
