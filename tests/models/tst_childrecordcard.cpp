#include "RosterFixtures.h"
#include "access/Permission.h"
#include "roster/ChildRecordCard.h"
#include "subsidy/InsuranceRoll.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The record card's content: the child with guardians, her class and care type history (a class moved out of and
// since retired still named), her insurance; ID and phone numbers masked for a caregiver, whole for the director
// with the printing kept in the audit trail, as the roster export and the reveal on the Children page do.
class TestChildRecordCard : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void holdsHistoryAndInsurance();
    void numbersMaskedOrWholeByRole_data();
    void numbersMaskedOrWholeByRole();
    void refusedWithoutTheRoster();

private:
    int printAudits() const;

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_child = 0;
};

void TestChildRecordCard::init()
{
    qint64 classA = 0;
    qint64 classB = 0;
    m_t = rosterDatabase(classA, classB); // today is 2026-11-29
    QVERIFY(m_t);
    Database& db = *m_t->db;
    ChildRecord girl = enrolledGirl();
    girl.allergies = u"花生"_s;
    girl.guardians.first().idNumber = u"11010519491231002X"_s;
    const Result<qint64> id
        = ChildRepository(db).add(girl, Placement {classA, CareType::FullDay, QDate(2026, 9, 1), {}});
    QVERIFY2(id, qPrintable(id.error()));
    m_child = id.value();
    QVERIFY(ChildRepository(db).changePlacement(m_child, QDate(2026, 10, 15), classB, CareType::HalfDay));
    QSqlQuery retire(db.connection());
    QVERIFY(retire.exec(u"UPDATE classes SET active = 0 WHERE id = %1"_s.arg(classA)));
    InsurancePolicy policy;
    policy.childId = m_child;
    policy.policyNumber = u"PICC-2026-0815"_s;
    policy.from = QDate(2026, 9, 1);
    policy.to = QDate(2027, 8, 31);
    policy.premium = Money::fromYuan(100);
    const Result<qint64> insured = InsuranceRoll(db).add(policy);
    QVERIFY2(insured, qPrintable(insured.error()));
}

void TestChildRecordCard::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

int TestChildRecordCard::printAudits() const
{
    QSqlQuery query(m_t->db->connection());
    query.exec(u"SELECT count(*) FROM audit_log WHERE action = 'print' AND table_name = 'children'"_s);
    return query.next() ? query.value(0).toInt() : -1;
}

void TestChildRecordCard::holdsHistoryAndInsurance()
{
    const Result<ChildRecordCard> card = ChildRecordCard::forPrinting(*m_t->db, m_child, QDate(2026, 11, 29));
    QVERIFY2(card, qPrintable(card.error()));
    QCOMPARE(card->child.name, u"李小雨"_s);
    QCOMPARE(card->child.allergies, u"花生"_s);
    QCOMPARE(card->child.guardians.size(), 2);
    QCOMPARE(card->ageInMonths(), 20); // born 2025-03-15
    QCOMPARE(card->placements.size(), 2);
    QCOMPARE(card->placements.at(0).className, u"小一班"_s);
    QCOMPARE(card->placements.at(0).to, QDate(2026, 10, 14));
    QCOMPARE(card->placements.at(1).className, u"小二班"_s);
    QCOMPARE(card->placements.at(1).careType, CareType::HalfDay);
    QVERIFY(!card->placements.at(1).to.isValid());
    QCOMPARE(card->policies.size(), 1);
    QCOMPARE(card->policies.first().policyNumber, u"PICC-2026-0815"_s);
}

void TestChildRecordCard::numbersMaskedOrWholeByRole_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("whole");
    QTest::newRow("director prints them whole") << Role::Director << true;
    QTest::newRow("finance prints them whole") << Role::Finance << true;
    QTest::newRow("caregiver prints them masked") << Role::Caregiver << false;
}

void TestChildRecordCard::numbersMaskedOrWholeByRole()
{
    QFETCH(Role, role);
    QFETCH(bool, whole);
    m_t->db->setActor(actorWithRole(role));
    QCOMPARE(Permissions::allows(role, Permission::ViewFullIdentity), whole);
    const int auditsBefore = printAudits();
    const Result<ChildRecordCard> card = ChildRecordCard::forPrinting(*m_t->db, m_child, QDate(2026, 11, 29));
    QVERIFY2(card, qPrintable(card.error()));
    QCOMPARE(card->wholeNumbers, whole);
    const Guardian& father = card->child.guardians.first();
    if (whole) {
        QCOMPARE(card->child.idNumber, u"140402202503151523"_s);
        QCOMPARE(father.phone, u"13812345678"_s);
        QCOMPARE(father.idNumber, u"11010519491231002X"_s);
        QCOMPARE(printAudits(), auditsBefore + 1);
    } else {
        QCOMPARE(card->child.idNumber, IdNumber::mask(u"140402202503151523"_s));
        QCOMPARE(father.phone, u"138****5678"_s);
        QCOMPARE(father.idNumber, IdNumber::mask(u"11010519491231002X"_s));
        QCOMPARE(printAudits(), auditsBefore);
    }
}

void TestChildRecordCard::refusedWithoutTheRoster()
{
    m_t->db->setActor(actorWithRole(Role::Outreach));
    QVERIFY(!ChildRecordCard::forPrinting(*m_t->db, m_child, QDate(2026, 11, 29)));
}

QTEST_GUILESS_MAIN(TestChildRecordCard)
#include "tst_childrecordcard.moc"
