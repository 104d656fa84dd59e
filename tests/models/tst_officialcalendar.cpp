#include "common/OfficialCalendar.h"

#include <QTest>

using namespace Qt::StringLiterals;

using Range = OfficialCalendar::DateRange;

namespace {

// A calendar document holding the given JSON list of years.
QByteArray calendarFile(const QByteArray& years)
{
    return R"({"format": "daycaredesk.calendar", "version": 1, "years": )" + years + "}";
}

// A calendar document with one year, its holidays and workdays given as JSON text.
QByteArray oneYear(const QByteArray& year, const QByteArray& holidays, const QByteArray& workdays)
{
    return calendarFile(R"([{"year": )" + year + R"(, "basis": "test", "holidays": )" + holidays + R"(, "workdays": )"
                        + workdays + "}]");
}

} // namespace

class TestOfficialCalendar : public QObject
{
    Q_OBJECT

private slots:
    void bundledHasTheShippedYears();
    void bundledDays_data();
    void bundledDays();
    void malformedJson_data();
    void malformedJson();
    void setYearRefuses_data();
    void setYearRefuses();
    void setYearReplacesAYear();
    void noticeMayReachIntoTheNeighbouringYear();
    void jsonRoundTrip();
    void mergeTakesTheOtherYears();
};

void TestOfficialCalendar::bundledHasTheShippedYears()
{
    const OfficialCalendar& calendar = OfficialCalendar::bundled();
    QCOMPARE(calendar.years(), (QList<int> {2025, 2026}));
    QVERIFY(calendar.hasYear(2026));
    QVERIFY(!calendar.hasYear(2027));
    QVERIFY(calendar.arrangement(2026)->basis.contains(u"2026"_s));
    QCOMPARE(calendar.arrangement(2026)->holidays.size(), 7);
    QCOMPARE(calendar.arrangement(2026)->workdays.size(), 6);
    QVERIFY(!calendar.arrangement(2027));
    QCOMPARE(&OfficialCalendar::bundled(), &calendar);
}

void TestOfficialCalendar::bundledDays_data()
{
    QTest::addColumn<QDate>("date");
    QTest::addColumn<bool>("holiday");
    QTest::addColumn<bool>("makeUpWorkday");

    QTest::newRow("first day of a range") << QDate(2025, 1, 28) << true << false;
    QTest::newRow("inside a range across months") << QDate(2025, 2, 1) << true << false;
    QTest::newRow("last day of a range") << QDate(2025, 2, 4) << true << false;
    QTest::newRow("day after a range") << QDate(2025, 2, 5) << false << false;
    QTest::newRow("make-up working day") << QDate(2025, 2, 8) << false << true;
    QTest::newRow("Dragon Boat 2026") << QDate(2026, 6, 19) << true << false;
    QTest::newRow("ordinary weekday") << QDate(2026, 6, 23) << false << false;
    QTest::newRow("year without data") << QDate(2027, 1, 1) << false << false;
    QTest::newRow("invalid date") << QDate() << false << false;
}

void TestOfficialCalendar::bundledDays()
{
    QFETCH(QDate, date);
    QFETCH(bool, holiday);
    QFETCH(bool, makeUpWorkday);

    QCOMPARE(OfficialCalendar::bundled().isHoliday(date), holiday);
    QCOMPARE(OfficialCalendar::bundled().isMakeUpWorkday(date), makeUpWorkday);
}

void TestOfficialCalendar::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("{\"format\": ") << u"not valid JSON"_s;
    QTest::newRow("wrong format") << QByteArray(R"({"format": "daycaredesk.policy-defaults", "version": 1})")
                                  << u"not a DaycareDesk holiday calendar"_s;
    QTest::newRow("newer version") << QByteArray(R"({"format": "daycaredesk.calendar", "version": 2, "years": []})")
                                   << u"format version 2"_s;
    QTest::newRow("no years") << QByteArray(R"({"format": "daycaredesk.calendar", "version": 1})")
                              << u"no list of \"years\""_s;
    QTest::newRow("year missing") << calendarFile(R"([{"holidays": []}])")
                                  << u"Entry 1 of the calendar's years has no valid \"year\""_s;
    QTest::newRow("year twice") << calendarFile(R"([{"year": 2026, "holidays": [], "workdays": []},
                                                    {"year": 2026, "holidays": [], "workdays": []}])")
                                << u"Year 2026 appears twice"_s;
    QTest::newRow("holidays not a list") << oneYear("2026", "{}", "[]") << u"Year 2026: \"holidays\" must be a list"_s;
    QTest::newRow("holiday not a pair") << oneYear("2026", R"([["2026-01-01", "2026-01-03"], ["2026-02-15"]])", "[]")
                                        << u"Year 2026, holiday 2: expected a pair of dates"_s;
    QTest::newRow("holiday date malformed") << oneYear("2026", R"([["2026-1-1", "2026-01-03"]])", "[]")
                                            << u"Year 2026, holiday 1: \"2026-1-1\" is not a date"_s;
    QTest::newRow("holiday date impossible") << oneYear("2026", R"([["2026-02-15", "2026-02-30"]])", "[]")
                                             << u"Year 2026, holiday 1: \"2026-02-30\" is not a date"_s;
    QTest::newRow("holiday reversed") << oneYear("2026", R"([["2026-02-23", "2026-02-15"]])", "[]")
                                      << u"Year 2026, holiday 1 (2026-02-23 to 2026-02-15): the last day is before"_s;
    QTest::newRow("holiday in another year")
        << oneYear("2026", R"([["2025-10-01", "2025-10-07"]])", "[]") << u"outside the year 2026"_s;
    QTest::newRow("holiday too long") << oneYear("2026", R"([["2026-02-15", "2026-12-23"]])", "[]")
                                      << u"longer than 31 days"_s;
    QTest::newRow("workdays not a list") << oneYear("2026", "[]", "\"2026-01-04\"")
                                         << u"Year 2026: \"workdays\" must be a list of dates"_s;
    QTest::newRow("workday not text") << oneYear("2026", "[]", "[20260104]")
                                      << u"Year 2026, make-up working day 1: \"20260104\" is not a date"_s;
    QTest::newRow("workday on a weekday") << oneYear("2026", "[]", R"(["2026-01-04", "2026-01-05"])")
                                          << u"Year 2026, make-up working day 2 (2026-01-05): a make-up working day is "
                                             "always a Saturday or a Sunday"_s;
    QTest::newRow("workday in a holiday") << oneYear("2026", R"([["2026-02-14", "2026-02-23"]])", R"(["2026-02-14"])")
                                          << u"working day 1 (2026-02-14): the day is also inside a holiday"_s;
    QTest::newRow("basis not text") << calendarFile(R"([{"year": 2026, "holidays": [], "workdays": [], "basis": 7}])")
                                    << u"Year 2026: \"basis\" must be text"_s;
}

void TestOfficialCalendar::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const Result<OfficialCalendar> parsed = OfficialCalendar::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

void TestOfficialCalendar::setYearRefuses_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QList<Range>>("holidays");
    QTest::addColumn<QList<QDate>>("workdays");
    QTest::addColumn<QString>("message");

    QTest::newRow("year zero") << 0 << QList<Range> {} << QList<QDate> {} << u"0 is not a valid year"_s;
    QTest::newRow("open holiday") << 2027 << QList<Range> {{QDate(2027, 2, 6), QDate()}} << QList<QDate> {}
                                  << u"Year 2027, holiday 1: both the first and the last day are needed"_s;
    QTest::newRow("missing workday") << 2027 << QList<Range> {} << QList<QDate> {QDate()}
                                     << u"Year 2027, make-up working day 1: the date is missing"_s;
    QTest::newRow("workday two years away")
        << 2027 << QList<Range> {} << QList<QDate> {QDate(2025, 12, 6)} << u"the date is outside the year 2027"_s;
}

void TestOfficialCalendar::setYearRefuses()
{
    QFETCH(int, year);
    QFETCH(QList<Range>, holidays);
    QFETCH(QList<QDate>, workdays);
    QFETCH(QString, message);

    OfficialCalendar calendar;
    const Status status = calendar.setYear(year, holidays, workdays, u"test"_s);
    QVERIFY(!status.ok());
    QVERIFY2(status.error().contains(message), qPrintable(status.error()));
    QVERIFY(calendar.years().isEmpty());
}

void TestOfficialCalendar::setYearReplacesAYear()
{
    OfficialCalendar calendar = OfficialCalendar::bundled();
    QVERIFY(calendar.isHoliday(QDate(2026, 10, 7)));
    QVERIFY(calendar.setYear(2026, {{QDate(2026, 10, 1), QDate(2026, 10, 3)}}, {}, u"corrected"_s));
    QVERIFY(!calendar.isHoliday(QDate(2026, 10, 7)));
    QVERIFY(!calendar.isMakeUpWorkday(QDate(2026, 10, 10)));
    QCOMPARE(calendar.arrangement(2026)->basis, u"corrected"_s);
    // The copy changed, not the bundled calendar.
    QVERIFY(OfficialCalendar::bundled().isHoliday(QDate(2026, 10, 7)));
}

void TestOfficialCalendar::noticeMayReachIntoTheNeighbouringYear()
{
    // The 2012 notice: New Year 2012-01-01..03, with Saturday 2011-12-31 worked.
    OfficialCalendar calendar;
    QVERIFY(calendar.setYear(2012, {{QDate(2012, 1, 1), QDate(2012, 1, 3)}}, {QDate(2011, 12, 31)}, {}));
    QVERIFY(calendar.isMakeUpWorkday(QDate(2011, 12, 31)));
    QVERIFY(!calendar.hasYear(2011));
    // The year's own notice decides its own days.
    QVERIFY(calendar.setYear(2011, {{QDate(2011, 12, 31), QDate(2011, 12, 31)}}, {}, {}));
    QVERIFY(calendar.isHoliday(QDate(2011, 12, 31)));
    QVERIFY(!calendar.isMakeUpWorkday(QDate(2011, 12, 31)));
}

void TestOfficialCalendar::jsonRoundTrip()
{
    const OfficialCalendar& bundled = OfficialCalendar::bundled();
    const Result<OfficialCalendar> reread = OfficialCalendar::fromJson(bundled.toJson({2026, 2030}));
    QVERIFY2(reread.ok(), qPrintable(reread.error()));
    QCOMPARE(reread->years(), QList<int> {2026});
    QCOMPARE(reread->arrangement(2026)->holidays, bundled.arrangement(2026)->holidays);
    QCOMPARE(reread->arrangement(2026)->workdays, bundled.arrangement(2026)->workdays);
    QCOMPARE(reread->arrangement(2026)->basis, bundled.arrangement(2026)->basis);
}

void TestOfficialCalendar::mergeTakesTheOtherYears()
{
    OfficialCalendar added;
    QVERIFY(added.setYear(2027, {{QDate(2027, 1, 1), QDate(2027, 1, 3)}}, {}, u"2027 notice"_s));
    QVERIFY(added.setYear(2026, {}, {}, u"replaced"_s));

    OfficialCalendar calendar = OfficialCalendar::bundled();
    calendar.merge(added);
    QCOMPARE(calendar.years(), (QList<int> {2025, 2026, 2027}));
    QVERIFY(calendar.isHoliday(QDate(2027, 1, 1)));
    QVERIFY(!calendar.isHoliday(QDate(2026, 1, 1)));
    QVERIFY(calendar.isHoliday(QDate(2025, 1, 1)));
}

QTEST_GUILESS_MAIN(TestOfficialCalendar)
#include "tst_officialcalendar.moc"
