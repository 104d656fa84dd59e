#include "AttendanceFixtures.h"
#include "attendance/AttendanceMonth.h"
#include "attendance/AttendanceRepository.h"
#include "roster/ChildRepository.h"
#include "store/CalendarRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The month's attendance counts: expected days from the care calendar, enrolment and the class in force each day;
// records by status, gaps, records outside the counts, hours of hourly care and the 出勤率 text.
class TestAttendanceMonth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void careDaysOfAMonth_data();
    void careDaysOfAMonth();
    void monthInProgressCountsUpToToday();
    void enrolmentAndMoves_data();
    void enrolmentAndMoves();
    void closureAndOutsideRecords();
    void countsAndHours();
    void gapsAreListed();
    void rateText_data();
    void rateText();
    void needsViewRoster();

private:
    // A child enrolled on `from` in `classId`, withdrawn after `lastDay` when that is valid.
    qint64 addChild(const QString& name, qint64 classId, QDate from, CareType careType = CareType::FullDay,
                    QDate lastDay = {});
    void save(qint64 childId, QDate day, AttendanceStatus status, std::optional<int> hours = {});
    AttendanceMonthSummary compute(Month month);
    static const ClassAttendance* classNamed(const AttendanceMonthSummary& s, const QString& name);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
};

void TestAttendanceMonth::init()
{
    m_t = rosterDatabase(m_classA, m_classB);
    // November is over: every care day of it is due.
    Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    QVERIFY(m_t);
}

qint64 TestAttendanceMonth::addChild(const QString& name, qint64 classId, QDate from, CareType careType, QDate lastDay)
{
    ChildRecord c = enrolledGirl();
    c.name = name;
    c.idNumber.clear();
    c.enrolledOn = from;
    ChildRepository children(*m_t->db);
    const Result<qint64> id = children.add(c, Placement {classId, careType, from, {}});
    if (!id) {
        qWarning().noquote() << id.error();
        return 0;
    }
    if (lastDay.isValid()) {
        if (const Status s = children.withdraw(id.value(), lastDay); !s) {
            qWarning().noquote() << s.error();
            return 0;
        }
    }
    return id.value();
}

void TestAttendanceMonth::save(qint64 childId, QDate day, AttendanceStatus status, std::optional<int> hours)
{
    AttendanceRecord r;
    r.childId = childId;
    r.day = day;
    r.status = status;
    r.hours = hours;
    r.symptom = status == AttendanceStatus::Sick ? u"发热"_s : QString();
    const Status s = AttendanceRepository(*m_t->db).save({r});
    QVERIFY2(s.ok(), qPrintable(s.error()));
}

AttendanceMonthSummary TestAttendanceMonth::compute(Month month)
{
    const Result<AttendanceMonthSummary> s = AttendanceMonth::compute(*m_t->db, month);
    if (!s) {
        qWarning().noquote() << s.error();
        return {};
    }
    return s.value();
}

const ClassAttendance* TestAttendanceMonth::classNamed(const AttendanceMonthSummary& s, const QString& name)
{
    for (const ClassAttendance& c : s.classes) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

void TestAttendanceMonth::careDaysOfAMonth_data()
{
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("careDays");
    QTest::addColumn<QString>("rate");
    // 20 weekdays, 6 of them in the Spring Festival (2-16..2-20, 2-23), and the Saturdays 2-14 and 2-28 worked.
    QTest::newRow("2026-02 Spring Festival") << 2 << 16 << u"0 / 16 = 0.0%"_s;
    // 22 weekdays, 5 of them in the National Day holiday (10-1, 10-2, 10-5..10-7), and Saturday 10-10 worked.
    QTest::newRow("2026-10 National Day") << 10 << 18 << u"0 / 18 = 0.0%"_s;
    QTest::newRow("2026-11 no holiday") << 11 << 21 << u"0 / 21 = 0.0%"_s;
}

void TestAttendanceMonth::monthInProgressCountsUpToToday()
{
    // Friday 2026-11-20: 15 care days so far, 6 still to come; leave announced for the 25th is already recorded.
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    const qint64 child = addChild(u"陈一"_s, m_classA, QDate(2026, 9, 1));
    QVERIFY(child);
    save(child, QDate(2026, 11, 2), AttendanceStatus::Present);
    save(child, QDate(2026, 11, 25), AttendanceStatus::Personal);
    const AttendanceMonthSummary s = compute(Month(2026, 11));
    QCOMPARE(s.classes.size(), 1);
    const AttendanceCounts& c = s.classes.first().children.first().counts;
    QCOMPARE(c.expected, 16);
    QCOMPARE(c.present, 1);
    QCOMPARE(c.personal, 1);
    QCOMPARE(c.notRecorded, 14);
    QCOMPARE(c.upcoming, 5);
    QCOMPARE(s.gaps.size(), 14);
    QCOMPARE(s.gaps.last().day, QDate(2026, 11, 20));
    const QList<AttendanceCell>& days = s.classes.first().children.first().days;
    QCOMPARE(days.at(19).kind, AttendanceCell::Kind::Gap); // today
    QCOMPARE(days.at(22).kind, AttendanceCell::Kind::Upcoming); // Monday the 23rd
    QCOMPARE(days.at(24).kind, AttendanceCell::Kind::Recorded);
}

void TestAttendanceMonth::careDaysOfAMonth()
{
    QFETCH(int, month);
    QFETCH(int, careDays);
    QFETCH(QString, rate);
    const qint64 child = addChild(u"陈一"_s, m_classA, QDate(2026, 1, 1));
    QVERIFY(child);
    const AttendanceMonthSummary s = compute(Month(2026, month));
    QCOMPARE(s.classes.size(), 1);
    const ClassAttendance& c = s.classes.first();
    QCOMPARE(c.name, u"小一班"_s);
    QCOMPARE(c.children.size(), 1);
    QCOMPARE(c.children.first().childId, child);
    QCOMPARE(c.children.first().counts.expected, careDays);
    QCOMPARE(c.children.first().counts.notRecorded, careDays);
    QCOMPARE(c.totals.expected, careDays);
    QCOMPARE(c.totals.rate().text(), rate);
    QCOMPARE(s.gaps.size(), careDays);
    QVERIFY(s.outside.isEmpty());
}

void TestAttendanceMonth::enrolmentAndMoves_data()
{
    QTest::addColumn<QDate>("enrolledOn");
    QTest::addColumn<QDate>("lastDay");
    QTest::addColumn<QDate>("movedOn");
    QTest::addColumn<int>("month");
    QTest::addColumn<int>("expectedA");
    QTest::addColumn<int>("expectedB");
    const QDate enrolled(2025, 9, 1);
    // 10-12 to 10-30: three full weeks.
    QTest::newRow("enrolled mid-month") << QDate(2026, 10, 12) << QDate() << QDate() << 10 << 15 << 0;
    // The holiday days before the first day cost nothing: 10-8, 10-9, 10-10 and three weeks.
    QTest::newRow("enrolled in the holiday") << QDate(2026, 10, 3) << QDate() << QDate() << 10 << 18 << 0;
    // The last day is in care: 10-8, 10-9, 10-10, 10-12..10-16.
    QTest::newRow("leaves mid-month") << enrolled << QDate(2026, 10, 16) << QDate() << 10 << 8 << 0;
    // 2-2..2-6, 2-9..2-13 and the make-up Saturday 2-14.
    QTest::newRow("leaves on a make-up day") << enrolled << QDate(2026, 2, 14) << QDate() << 2 << 11 << 0;
    // 8 days in the old class up to 10-16; 10-19..10-30 in the new one.
    QTest::newRow("moves mid-month") << enrolled << QDate() << QDate(2026, 10, 19) << 10 << 8 << 10;
    // Up to the make-up Saturday 2-14 in the old class; 2-24..2-28 (a make-up Saturday) in the new one.
    QTest::newRow("moves after the holiday") << enrolled << QDate() << QDate(2026, 2, 24) << 2 << 11 << 5;
    QTest::newRow("enrolled after the month") << QDate(2026, 11, 2) << QDate() << QDate() << 10 << 0 << 0;
}

void TestAttendanceMonth::enrolmentAndMoves()
{
    QFETCH(QDate, enrolledOn);
    QFETCH(QDate, lastDay);
    QFETCH(QDate, movedOn);
    QFETCH(int, month);
    QFETCH(int, expectedA);
    QFETCH(int, expectedB);
    const qint64 child = addChild(u"陈二"_s, m_classA, enrolledOn, CareType::FullDay, lastDay);
    QVERIFY(child);
    if (movedOn.isValid()) {
        const Status moved = ChildRepository(*m_t->db).changePlacement(child, movedOn, m_classB, {});
        QVERIFY2(moved.ok(), qPrintable(moved.error()));
    }
    const AttendanceMonthSummary s = compute(Month(2026, month));
    const ClassAttendance* a = classNamed(s, u"小一班"_s);
    const ClassAttendance* b = classNamed(s, u"小二班"_s);
    QCOMPARE(a ? a->totals.expected : 0, expectedA);
    QCOMPARE(b ? b->totals.expected : 0, expectedB);
    QCOMPARE(b != nullptr, expectedB > 0);
    QCOMPARE(s.gaps.size(), expectedA + expectedB);
}

void TestAttendanceMonth::closureAndOutsideRecords()
{
    const qint64 child = addChild(u"陈三"_s, m_classA, QDate(2026, 10, 12));
    QVERIFY(child);
    const Status closed = CalendarRepository(*m_t->db).addClosure(QDate(2026, 10, 20), u"停暖检修"_s);
    QVERIFY2(closed.ok(), qPrintable(closed.error()));
    save(child, QDate(2026, 10, 20), AttendanceStatus::Present); // the closure
    save(child, QDate(2026, 10, 17), AttendanceStatus::Present); // a Saturday
    QVERIFY(storeUnchecked(*m_t->db, child, QDate(2026, 10, 9), AttendanceStatus::Present)); // before she was enrolled
    save(child, QDate(2026, 10, 12), AttendanceStatus::Present);
    const qint64 left = addChild(u"周五"_s, m_classA, QDate(2026, 9, 1), CareType::FullDay, QDate(2026, 9, 30));
    QVERIFY(left);
    QVERIFY(storeUnchecked(*m_t->db, left, QDate(2026, 10, 8), AttendanceStatus::Present)); // after her last day
    const AttendanceMonthSummary s = compute(Month(2026, 10));
    QCOMPARE(s.classes.size(), 1);
    const AttendanceCounts& counts = s.classes.first().children.first().counts;
    QCOMPARE(counts.expected, 14);
    QCOMPARE(counts.present, 1);
    QCOMPARE(counts.notRecorded, 13);
    QCOMPARE(s.outside.size(), 4);
    // 周 (U+5468) sorts before 陈 (U+9648).
    QCOMPARE(s.outside.at(0).childName, u"周五"_s);
    QCOMPARE(s.outside.at(0).day, QDate(2026, 10, 8));
    QCOMPARE(s.outside.at(0).classId, 0);
    QCOMPARE(s.outside.at(1).day, QDate(2026, 10, 9));
    QCOMPARE(s.outside.at(1).classId, 0);
    QCOMPARE(s.outside.at(2).day, QDate(2026, 10, 17));
    QCOMPARE(s.outside.at(2).classId, m_classA);
    QCOMPARE(s.outside.at(3).day, QDate(2026, 10, 20));
    QCOMPARE(s.outside.at(3).childName, u"陈三"_s);
}

void TestAttendanceMonth::countsAndHours()
{
    const qint64 hourly = addChild(u"赵计时"_s, m_classA, QDate(2026, 9, 1), CareType::Hourly);
    const qint64 fullDay = addChild(u"钱全日"_s, m_classA, QDate(2026, 9, 1));
    QVERIFY(hourly && fullDay);
    save(hourly, QDate(2026, 10, 8), AttendanceStatus::Present, 2);
    save(hourly, QDate(2026, 10, 9), AttendanceStatus::Present, 3);
    save(hourly, QDate(2026, 10, 10), AttendanceStatus::Present, 4);
    save(hourly, QDate(2026, 10, 12), AttendanceStatus::Sick);
    save(hourly, QDate(2026, 10, 13), AttendanceStatus::Personal);
    save(hourly, QDate(2026, 10, 14), AttendanceStatus::Other);
    // Hours kept on a full-day day (the child was in hourly care when they were written) are not counted.
    QVERIFY(storeUnchecked(*m_t->db, fullDay, QDate(2026, 10, 8), AttendanceStatus::Present, 5));
    const AttendanceMonthSummary s = compute(Month(2026, 10));
    QCOMPARE(s.classes.size(), 1);
    const ClassAttendance& c = s.classes.first();
    QCOMPARE(c.children.size(), 2);
    const ChildAttendance& h = c.children.at(0); // 赵 (U+8D75) sorts before 钱 (U+94B1)
    QCOMPARE(h.name, u"赵计时"_s);
    QCOMPARE(h.careType, CareType::Hourly);
    QCOMPARE(h.counts.expected, 18);
    QCOMPARE(h.counts.present, 3);
    QCOMPARE(h.counts.sick, 1);
    QCOMPARE(h.counts.personal, 1);
    QCOMPARE(h.counts.other, 1);
    QCOMPARE(h.counts.notRecorded, 12);
    QCOMPARE(h.counts.hours, 9);
    QCOMPARE(h.counts.rate().text(), u"3 / 18 = 16.7%"_s);
    QCOMPARE(c.children.at(1).counts.hours, 0);
    QCOMPARE(c.totals.expected, 36);
    QCOMPARE(c.totals.present, 4);
    QCOMPARE(c.totals.notRecorded, 29);
    QCOMPARE(c.totals.hours, 9);
    QCOMPARE(c.totals.rate().text(), u"4 / 36 = 11.1%"_s);
}

void TestAttendanceMonth::gapsAreListed()
{
    const qint64 child = addChild(u"孙四"_s, m_classA, QDate(2026, 10, 26));
    QVERIFY(child);
    save(child, QDate(2026, 10, 26), AttendanceStatus::Present);
    save(child, QDate(2026, 10, 28), AttendanceStatus::Sick);
    const AttendanceMonthSummary s = compute(Month(2026, 10));
    QCOMPARE(s.gaps.size(), 3);
    QCOMPARE(s.gaps.at(0).day, QDate(2026, 10, 27));
    QCOMPARE(s.gaps.at(1).day, QDate(2026, 10, 29));
    QCOMPARE(s.gaps.at(2).day, QDate(2026, 10, 30));
    QCOMPARE(s.gaps.at(0).childId, child);
    QCOMPARE(s.gaps.at(0).childName, u"孙四"_s);
    QCOMPARE(s.classes.first().totals.notRecorded, 3);
    QCOMPARE(s.classes.first().totals.rate().text(), u"1 / 5 = 20.0%"_s);
}

void TestAttendanceMonth::rateText_data()
{
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("percent");
    QTest::newRow("two thirds") << qint64(2) << qint64(3) << u"2 / 3 = 66.7%"_s << u"66.7%"_s;
    QTest::newRow("one third") << qint64(1) << qint64(3) << u"1 / 3 = 33.3%"_s << u"33.3%"_s;
    QTest::newRow("an eighth") << qint64(1) << qint64(8) << u"1 / 8 = 12.5%"_s << u"12.5%"_s;
    QTest::newRow("half a tenth rounds up") << qint64(1) << qint64(2000) << u"1 / 2000 = 0.1%"_s << u"0.1%"_s;
    QTest::newRow("under half a tenth") << qint64(1) << qint64(2001) << u"1 / 2001 = 0.0%"_s << u"0.0%"_s;
    QTest::newRow("all") << qint64(18) << qint64(18) << u"18 / 18 = 100.0%"_s << u"100.0%"_s;
    QTest::newRow("nothing expected") << qint64(0) << qint64(0) << u"0 / 0"_s << u"–"_s;
}

void TestAttendanceMonth::rateText()
{
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(QString, text);
    QFETCH(QString, percent);
    QCOMPARE((Ratio {numerator, denominator}.text()), text);
    QCOMPARE((Ratio {numerator, denominator}.percentText()), percent);
}

void TestAttendanceMonth::needsViewRoster()
{
    Actor outreach = caregiverActor();
    outreach.role = Role::Outreach;
    m_t->db->setActor(outreach);
    QVERIFY(!AttendanceMonth::compute(*m_t->db, Month(2026, 10)).ok());
    m_t->db->setActor(caregiverActor());
    QVERIFY(AttendanceMonth::compute(*m_t->db, Month(2026, 10)).ok());
}

QTEST_GUILESS_MAIN(TestAttendanceMonth)
#include "tst_attendancemonth.moc"
