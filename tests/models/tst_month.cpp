#include "Rejection.h"
#include "common/Month.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

// Bills, claims and reports are keyed by Month, and class placement by age in completed months, so the calendar
// edges (year ends, short months, leap days) each have a row.
class TestMonth : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void construction_data();
    void construction();
    void toString_data();
    void toString();
    void days_data();
    void days();
    void contains_data();
    void contains();
    void addMonths_data();
    void addMonths();
    void monthsTo_data();
    void monthsTo();
    void ordering();
    void ageInCompletedMonths_data();
    void ageInCompletedMonths();
};

void TestMonth::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");

    QTest::newRow("march") << u"2026-03"_s << 2026 << 3;
    QTest::newRow("january") << u"2026-01"_s << 2026 << 1;
    QTest::newRow("december") << u"2025-12"_s << 2025 << 12;
    QTest::newRow("surrounding spaces") << u" 2026-03 "_s << 2026 << 3;
    QTest::newRow("first year") << u"0001-01"_s << 1 << 1;
    QTest::newRow("last year") << u"9999-12"_s << 9999 << 12;
}

void TestMonth::parse()
{
    QFETCH(QString, text);
    QFETCH(int, year);
    QFETCH(int, month);

    const auto result = Month::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->year(), year);
    QCOMPARE(result->month(), month);
    QVERIFY(result->isValid());
}

void TestMonth::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    // A phrase of the English message, so that each kind of mistake is shown to have its own explanation.
    QTest::addColumn<QString>("reason");

    const QString empty = u"Enter a month"_s;
    const QString shape = u"write it as YYYY-MM"_s;
    const QString separator = u"separate the year and the month"_s;
    const QString yearDigits = u"year must have four digits"_s;
    const QString monthDigits = u"month must have two digits"_s;
    const QString range = u"from 01 to 12"_s;
    const QString yearZero = u"no year 0000"_s;

    QTest::newRow("empty") << QString() << empty;
    QTest::newRow("only spaces") << u"  "_s << empty;
    QTest::newRow("words") << u"March"_s << shape;
    QTest::newRow("letters for digits") << u"abcd-ef"_s << shape;
    QTest::newRow("a date") << u"2026-03-01"_s << shape;
    QTest::newRow("letters for month") << u"2026-ab"_s << shape;
    QTest::newRow("space inside") << u"2026- 03"_s << shape;
    QTest::newRow("slash") << u"2026/03"_s << separator;
    QTest::newRow("dot") << u"2026.03"_s << separator;
    QTest::newRow("chinese") << u"2026年03月"_s << separator;
    QTest::newRow("no separator") << u"202603"_s << separator;
    QTest::newRow("full-width digits") << u"２０２６-03"_s << shape;
    QTest::newRow("two-digit year") << u"26-03"_s << yearDigits;
    QTest::newRow("five-digit year") << u"20260-03"_s << yearDigits;
    QTest::newRow("no year") << u"-03"_s << shape;
    QTest::newRow("one-digit month") << u"2026-3"_s << monthDigits;
    QTest::newRow("three-digit month") << u"2026-003"_s << monthDigits;
    QTest::newRow("no month") << u"2026-"_s << monthDigits;
    QTest::newRow("month thirteen") << u"2026-13"_s << range;
    QTest::newRow("month zero") << u"2026-00"_s << range;
    QTest::newRow("year zero") << u"0000-01"_s << yearZero;
}

void TestMonth::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    verifyRejected(Month::parse(text), text, reason);
}

void TestMonth::construction_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<bool>("valid");

    QTest::newRow("ordinary") << 2026 << 3 << true;
    QTest::newRow("month zero") << 2026 << 0 << false;
    QTest::newRow("month thirteen") << 2026 << 13 << false;
    QTest::newRow("year zero") << 0 << 1 << false;
    QTest::newRow("negative year") << -1 << 1 << false;
    QTest::newRow("five-digit year") << 10000 << 1 << false;
}

void TestMonth::construction()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(bool, valid);

    const Month m(year, month);
    QCOMPARE(m.isValid(), valid);
    QCOMPARE(m.year(), valid ? year : 0);
    QCOMPARE(m.month(), valid ? month : 0);
    QVERIFY(!Month().isValid());
}

void TestMonth::toString_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QString>("text");

    QTest::newRow("month padded") << 2026 << 3 << u"2026-03"_s;
    QTest::newRow("two-digit month") << 2026 << 11 << u"2026-11"_s;
    QTest::newRow("year padded") << 987 << 1 << u"0987-01"_s;
    QTest::newRow("invalid is empty") << 2026 << 13 << QString();
}

void TestMonth::toString()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QString, text);

    const Month m(year, month);
    QCOMPARE(m.toString(), text);
    if (m.isValid())
        QCOMPARE(Month::parse(text).value(), m);
}

void TestMonth::days_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<QDate>("firstDay");
    QTest::addColumn<QDate>("lastDay");
    QTest::addColumn<int>("days");

    QTest::newRow("january") << 2026 << 1 << QDate(2026, 1, 1) << QDate(2026, 1, 31) << 31;
    QTest::newRow("april") << 2026 << 4 << QDate(2026, 4, 1) << QDate(2026, 4, 30) << 30;
    QTest::newRow("december") << 2026 << 12 << QDate(2026, 12, 1) << QDate(2026, 12, 31) << 31;
    QTest::newRow("february") << 2026 << 2 << QDate(2026, 2, 1) << QDate(2026, 2, 28) << 28;
    QTest::newRow("february leap") << 2028 << 2 << QDate(2028, 2, 1) << QDate(2028, 2, 29) << 29;
    QTest::newRow("february century") << 1900 << 2 << QDate(1900, 2, 1) << QDate(1900, 2, 28) << 28;
    QTest::newRow("february 400 years") << 2000 << 2 << QDate(2000, 2, 1) << QDate(2000, 2, 29) << 29;
}

void TestMonth::days()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(QDate, firstDay);
    QFETCH(QDate, lastDay);
    QFETCH(int, days);

    const Month m(year, month);
    QCOMPARE(m.firstDay(), firstDay);
    QCOMPARE(m.lastDay(), lastDay);
    QCOMPARE(m.daysInMonth(), days);
    QVERIFY(!Month().lastDay().isValid());
}

void TestMonth::contains_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("contained");

    QTest::newRow("first day") << QDate(2026, 3, 1) << true;
    QTest::newRow("last day") << QDate(2026, 3, 31) << true;
    QTest::newRow("day before") << QDate(2026, 2, 28) << false;
    QTest::newRow("day after") << QDate(2026, 4, 1) << false;
    QTest::newRow("same month a year later") << QDate(2027, 3, 15) << false;
    QTest::newRow("invalid date") << QDate() << false;
}

void TestMonth::contains()
{
    QFETCH(QDate, date);
    QFETCH(bool, contained);

    const Month march(2026, 3);
    QCOMPARE(march.contains(date), contained);
    if (date.isValid())
        QCOMPARE(Month::of(date) == march, contained);
}

void TestMonth::addMonths_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("expectedYear");
    QTest::addColumn<int>("expectedMonth");

    QTest::newRow("none") << 2026 << 3 << 0 << 2026 << 3;
    QTest::newRow("next") << 2026 << 3 << 1 << 2026 << 4;
    QTest::newRow("previous") << 2026 << 3 << -1 << 2026 << 2;
    QTest::newRow("into next year") << 2026 << 12 << 1 << 2027 << 1;
    QTest::newRow("into previous year") << 2026 << 1 << -1 << 2025 << 12;
    QTest::newRow("a year on") << 2026 << 3 << 12 << 2027 << 3;
    QTest::newRow("a year back") << 2026 << 3 << -12 << 2025 << 3;
    QTest::newRow("several years on") << 2026 << 11 << 38 << 2030 << 1;
    QTest::newRow("several years back") << 2026 << 2 << -26 << 2023 << 12;
    QTest::newRow("before the first year") << 1 << 1 << -1 << 0 << 0;
    QTest::newRow("after the last year") << 9999 << 12 << 1 << 0 << 0;
    QTest::newRow("huge step") << 2026 << 3 << std::numeric_limits<int>::max() << 0 << 0;
}

void TestMonth::addMonths()
{
    QFETCH(int, year);
    QFETCH(int, month);
    QFETCH(int, months);
    QFETCH(int, expectedYear);
    QFETCH(int, expectedMonth);

    const Month result = Month(year, month).addMonths(months);
    QCOMPARE(result.year(), expectedYear);
    QCOMPARE(result.month(), expectedMonth);
    if (months == 1)
        QCOMPARE(Month(year, month).next(), result);
    if (months == -1)
        QCOMPARE(Month(year, month).previous(), result);
    QVERIFY(!Month().addMonths(months).isValid());
}

void TestMonth::monthsTo_data()
{
    QTest::addColumn<int>("fromYear");
    QTest::addColumn<int>("fromMonth");
    QTest::addColumn<int>("toYear");
    QTest::addColumn<int>("toMonth");
    QTest::addColumn<int>("months");

    QTest::newRow("same month") << 2026 << 3 << 2026 << 3 << 0;
    QTest::newRow("later in the year") << 2026 << 3 << 2026 << 9 << 6;
    QTest::newRow("earlier in the year") << 2026 << 9 << 2026 << 3 << -6;
    QTest::newRow("across a year end") << 2025 << 12 << 2026 << 1 << 1;
    QTest::newRow("back across a year end") << 2026 << 1 << 2025 << 12 << -1;
    QTest::newRow("several years") << 2023 << 12 << 2026 << 2 << 26;
}

void TestMonth::monthsTo()
{
    QFETCH(int, fromYear);
    QFETCH(int, fromMonth);
    QFETCH(int, toYear);
    QFETCH(int, toMonth);
    QFETCH(int, months);

    const Month from(fromYear, fromMonth);
    const Month to(toYear, toMonth);
    QCOMPARE(from.monthsTo(to), months);
    QCOMPARE(from.addMonths(months), to);
}

void TestMonth::ordering()
{
    QVERIFY(Month(2025, 12) < Month(2026, 1));
    QVERIFY(Month(2026, 2) < Month(2026, 10));
    QVERIFY(Month(2026, 3) == Month(2026, 3));
    QVERIFY(Month(2027, 1) > Month(2026, 12));
}

void TestMonth::ageInCompletedMonths_data()
{
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<QDate>("at");
    QTest::addColumn<int>("months");

    QTest::newRow("day of birth") << QDate(2025, 5, 10) << QDate(2025, 5, 10) << 0;
    QTest::newRow("day before first monthly birthday") << QDate(2025, 5, 10) << QDate(2025, 6, 9) << 0;
    QTest::newRow("first monthly birthday") << QDate(2025, 5, 10) << QDate(2025, 6, 10) << 1;
    QTest::newRow("after a year end") << QDate(2025, 11, 20) << QDate(2026, 1, 20) << 2;
    QTest::newRow("day before the 3rd birthday") << QDate(2023, 3, 15) << QDate(2026, 3, 14) << 35;
    QTest::newRow("3rd birthday") << QDate(2023, 3, 15) << QDate(2026, 3, 15) << 36;
    QTest::newRow("born 31st, february end") << QDate(2025, 1, 31) << QDate(2025, 2, 28) << 1;
    QTest::newRow("born 31st, day before february end") << QDate(2025, 1, 31) << QDate(2025, 2, 27) << 0;
    QTest::newRow("born 31st, leap february end") << QDate(2024, 1, 31) << QDate(2024, 2, 29) << 1;
    QTest::newRow("born 31st, leap february 28th") << QDate(2024, 1, 31) << QDate(2024, 2, 28) << 0;
    QTest::newRow("born 31st, april 30th") << QDate(2025, 3, 31) << QDate(2025, 4, 30) << 1;
    QTest::newRow("born 31st, march 30th") << QDate(2025, 1, 31) << QDate(2025, 3, 30) << 1;
    QTest::newRow("born 31st, march 31st") << QDate(2025, 1, 31) << QDate(2025, 3, 31) << 2;
    QTest::newRow("born 30th, february end") << QDate(2025, 1, 30) << QDate(2025, 2, 28) << 1;
    QTest::newRow("leap day, next february 28th") << QDate(2024, 2, 29) << QDate(2025, 2, 28) << 12;
    QTest::newRow("leap day, next february 27th") << QDate(2024, 2, 29) << QDate(2025, 2, 27) << 11;
    QTest::newRow("leap day, next march 28th") << QDate(2024, 2, 29) << QDate(2024, 3, 28) << 0;
    QTest::newRow("leap day, next march 29th") << QDate(2024, 2, 29) << QDate(2024, 3, 29) << 1;
    QTest::newRow("leap day, four years on") << QDate(2024, 2, 29) << QDate(2028, 2, 29) << 48;
    QTest::newRow("day before birth") << QDate(2025, 5, 10) << QDate(2025, 5, 9) << -1;
    QTest::newRow("year before birth") << QDate(2025, 5, 10) << QDate(2024, 5, 10) << -1;
    QTest::newRow("invalid birth date") << QDate() << QDate(2025, 5, 10) << -1;
    QTest::newRow("invalid date") << QDate(2025, 5, 10) << QDate() << -1;
}

void TestMonth::ageInCompletedMonths()
{
    QFETCH(QDate, birth);
    QFETCH(QDate, at);
    QFETCH(int, months);

    QCOMPARE(::ageInCompletedMonths(birth, at), months);
}

QTEST_APPLESS_MAIN(TestMonth)
#include "tst_month.moc"
