#include "common/CareCalendar.h"

#include <QTest>
#include <algorithm>

using namespace Qt::StringLiterals;

using DayKind = CareCalendar::DayKind;

class TestCareCalendar : public QObject
{
    Q_OBJECT

private slots:
    void monthlyCareDays_data();
    void monthlyCareDays();
    void dayKinds_data();
    void dayKinds();
    void closures_data();
    void closures();
    void rangeCounts_data();
    void rangeCounts();
    void careDaysListTheCountedDays();
    void yearWithoutOfficialDataFallsBackToWeekdays_data();
    void yearWithoutOfficialDataFallsBackToWeekdays();
    void addedYearReplacesTheFallback();
};

void TestCareCalendar::monthlyCareDays_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<int>>("counts");

    // Counted by hand from the State Council notices, then checked against resources/calendar/cn-official.json.
    QTest::newRow("2025") << 2025 << QList<int> {19, 19, 21, 22, 19, 20, 23, 21, 23, 18, 20, 23};
    QTest::newRow("2026") << 2026 << QList<int> {21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23};
}

void TestCareCalendar::monthlyCareDays()
{
    QFETCH(int, year);
    QFETCH(QList<int>, counts);

    const CareCalendar calendar(OfficialCalendar::bundled());
    QVERIFY(calendar.hasOfficialData(year));
    QVERIFY(calendar.fallbackNotice(year).isEmpty());
    for (int month = 1; month <= 12; ++month) {
        const QByteArray where = Month(year, month).toString().toUtf8();
        QVERIFY2(calendar.careDayCount(Month(year, month)) == counts.at(month - 1), where.constData());
    }
}

void TestCareCalendar::dayKinds_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<DayKind>("kind");
    QTest::addColumn<bool>("careDay");

    QTest::newRow("ordinary Monday") << QDate(2026, 3, 2) << DayKind::CareDay << true;
    QTest::newRow("ordinary Saturday") << QDate(2026, 3, 7) << DayKind::Weekend << false;
    QTest::newRow("ordinary Sunday") << QDate(2026, 3, 8) << DayKind::Weekend << false;
    QTest::newRow("New Year's Day, Thursday") << QDate(2026, 1, 1) << DayKind::Holiday << false;
    QTest::newRow("Spring Festival weekday") << QDate(2026, 2, 18) << DayKind::Holiday << false;
    QTest::newRow("Spring Festival Sunday") << QDate(2026, 2, 15) << DayKind::Holiday << false;
    QTest::newRow("make-up Saturday 2026-02-14") << QDate(2026, 2, 14) << DayKind::MakeUpWorkday << true;
    QTest::newRow("make-up Sunday 2026-01-04") << QDate(2026, 1, 4) << DayKind::MakeUpWorkday << true;
    QTest::newRow("make-up Saturday 2025-10-11") << QDate(2025, 10, 11) << DayKind::MakeUpWorkday << true;
    QTest::newRow("National Day 2025, Wednesday") << QDate(2025, 10, 8) << DayKind::Holiday << false;
    QTest::newRow("weekday after National Day 2025") << QDate(2025, 10, 9) << DayKind::CareDay << true;
    QTest::newRow("invalid date") << QDate() << DayKind::Weekend << false;
}

void TestCareCalendar::dayKinds()
{
    QFETCH(QDate, date);
    QFETCH(DayKind, kind);
    QFETCH(bool, careDay);

    const CareCalendar calendar(OfficialCalendar::bundled());
    QCOMPARE(calendar.kind(date), kind);
    QCOMPARE(calendar.isCareDay(date), careDay);
}

void TestCareCalendar::closures_data()
{
    QTest::addColumn<QDate>("closure");
    QTest::addColumn<DayKind>("kind");
    QTest::addColumn<int>("march2026Count");

    // March 2026 has 22 care days without closures.
    QTest::newRow("weekday closure reduces the count") << QDate(2026, 3, 11) << DayKind::Closure << 21;
    QTest::newRow("weekend closure changes nothing") << QDate(2026, 3, 14) << DayKind::Weekend << 22;
    QTest::newRow("closure in another month changes nothing") << QDate(2026, 4, 8) << DayKind::Closure << 22;
}

void TestCareCalendar::closures()
{
    QFETCH(QDate, closure);
    QFETCH(DayKind, kind);
    QFETCH(int, march2026Count);

    const CareCalendar calendar(OfficialCalendar::bundled(), {{closure, u"Staff training"_s}});
    QCOMPARE(calendar.kind(closure), kind);
    QVERIFY(!calendar.isCareDay(closure));
    QCOMPARE(calendar.careDayCount(Month(2026, 3)), march2026Count);
    QCOMPARE(calendar.closures().value(closure), u"Staff training"_s);
}

void TestCareCalendar::rangeCounts_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<QDate>("last");
    QTest::addColumn<int>("count");

    QTest::newRow("whole month equals the month count") << QDate(2026, 2, 1) << QDate(2026, 2, 28) << 16;
    QTest::newRow("enrolled from the 16th") << QDate(2026, 3, 16) << QDate(2026, 3, 31) << 12;
    QTest::newRow("withdrawn after the 10th") << QDate(2026, 3, 1) << QDate(2026, 3, 10) << 7;
    QTest::newRow("single care day") << QDate(2026, 3, 2) << QDate(2026, 3, 2) << 1;
    QTest::newRow("single Saturday") << QDate(2026, 3, 7) << QDate(2026, 3, 7) << 0;
    QTest::newRow("across Spring Festival with make-up days") << QDate(2026, 2, 14) << QDate(2026, 2, 28) << 6;
    QTest::newRow("across the year end") << QDate(2025, 12, 29) << QDate(2026, 1, 4) << 4;
    QTest::newRow("last before first") << QDate(2026, 3, 10) << QDate(2026, 3, 1) << 0;
    QTest::newRow("invalid first") << QDate() << QDate(2026, 3, 1) << 0;
}

void TestCareCalendar::rangeCounts()
{
    QFETCH(QDate, first);
    QFETCH(QDate, last);
    QFETCH(int, count);

    const CareCalendar calendar(OfficialCalendar::bundled());
    QCOMPARE(calendar.careDayCount(first, last), count);
}

void TestCareCalendar::careDaysListTheCountedDays()
{
    const CareCalendar calendar(OfficialCalendar::bundled(), {{QDate(2026, 2, 10), u"Heating repair"_s}});
    const QList<QDate> days = calendar.careDays(Month(2026, 2));
    QCOMPARE(days.size(), calendar.careDayCount(Month(2026, 2)));
    QCOMPARE(days.size(), 15);
    QVERIFY(days.contains(QDate(2026, 2, 14)));
    QVERIFY(days.contains(QDate(2026, 2, 28)));
    QVERIFY(!days.contains(QDate(2026, 2, 10)));
    QVERIFY(!days.contains(QDate(2026, 2, 16)));
    QVERIFY(std::is_sorted(days.cbegin(), days.cend()));
    QVERIFY(calendar.careDays(Month()).isEmpty());
}

void TestCareCalendar::yearWithoutOfficialDataFallsBackToWeekdays_data()
{
    QTest::addColumn<Month>("month");
    QTest::addColumn<int>("count");

    // Monday to Friday only: the real 2027 counts will be lower once the notice adds the holidays.
    QTest::newRow("2027-01") << Month(2027, 1) << 21;
    QTest::newRow("2027-02") << Month(2027, 2) << 20;
    QTest::newRow("2027-10") << Month(2027, 10) << 21;
}

void TestCareCalendar::yearWithoutOfficialDataFallsBackToWeekdays()
{
    QFETCH(Month, month);
    QFETCH(int, count);

    const CareCalendar calendar(OfficialCalendar::bundled());
    QVERIFY(!calendar.hasOfficialData(2027));
    QCOMPARE(calendar.careDayCount(month), count);
    QCOMPARE(calendar.kind(QDate(2027, 10, 1)), DayKind::CareDay);

    const QString notice = calendar.fallbackNotice(2027);
    QVERIFY(!notice.isEmpty());
    QVERIFY2(notice.contains(u"2027"_s), qPrintable(notice));
    QVERIFY2(notice.contains(u"Monday to Friday"_s), qPrintable(notice));
}

void TestCareCalendar::addedYearReplacesTheFallback()
{
    OfficialCalendar official = OfficialCalendar::bundled();
    using Range = OfficialCalendar::DateRange;
    // A made-up 2027 arrangement, enough to see it take effect.
    QVERIFY(official.setYear(2027, {Range {QDate(2027, 10, 1), QDate(2027, 10, 7)}}, {QDate(2027, 10, 9)},
                             u"test notice"_s));

    const CareCalendar calendar(official);
    QVERIFY(calendar.hasOfficialData(2027));
    QVERIFY(calendar.fallbackNotice(2027).isEmpty());
    QCOMPARE(calendar.kind(QDate(2027, 10, 1)), DayKind::Holiday);
    QCOMPARE(calendar.kind(QDate(2027, 10, 9)), DayKind::MakeUpWorkday);
    QCOMPARE(calendar.careDayCount(Month(2027, 10)), 21 - 5 + 1);
}

QTEST_GUILESS_MAIN(TestCareCalendar)
#include "tst_carecalendar.moc"
