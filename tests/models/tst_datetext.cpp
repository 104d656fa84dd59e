#include "Rejection.h"
#include "common/DateText.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

// Every refusal of a text that is there repeats the forms that would have been accepted.
void verifyNamesForms(const QString& error, const QString& example)
{
    QVERIFY2(error.contains(example), qPrintable(error));
}

} // namespace

// Imported spreadsheets and forms carry dates written every way Excel and people write them; each accepted form and
// each reason for refusing one has a row.
class TestDateText : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void parseMonth_data();
    void parseMonth();
    void parseMonthRejects_data();
    void parseMonthRejects();
};

void TestDateText::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");

    QTest::addRow("ISO") << u"2026-03-01"_s << QDate(2026, 3, 1);
    QTest::addRow("hyphens, no leading zeros") << u"2026-3-1"_s << QDate(2026, 3, 1);
    QTest::addRow("slashes") << u"2026/3/1"_s << QDate(2026, 3, 1);
    QTest::addRow("slashes, leading zeros") << u"2026/03/01"_s << QDate(2026, 3, 1);
    QTest::addRow("dots") << u"2026.3.1"_s << QDate(2026, 3, 1);
    QTest::addRow("dots, leading zeros") << u"2026.03.01"_s << QDate(2026, 3, 1);
    QTest::addRow("Chinese") << u"2026年3月1日"_s << QDate(2026, 3, 1);
    QTest::addRow("Chinese, leading zeros") << u"2026年03月01日"_s << QDate(2026, 3, 1);
    QTest::addRow("eight digits") << u"20260301"_s << QDate(2026, 3, 1);
    QTest::addRow("two-digit month and day") << u"2025-12-31"_s << QDate(2025, 12, 31);
    QTest::addRow("one-digit month, two-digit day") << u"2024/2/29"_s << QDate(2024, 2, 29);
    QTest::addRow("surrounding spaces") << u"  2026-03-01 \t"_s << QDate(2026, 3, 1);
    QTest::addRow("ideographic spaces") << u"\u30002026年3月1日\u3000"_s << QDate(2026, 3, 1);
    QTest::addRow("full-width digits") << u"２０２６－０３－０１"_s << QDate(2026, 3, 1);
    QTest::addRow("full-width slashes") << u"２０２６／３／１"_s << QDate(2026, 3, 1);
    QTest::addRow("leap day, eight digits") << u"20240229"_s << QDate(2024, 2, 29);
    QTest::addRow("leap day in a century divisible by 400") << u"2000-02-29"_s << QDate(2000, 2, 29);
    QTest::addRow("30 April") << u"2026-4-30"_s << QDate(2026, 4, 30);
}

void TestDateText::parse()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);

    const Result<QDate> result = DateText::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), date);
}

void TestDateText::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    // A phrase only this kind of refusal contains.
    QTest::addColumn<QString>("reason");

    const QString noDate = u"No date"_s;
    const QString notADate = u"is not a date: write it as"_s;
    const QString month = u"the month must be from 1 to 12"_s;

    QTest::addRow("empty") << QString() << noDate;
    QTest::addRow("only spaces") << u"  \t "_s << noDate;
    QTest::addRow("30 February") << u"2026-02-30"_s << u"the day must be from 1 to 28 in 2026-02"_s;
    QTest::addRow("29 February, not a leap year") << u"2025-02-29"_s << u"the day must be from 1 to 28 in 2025-02"_s;
    QTest::addRow("29 February 1900, not a leap year")
        << u"1900/2/29"_s << u"the day must be from 1 to 28 in 1900-02"_s;
    QTest::addRow("30 February, leap year") << u"2024年2月30日"_s << u"the day must be from 1 to 29 in 2024-02"_s;
    QTest::addRow("31 April") << u"2026.4.31"_s << u"the day must be from 1 to 30 in 2026-04"_s;
    QTest::addRow("day 32") << u"2026-01-32"_s << u"the day must be from 1 to 31 in 2026-01"_s;
    QTest::addRow("day 0") << u"2026-03-00"_s << u"the day must be from 1 to 31 in 2026-03"_s;
    QTest::addRow("eight digits, 30 February") << u"20260230"_s << u"the day must be from 1 to 28 in 2026-02"_s;
    QTest::addRow("month 13") << u"2026-13-01"_s << month;
    QTest::addRow("month 0") << u"2026/0/1"_s << month;
    QTest::addRow("eight digits, month 13") << u"20261301"_s << month;
    QTest::addRow("mixed separators") << u"2026-3/1"_s << notADate;
    QTest::addRow("day first") << u"1/3/2026"_s << notADate;
    QTest::addRow("two-digit year") << u"26-3-1"_s << notADate;
    QTest::addRow("year 0000") << u"0000-01-01"_s << notADate;
    QTest::addRow("three-digit month") << u"2026-003-01"_s << notADate;
    QTest::addRow("Chinese without 日") << u"2026年3月1"_s << notADate;
    QTest::addRow("month only") << u"2026-03"_s << notADate;
    QTest::addRow("seven digits") << u"2026031"_s << notADate;
    QTest::addRow("nine digits") << u"202603011"_s << notADate;
    QTest::addRow("time of day") << u"2026-03-01 08:00"_s << notADate;
    QTest::addRow("trailing letter") << u"2026-03-01x"_s << notADate;
    QTest::addRow("space inside") << u"2026- 03-01"_s << notADate;
    QTest::addRow("words") << u"yesterday"_s << notADate;
}

void TestDateText::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const Result<QDate> result = DateText::parse(text);
    verifyRejected(result, text, reason);
    verifyNamesForms(result.error(), u"2026-03-01, 2026/3/1, 2026.3.1, 2026年3月1日 or 20260301"_s);
}

void TestDateText::parseMonth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("month");

    QTest::addRow("YYYY-MM") << u"2026-03"_s << u"2026-03"_s;
    QTest::addRow("one-digit month") << u"2026-3"_s << u"2026-03"_s;
    QTest::addRow("slash") << u"2026/3"_s << u"2026-03"_s;
    QTest::addRow("slash, leading zero") << u"2026/03"_s << u"2026-03"_s;
    QTest::addRow("dot") << u"2026.3"_s << u"2026-03"_s;
    QTest::addRow("Chinese") << u"2026年3月"_s << u"2026-03"_s;
    QTest::addRow("Chinese, leading zero") << u"2026年03月"_s << u"2026-03"_s;
    QTest::addRow("December") << u"2025/12"_s << u"2025-12"_s;
    QTest::addRow("surrounding spaces") << u" 2026年3月\t"_s << u"2026-03"_s;
    QTest::addRow("full-width digits") << u"２０２６／３"_s << u"2026-03"_s;
}

void TestDateText::parseMonth()
{
    QFETCH(QString, text);
    QFETCH(QString, month);

    const Result<QString> result = DateText::parseMonth(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result.value(), month);
}

void TestDateText::parseMonthRejects_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");

    const QString notAMonth = u"is not a month: write it as"_s;
    const QString range = u"the month must be from 1 to 12"_s;

    QTest::addRow("empty") << QString() << u"No month"_s;
    QTest::addRow("only spaces") << u"   "_s << u"No month"_s;
    QTest::addRow("month 13") << u"2026-13"_s << range;
    QTest::addRow("month 0") << u"2026/0"_s << range;
    QTest::addRow("Chinese month 13") << u"2026年13月"_s << range;
    QTest::addRow("a whole date") << u"2026-03-01"_s << notAMonth;
    QTest::addRow("Chinese without 月") << u"2026年3"_s << notAMonth;
    QTest::addRow("six digits") << u"202603"_s << notAMonth;
    QTest::addRow("two-digit year") << u"26-3"_s << notAMonth;
    QTest::addRow("month first") << u"3/2026"_s << notAMonth;
    QTest::addRow("trailing separator") << u"2026/3/"_s << notAMonth;
    QTest::addRow("words") << u"March 2026"_s << notAMonth;
}

void TestDateText::parseMonthRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    const Result<QString> result = DateText::parseMonth(text);
    verifyRejected(result, text, reason);
    verifyNamesForms(result.error(), u"2026-03, 2026/3 or 2026年3月"_s);
}

QTEST_APPLESS_MAIN(TestDateText)
#include "tst_datetext.moc"
