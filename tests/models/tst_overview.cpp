#include "BillingFixtures.h"
#include "attendance/FollowUpRepository.h"
#include "billing/Arrears.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "billing/PaymentRepository.h"
#include "overview/MonthTrends.h"
#include "overview/OverviewAlerts.h"
#include "overview/OverviewFigures.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(OverviewAlert::Kind)
Q_DECLARE_METATYPE(Month)

// The overview of Thursday 2026-11-26 at a small institution: 小一班 (托小班, 15 places) with 甲 (20 months) and
// 乙 (22 months), 小二班 (托小班, 15 places) empty, 大一班 (托大班, 20 places) with 丙 (30 months), all in care
// since 1 September. Everyone was
// present on November's 18 care days before the 26th; on the 26th 甲 is present, 乙 sick and 丙 not recorded yet.
// Attendance was first kept on 1 September, when only 甲's was recorded; October has no record. Neither month is
// closed.
class TestOverview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void figuresOfTheDay();
    void caregiverSeesHerClassAndNoMoney();
    void collectedIsTheMonthsCash();
    void trendsCoverTwelveMonths();
    void alerts_data();
    void alerts();
    void ageingOutWithinThirtyDays_data();
    void ageingOutWithinThirtyDays();
    void closedMonthsWaitForTheirReport();
    void oldArrearsAfterAMonth_data();
    void oldArrearsAfterAMonth();

private:
    qint64 enrol(const QString& name, qint64 classId, QDate birth);
    QList<OverviewAlert> alertsOf(OverviewAlert::Kind kind);
    bool closeAutumn();

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_young = 0;
    qint64 m_older = 0;
    qint64 m_jia = 0;
    qint64 m_yi = 0;
    qint64 m_bing = 0;
    const QDate m_today {2026, 11, 26};
};

qint64 TestOverview::enrol(const QString& name, qint64 classId, QDate birth)
{
    ChildRecord c = enrolledGirl();
    c.name = name;
    c.idNumber.clear();
    c.birthDate = birth;
    const Result<qint64> id
        = ChildRepository(*m_t->db).add(c, Placement {classId, CareType::FullDay, c.enrolledOn, {}});
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

void TestOverview::init()
{
    m_t = billingDatabase(m_young, m_older);
    QVERIFY(m_t);
    Clock::setFixed(QDateTime(m_today, QTime(10, 0)));
    m_jia = enrol(u"甲"_s, m_young, QDate(2025, 3, 15));
    m_yi = enrol(u"乙"_s, m_young, QDate(2025, 1, 10));
    m_bing = enrol(u"丙"_s, m_older, QDate(2024, 5, 1));
    QVERIFY(m_jia && m_yi && m_bing);
    QVERIFY(recordPresent(*m_t->db, m_jia, QDate(2026, 9, 1), 1));
    for (qint64 child : {m_jia, m_yi, m_bing})
        QVERIFY(recordPresent(*m_t->db, child, QDate(2026, 11, 2), 18));
    AttendanceRecord present;
    present.childId = m_jia;
    present.day = m_today;
    const Status saved = AttendanceRepository(*m_t->db).save({present, sickDay(m_yi, m_today, u"发热"_s)});
    QVERIFY2(saved, qPrintable(saved.error()));
}

void TestOverview::cleanup()
{
    m_t.reset();
    Clock::setFixed({});
}

QList<OverviewAlert> TestOverview::alertsOf(OverviewAlert::Kind kind)
{
    const Result<QList<OverviewAlert>> all = OverviewAlerts::load(*m_t->db, m_today);
    if (!all)
        qWarning().noquote() << all.error();
    QList<OverviewAlert> found;
    for (const OverviewAlert& a : all.value_or(QList<OverviewAlert> {}))
        if (a.kind == kind)
            found << a;
    return found;
}

// Closes September and October, their days without attendance confirmed as absences.
bool TestOverview::closeAutumn()
{
    for (Month m : {Month(2026, 9), Month(2026, 10)})
        if (const Result<int> closed = MonthClose::close(*m_t->db, m, true); !closed) {
            qWarning().noquote() << closed.error();
            return false;
        }
    return true;
}

void TestOverview::figuresOfTheDay()
{
    const Result<OverviewFigures> figures = OverviewFigures::load(*m_t->db, m_today);
    QVERIFY2(figures, qPrintable(figures.error()));
    QCOMPARE(figures->placeUse, (Ratio {3, 50}));
    // Three children expected today: 甲 present, 乙 sick, 丙 still to record.
    QCOMPARE(figures->today, (Ratio {1, 3}));
    QCOMPARE(figures->todayNotRecorded, 1);
    // 19 care days so far, today included: 18 × 3 + 1 present of 19 × 3 expected.
    QCOMPARE(figures->monthRate, (Ratio {55, 57}));
    QCOMPARE(figures->ageBands, (std::array<int, AgeBands::Count> {0, 2, 1, 0}));
    QCOMPARE(figures->classes.size(), 3);
    QCOMPARE(figures->classes.at(0).name, u"小一班"_s);
    QCOMPARE(figures->classes.at(0).children, 2);
    QCOMPARE(figures->classes.at(0).capacity, 15);
    QCOMPARE(figures->classes.at(1).children, 0);
    QCOMPARE(figures->classes.at(2).children, 1);
    // The month still open: its bills as they stand, none of them paid, and no closed month in arrears.
    const Result<MonthBills> bills = MonthBilling::forMonth(*m_t->db, Month(2026, 11));
    QVERIFY(bills && bills->total() > Money());
    QCOMPARE(figures->billed, bills->total());
    QCOMPARE(figures->collected, Money());
    QCOMPARE(figures->outstanding, Money());
    QCOMPARE(figures->subsidyClaimed, Money());
    QVERIFY(figures->certified.has_value());
}

void TestOverview::caregiverSeesHerClassAndNoMoney()
{
    m_t->db->setActor(caregiverActor({m_young}));
    const Result<OverviewFigures> figures = OverviewFigures::load(*m_t->db, m_today);
    QVERIFY2(figures, qPrintable(figures.error()));
    QCOMPARE(figures->placeUse, (Ratio {2, 15}));
    QCOMPARE(figures->today, (Ratio {1, 2}));
    QCOMPARE(figures->monthRate, (Ratio {37, 38}));
    QCOMPARE(figures->classes.size(), 1);
    QVERIFY(!figures->billed && !figures->collected && !figures->outstanding && !figures->subsidyClaimed);
    QVERIFY(!figures->certified);

    const Result<QList<OverviewAlert>> alerts = OverviewAlerts::load(*m_t->db, m_today);
    QVERIFY2(alerts, qPrintable(alerts.error()));
    for (const OverviewAlert& a : alerts.value()) {
        QVERIFY2(a.place != OverviewAlert::Place::Fees && a.place != OverviewAlert::Place::Reports
                     && a.place != OverviewAlert::Place::Arrears && a.place != OverviewAlert::Place::Staff,
                 qPrintable(a.text));
        QVERIFY2(a.classId == 0 || a.classId == m_young, qPrintable(a.text));
    }
}

void TestOverview::collectedIsTheMonthsCash()
{
    PaymentRequest november;
    november.childId = m_jia;
    november.firstMonth = Month(2026, 11);
    november.amountPerMonth = Money::fromYuan(500);
    november.paidOn = QDate(2026, 11, 20);
    november.payer = u"李明"_s;
    PaymentRequest prepaid = november;
    prepaid.childId = m_bing;
    prepaid.months = 2;
    prepaid.paidOn = QDate(2026, 11, 25);
    PaymentRequest october = november;
    october.childId = m_yi;
    october.firstMonth = Month(2026, 10);
    october.paidOn = QDate(2026, 10, 30);
    for (const PaymentRequest& r : {november, prepaid, october})
        QVERIFY(PaymentRepository(*m_t->db).record(r));
    const Result<OverviewFigures> figures = OverviewFigures::load(*m_t->db, m_today);
    QVERIFY2(figures, qPrintable(figures.error()));
    // 500 for November and 2 × 500 paid ahead in November; the October payment belongs to October.
    QCOMPARE(figures->collected, Money::fromYuan(1500));
}

void TestOverview::trendsCoverTwelveMonths()
{
    const Result<OverviewScope> scope = OverviewScope::of(*m_t->db);
    QVERIFY(scope);
    const Result<QList<MonthTrend>> trends = MonthTrends::load(*m_t->db, scope.value(), Month(2026, 11));
    QVERIFY2(trends, qPrintable(trends.error()));
    QCOMPARE(trends->size(), 12);
    QCOMPARE(trends->first().month, Month(2025, 12));
    QCOMPARE(trends->last().month, Month(2026, 11));
    QCOMPARE(trends->last().attendance, (Ratio {55, 57}));
    // Before anyone came there is nothing to divide, and a month without a single record has no rate.
    QCOMPARE(trends->first().attendance, (Ratio {0, 0}));
    QCOMPARE(trends->at(10).month, Month(2026, 10));
    QCOMPARE(trends->at(10).attendance, (Ratio {0, 0}));
    // September: 甲's one day present among the three children's expected days.
    QCOMPARE(trends->at(9).attendance.numerator, 1);
    QVERIFY(trends->at(9).attendance.denominator > 3);
    QCOMPARE(trends->last().collected, Money());
}

void TestOverview::alerts_data()
{
    QTest::addColumn<OverviewAlert::Kind>("kind");
    QTest::addColumn<int>("count");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("place");

    QTest::newRow("乙's sick day is followed up")
        << OverviewAlert::Kind::SickFollowUps << 1 << u"1 illness absence(s) to follow up: 乙"_s
        << int(OverviewAlert::Place::FollowUps);
    // Today's sheet is still being filled: 丙's empty 26th is no gap yet.
    QTest::newRow("no gap before today") << OverviewAlert::Kind::AttendanceGaps << 0 << QString()
                                         << int(OverviewAlert::Place::MonthGrid);
    QTest::newRow("autumn not closed") << OverviewAlert::Kind::MonthNotClosed << 1
                                       << u"2 month(s) not closed yet: 2026-09 and 2026-10"_s
                                       << int(OverviewAlert::Place::Fees);
    QTest::newRow("no outbreak from one sick child")
        << OverviewAlert::Kind::Outbreak << 0 << QString() << int(OverviewAlert::Place::DailySheet);
    QTest::newRow("classes within their places")
        << OverviewAlert::Kind::OverCapacity << 0 << QString() << int(OverviewAlert::Place::Classes);
}

void TestOverview::alerts()
{
    QFETCH(OverviewAlert::Kind, kind);
    QFETCH(int, count);
    QFETCH(QString, text);
    QFETCH(int, place);
    const QList<OverviewAlert> found = alertsOf(kind);
    QCOMPARE(found.size(), count);
    if (count == 0)
        return;
    QCOMPARE(found.first().text, text);
    QCOMPARE(int(found.first().place), place);
}

void TestOverview::ageingOutWithinThirtyDays_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QString>("text");
    // 托小班 takes children from 12 to under 24 months; the notice runs to 26 December, 30 days on.
    QTest::newRow("two on 20 December") << QDate(2024, 12, 20)
                                        << u"丁 of 小一班 outgrows the class on 2026-12-20: plan the move"_s;
    QTest::newRow("two on the 30th day") << QDate(2024, 12, 26)
                                         << u"丁 of 小一班 outgrows the class on 2026-12-26: plan the move"_s;
    QTest::newRow("two on the 31st day") << QDate(2024, 12, 27) << QString();
}

void TestOverview::ageingOutWithinThirtyDays()
{
    QFETCH(QDate, birth);
    QFETCH(QString, text);
    QVERIFY(enrol(u"丁"_s, m_young, birth));
    const QList<OverviewAlert> found = alertsOf(OverviewAlert::Kind::AgeingOut);
    // 甲 and 乙 are 20 and 22 months: more than 30 days from two.
    QCOMPARE(found.size(), text.isEmpty() ? 0 : 1);
    if (text.isEmpty())
        return;
    QCOMPARE(found.first().text, text);
    QCOMPARE(found.first().classId, m_young);
    QCOMPARE(found.first().place, OverviewAlert::Place::Children);
}

void TestOverview::closedMonthsWaitForTheirReport()
{
    // A gap on a care day before today is a gap: 丙 has no record on the 25th any more.
    QSqlQuery remove(m_t->db->connection());
    QVERIFY(remove.exec(u"DELETE FROM attendance WHERE day = '2026-11-25' AND child_id = %1"_s.arg(m_bing)));
    QList<OverviewAlert> gaps = alertsOf(OverviewAlert::Kind::AttendanceGaps);
    QCOMPARE(gaps.size(), 1);
    QCOMPARE(gaps.first().text, u"大一班: 1 child-day(s) without attendance this month"_s);
    QCOMPARE(gaps.first().classId, m_older);
    QCOMPARE(gaps.first().month, Month(2026, 11));

    QVERIFY(closeAutumn());
    QVERIFY(alertsOf(OverviewAlert::Kind::MonthNotClosed).isEmpty());
    const QList<OverviewAlert> unreported = alertsOf(OverviewAlert::Kind::MonthNotReported);
    QCOMPARE(unreported.size(), 1);
    QCOMPARE(unreported.first().text, u"2 closed month(s) not reported to the county: 2026-09 and 2026-10"_s);
    QCOMPARE(unreported.first().month, Month(2026, 9));
    QCOMPARE(unreported.first().place, OverviewAlert::Place::Reports);
}

void TestOverview::oldArrearsAfterAMonth_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<Month>("lastOld");
    // A month's bills are old a month after its last day: September's from 31 October, October's from 1 December.
    QTest::newRow("30 October") << QDate(2026, 10, 30) << Month();
    QTest::newRow("31 October") << QDate(2026, 10, 31) << Month(2026, 9);
    QTest::newRow("30 November") << QDate(2026, 11, 30) << Month(2026, 9);
    QTest::newRow("1 December") << QDate(2026, 12, 1) << Month(2026, 10);
}

void TestOverview::oldArrearsAfterAMonth()
{
    QFETCH(QDate, today);
    QFETCH(Month, lastOld);
    // Nobody has paid for the autumn.
    QVERIFY(closeAutumn());
    Clock::setFixed(QDateTime(today, QTime(10, 0)));
    const Result<QList<OverviewAlert>> all = OverviewAlerts::load(*m_t->db, today);
    QVERIFY2(all, qPrintable(all.error()));
    QList<OverviewAlert> old;
    for (const OverviewAlert& a : all.value())
        if (a.kind == OverviewAlert::Kind::OldArrears)
            old << a;
    if (!lastOld.isValid()) {
        QVERIFY(old.isEmpty());
        return;
    }
    const Result<ArrearsList> arrears = Arrears::compute(*m_t->db);
    QVERIFY(arrears);
    int bills = 0;
    Money owed;
    for (const ArrearsRow& row : arrears->rows)
        if (row.month <= lastOld) {
            ++bills;
            owed += row.outstanding();
        }
    QVERIFY(bills > 0);
    QCOMPARE(old.size(), 1);
    QCOMPARE(old.first().text,
             u"%1 bill(s) unpaid for more than a month: %2 in all"_s.arg(bills).arg(owed.toStringWithSymbol()));
    QCOMPARE(old.first().month, Month(2026, 9));
    QCOMPARE(old.first().place, OverviewAlert::Place::Arrears);
}

QTEST_GUILESS_MAIN(TestOverview)
#include "tst_overview.moc"
