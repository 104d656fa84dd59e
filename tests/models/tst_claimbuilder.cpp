#include "ClaimFixtures.h"
#include "access/Permission.h"
#include "billing/MonthBilling.h"
#include "subsidy/ClaimBuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ClaimReason)

// Which children of November 2026 (21 care days) the operating subsidy claims, and why the others are left out:
// one row per rule on each side of its edge.
class TestClaimBuilder : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rules_data();
    void rules();
    void placesGoByEnrolmentDate();
    void figuresComeFromTheBill();
    void financeAndDirectorOnly();

private:
    ClaimLine lineOf(qint64 childId);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_young = 0;
    qint64 m_older = 0;
    const Month m_november {2026, 11};
};

void TestClaimBuilder::init()
{
    m_t = billingDatabase(m_young, m_older); // today is 2026-12-01
    QVERIFY(m_t);
}

void TestClaimBuilder::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

ClaimLine TestClaimBuilder::lineOf(qint64 childId)
{
    const Result<ClaimBuild> build = ClaimBuilder::build(*m_t->db, m_november);
    if (!build) {
        qWarning().noquote() << build.error();
        return {};
    }
    for (const ClaimLine& line : build->lines)
        if (line.childId == childId)
            return line;
    return {};
}

void TestClaimBuilder::rules_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<bool>("withoutId");
    QTest::addColumn<CareType>("careType");
    QTest::addColumn<int>("present");
    QTest::addColumn<int>("claimedBefore");
    QTest::addColumn<QDate>("inclusiveFrom");
    QTest::addColumn<InstitutionType>("type");
    QTest::addColumn<ClaimReason>("reason");
    QTest::addColumn<QString>("explained"); // in the Chinese reason
    QTest::addColumn<int>("amountFen");

    const QDate born(2024, 6, 10); // 28 months on 2026-11-01
    const QDate recognised(2025, 3, 1);
    const auto full = CareType::FullDay;
    const auto independent = InstitutionType::Independent;
    const auto none = ClaimReason::None;
    QTest::newRow("claimable, independent rate")
        << born << false << full << 21 << 0 << recognised << independent << none << QString() << 50000;
    QTest::newRow("claimable, kindergarten rate") << born << false << full << 21 << 0 << recognised
                                                  << InstitutionType::Kindergarten << none << QString() << 30000;
    QTest::newRow("half-day care") << born << false << CareType::HalfDay << 21 << 0 << recognised << independent << none
                                   << QString() << 50000;
    QTest::newRow("35 months on the 1st")
        << QDate(2023, 11, 2) << false << full << 21 << 0 << recognised << independent << none << QString() << 50000;
    QTest::newRow("36 months on the 1st") << QDate(2023, 11, 1) << false << full << 21 << 0 << recognised << independent
                                          << ClaimReason::TooOld << u"已满36个月"_s << 0;
    QTest::newRow("no ID number") << born << true << full << 21 << 0 << recognised << independent
                                  << ClaimReason::NoIdNumber << u"无身份证号"_s << 0;
    QTest::newRow("hourly care") << born << false << CareType::Hourly << 21 << 0 << recognised << independent
                                 << ClaimReason::NotDayCare << u"计时托"_s << 0;
    QTest::newRow("home care") << born << false << CareType::Home << 21 << 0 << recognised << independent
                               << ClaimReason::NotDayCare << u"上门托"_s << 0;
    QTest::newRow("attended 10 of 21") << born << false << full << 10 << 0 << recognised << independent
                                       << ClaimReason::TooFewDays << u"出勤10天，应出勤21天，需至少11天"_s << 0;
    QTest::newRow("attended 11 of 21") << born << false << full << 11 << 0 << recognised << independent << none
                                       << QString() << 50000;
    QTest::newRow("9th claimed month") << born << false << full << 21 << 8 << recognised << independent << none
                                       << QString() << 50000;
    QTest::newRow("10th claimed month") << born << false << full << 21 << 9 << recognised << independent << none
                                        << QString() << 50000;
    QTest::newRow("11th claimed month") << born << false << full << 21 << 10 << recognised << independent
                                        << ClaimReason::YearCapReached << u"本年已申报10个月"_s << 0;
    QTest::newRow("recognised from the 1st")
        << born << false << full << 21 << 0 << QDate(2026, 11, 1) << independent << none << QString() << 50000;
    QTest::newRow("recognised mid-month") << born << false << full << 21 << 0 << QDate(2026, 11, 2) << independent
                                          << ClaimReason::NotInclusive << u"未获普惠认定"_s << 0;
}

void TestClaimBuilder::rules()
{
    QFETCH(QDate, birth);
    QFETCH(bool, withoutId);
    QFETCH(CareType, careType);
    QFETCH(int, present);
    QFETCH(int, claimedBefore);
    QFETCH(QDate, inclusiveFrom);
    QFETCH(InstitutionType, type);
    QFETCH(ClaimReason, reason);
    QFETCH(QString, explained);
    QFETCH(int, amountFen);

    Database& db = *m_t->db;
    const qint64 child = enrolForClaim(db, u"王小花"_s, m_older, birth, 2, careType, QDate(2026, 9, 1), withoutId);
    QVERIFY(child);
    const bool hourly = careType == CareType::Hourly || careType == CareType::Home;
    QVERIFY(recordPresent(db, child, m_november.firstDay(), present, hourly ? std::optional(3) : std::nullopt));
    QVERIFY(recordClaimedMonths(db, child, claimedBefore));
    QVERIFY(setInstitution(db, type, inclusiveFrom));
    db.setActor(actorWithRole(Role::Finance));

    const ClaimLine line = lineOf(child);
    QCOMPARE(line.childId, child);
    QCOMPARE(line.reason, reason);
    QCOMPARE(line.claimable(), reason == ClaimReason::None);
    QCOMPARE(line.amount().fen(), amountFen);
    QCOMPARE(line.careDays, 21);
    QCOMPARE(line.neededDays, 11);
    QCOMPARE(line.claimedMonths, claimedBefore);
    QCOMPARE(ClaimReasons::chinese(line).isEmpty(), line.claimable());
    QCOMPARE(ClaimReasons::describe(line).isEmpty(), line.claimable());
    QVERIFY2(ClaimReasons::chinese(line).contains(explained), qPrintable(ClaimReasons::chinese(line)));
}

void TestClaimBuilder::placesGoByEnrolmentDate()
{
    Database& db = *m_t->db;
    const QDate born(2024, 6, 10);
    const qint64 september = enrolForClaim(db, u"王一"_s, m_older, born, 2);
    const qint64 august = enrolForClaim(db, u"赵二"_s, m_older, born, 4, CareType::FullDay, QDate(2026, 8, 1));
    const qint64 october = enrolForClaim(db, u"李三"_s, m_older, born, 6, CareType::FullDay, QDate(2026, 10, 1));
    // Enrolled first, but not claimable anyway: she takes no place.
    const qint64 noId = enrolForClaim(db, u"孙四"_s, m_older, born, 8, CareType::FullDay, QDate(2026, 7, 1), true);
    // Enrolled the same day as 王一, after her by name.
    const qint64 sameDay = enrolForClaim(db, u"钱五"_s, m_older, born, 10);
    QVERIFY(september && august && october && noId && sameDay);
    for (const qint64 child : {september, august, october, noId, sameDay})
        QVERIFY(recordWholeMonth(db, child, m_november));
    QVERIFY(setInstitution(db, InstitutionType::Independent, QDate(2025, 3, 1), 2));

    const Result<ClaimBuild> build = ClaimBuilder::build(db, m_november);
    QVERIFY2(build, qPrintable(build.error()));
    QCOMPARE(build->lines.size(), 5);
    QCOMPARE(build->totals().claimable, 2);
    QCOMPARE(build->totals().amount, Money::fromYuan(1000));
    QHash<qint64, ClaimReason> reasons;
    for (const ClaimLine& l : build->lines)
        reasons.insert(l.childId, l.reason);
    QCOMPARE(reasons.value(august), ClaimReason::None);
    QCOMPARE(reasons.value(september), ClaimReason::None);
    QCOMPARE(reasons.value(sameDay), ClaimReason::OverPlaces);
    QCOMPARE(reasons.value(october), ClaimReason::OverPlaces);
    QCOMPARE(reasons.value(noId), ClaimReason::NoIdNumber);
    QCOMPARE(ClaimReasons::chinese(lineOf(october)), u"超出核定普惠托位"_s);
}

void TestClaimBuilder::figuresComeFromTheBill()
{
    Database& db = *m_t->db;
    const qint64 child = enrolForClaim(db, u"王小花"_s, m_older, QDate(2024, 6, 10), 2);
    QVERIFY(child);
    // 11 days present and 10 absent: the bill has an absence refund.
    QVERIFY(recordPresent(db, child, m_november.firstDay(), 11));
    const Result<MonthBills> bills = MonthBilling::forMonth(db, m_november);
    QVERIFY2(bills, qPrintable(bills.error()));
    Money care;
    Money reduction;
    Money refund;
    for (const BillLine& l : bills->children.first().bill.lines) {
        if (l.kind == BillLine::Kind::CareFee)
            care += l.amount;
        else if (l.kind == BillLine::Kind::InclusiveReduction)
            reduction += l.amount;
        else if (l.kind == BillLine::Kind::AbsenceRefund)
            refund += l.amount;
    }
    QVERIFY(care > Money() && reduction < Money());

    const ClaimLine line = lineOf(child);
    QCOMPARE(line.attendedDays, 11);
    QCOMPARE(line.className, u"大一班"_s);
    QCOMPARE(line.ageMonths, 28);
    QCOMPARE(line.feeStandard, care);
    QCOMPARE(line.reduction, reduction);
    QCOMPARE(line.feeCharged, care + reduction + refund);
    QCOMPARE(line.rate, Money::fromYuan(500));
}

void TestClaimBuilder::financeAndDirectorOnly()
{
    m_t->db->setActor(actorWithRole(Role::Director));
    QVERIFY(ClaimBuilder::build(*m_t->db, m_november));
    m_t->db->setActor(actorWithRole(Role::Caregiver));
    const Result<ClaimBuild> refused = ClaimBuilder::build(*m_t->db, m_november);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(Permissions::describe(Permission::ManageClaims)), qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestClaimBuilder)
#include "tst_claimbuilder.moc"
