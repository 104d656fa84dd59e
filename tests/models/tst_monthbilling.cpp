#include "BillingFixtures.h"
#include "billing/MonthBilling.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A month's bills worked out from the stored roster and attendance: class types and care types day by day, the
// institution's inclusive recognition, and who may see them.
class TestMonthBilling : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void workedExampleFromTheStore_data();
    void workedExampleFromTheStore();
    void classChangeGivesTwoPriceLines();
    void hoursOfHomeCareAreBilled();
    void recognitionFromLaterMonthGivesNoReduction();
    void refusedWithoutFeeRights();

private:
    qint64 enrolFrom(const QString& name, qint64 classId, QDate from, CareType careType = CareType::FullDay);
    void presentOn(qint64 childId, QDate from, int present, std::optional<int> hours = {})
    {
        QVERIFY(recordPresent(*m_t->db, childId, from, present, hours));
    }
    void setInclusiveFrom(QDate from) { QVERIFY(recordInclusiveInstitution(*m_t->db, from)); }
    ChildBill billOf(qint64 childId);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_young = 0; // 小一班, 托小班 (1700)
    qint64 m_older = 0; // 大一班, 托大班 (1400)
};

void TestMonthBilling::init()
{
    m_t = billingDatabase(m_young, m_older);
    QVERIFY(m_t);
}

void TestMonthBilling::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

qint64 TestMonthBilling::enrolFrom(const QString& name, qint64 classId, QDate from, CareType careType)
{
    ChildRecord c = enrolledGirl();
    c.name = name;
    c.idNumber.clear();
    c.enrolledOn = from;
    const Result<qint64> id = ChildRepository(*m_t->db).add(c, Placement {classId, careType, from, {}});
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

ChildBill TestMonthBilling::billOf(qint64 childId)
{
    const Result<MonthBills> bills = MonthBilling::compute(*m_t->db, Month(2026, 11));
    if (!bills) {
        qWarning().noquote() << bills.error();
        return {};
    }
    for (const ChildBill& c : bills->children)
        if (c.childId == childId)
            return c;
    return {};
}

void TestMonthBilling::workedExampleFromTheStore_data()
{
    QTest::addColumn<QDate>("enrolled");
    QTest::addColumn<int>("present");
    QTest::addColumn<QString>("total");

    QTest::newRow("all month, 20 of 21 days present") << QDate(2026, 9, 1) << 20 << u"1,400.00"_s;
    QTest::newRow("from 11-13, 5 of 12 days present") << QDate(2026, 11, 13) << 5 << u"640.71"_s;
}

void TestMonthBilling::workedExampleFromTheStore()
{
    QFETCH(QDate, enrolled);
    QFETCH(int, present);
    QFETCH(QString, total);
    const qint64 child = enrolFrom(u"王一"_s, m_older, enrolled);
    QVERIFY(child);
    presentOn(child, std::max(enrolled, QDate(2026, 11, 1)), present);
    const ChildBill bill = billOf(child);
    QCOMPARE(bill.name, u"王一"_s);
    QCOMPARE(bill.bill.total().toString(), total);
}

void TestMonthBilling::classChangeGivesTwoPriceLines()
{
    const qint64 child = enrolFrom(u"李二"_s, m_young, QDate(2026, 9, 1));
    QVERIFY(child);
    QVERIFY(ChildRepository(*m_t->db).changePlacement(child, QDate(2026, 11, 16), m_older, std::nullopt));
    presentOn(child, QDate(2026, 11, 1), 21);
    const ChildBill childBill = billOf(child);
    // Listed in the class she ended the month in.
    QCOMPARE(childBill.className, u"大一班"_s);
    const Bill bill = childBill.bill;
    QCOMPARE(bill.lines.size(), 4);
    QCOMPARE(bill.lines.at(0).amount.toString(), u"809.52"_s); // 1700 × 10/21
    QCOMPARE(bill.lines.at(1).amount.toString(), u"733.33"_s); // 1400 × 11/21
    QCOMPARE(bill.total().toString(), u"1,557.85"_s);
}

void TestMonthBilling::hoursOfHomeCareAreBilled()
{
    const qint64 child = enrolFrom(u"赵三"_s, m_older, QDate(2026, 9, 1), CareType::Home);
    QVERIFY(child);
    presentOn(child, QDate(2026, 11, 2), 3, 2);
    const Bill bill = billOf(child).bill;
    QCOMPARE(bill.lines.size(), 1);
    QCOMPARE(bill.lines.first().kind, BillLine::Kind::HomeCare);
    QCOMPARE(bill.total().toString(), u"300.00"_s); // 6 hours × 50
}

void TestMonthBilling::recognitionFromLaterMonthGivesNoReduction()
{
    setInclusiveFrom(QDate(2026, 12, 1));
    const qint64 child = enrolFrom(u"王一"_s, m_older, QDate(2026, 9, 1));
    QVERIFY(child);
    presentOn(child, QDate(2026, 11, 1), 20);
    QCOMPARE(billOf(child).bill.total().toString(), u"1,700.00"_s);
}

void TestMonthBilling::refusedWithoutFeeRights()
{
    m_t->db->setActor(caregiverActor({m_older}));
    const Result<MonthBills> bills = MonthBilling::compute(*m_t->db, Month(2026, 11));
    QVERIFY(!bills);
    QVERIFY(!bills.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestMonthBilling)
#include "tst_monthbilling.moc"
