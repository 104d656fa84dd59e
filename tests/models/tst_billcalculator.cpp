#include "common/CareCalendar.h"
#include "common/PolicyKey.h"
#include "billing/BillCalculator.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The bill of a child for a month (domain.md §7), with the bundled default prices: 托小班 1700, 托大班 1400 a month,
// half-day 65%, 20 yuan an hour, home care 50 an hour, the inclusive reduction 300, meals 15 a day present, refunds
// 60% for a month without a day present and 10% for at most half the enrolled days.
class TestBillCalculator : public QObject
{
    Q_OBJECT

private slots:
    void bill_data();
    void bill();
    void reductionNeverTakesTheCareFeeBelowZero();
};

namespace {

// A stretch of enrolment in one class type and care type: its first and last day, and how many of its care days,
// counted from the first, the child was present (with these hours each, for hourly and home care).
struct Stretch
{
    QDate from;
    QDate to;
    ClassType classType = ClassType::OlderToddler;
    CareType careType = CareType::FullDay;
    int present = 0;
    int hours = 0;
};

BillFacts facts(Month month, const CareCalendar& calendar, const QList<Stretch>& stretches, bool inclusive = true)
{
    BillFacts f;
    f.month = month;
    f.careDays = calendar.careDayCount(month);
    f.inclusive = inclusive;
    for (const Stretch& s : stretches) {
        int counted = 0;
        for (QDate d = s.from; d <= s.to; d = d.addDays(1)) {
            if (!calendar.isCareDay(d))
                continue;
            const bool present = counted++ < s.present;
            f.days << BilledDay {d, s.classType, s.careType, present, present ? s.hours : 0};
        }
    }
    return f;
}

// The official calendar alone, no closures.
const CareCalendar& plainCalendar()
{
    static const CareCalendar calendar;
    return calendar;
}

QDate nov(int day)
{
    return QDate(2026, 11, day);
}

PolicyParameters withValue(const QString& key, Month from, qint64 value)
{
    PolicyParameters p = PolicyParameters::defaults();
    if (!p.set(PolicyValue {key, from, {}, value, u"test"_s}))
        qWarning("policy value refused");
    return p;
}

} // namespace

Q_DECLARE_METATYPE(BillFacts)
Q_DECLARE_METATYPE(PolicyParameters)

void TestBillCalculator::bill_data()
{
    QTest::addColumn<BillFacts>("facts");
    QTest::addColumn<PolicyParameters>("policy");
    // "kind amount" per line, amounts in yuan with two decimals.
    QTest::addColumn<QStringList>("lines");
    QTest::addColumn<QString>("total");

    const Month nov26(2026, 11);
    const CareCalendar& plain = plainCalendar();
    const PolicyParameters defaults = PolicyParameters::defaults();
    const ClassType older = ClassType::OlderToddler, young = ClassType::YoungToddler;

    QTest::newRow("worked example: full month, 20 of 21 days")
        << facts(nov26, plain, {{nov(1), nov(30), older, CareType::FullDay, 20}}) << defaults
        << QStringList {u"care 1,400.00"_s, u"reduction -300.00"_s, u"meals 300.00"_s} << u"1,400.00"_s;
    // The second worked example's figures take 12 care days: from Friday 11-13 (11-16 to 11-30 has 11).
    QTest::newRow("worked example: 12 care days, 5 present")
        << facts(nov26, plain, {{nov(13), nov(30), older, CareType::FullDay, 5}}) << defaults
        << QStringList {u"care 800.00"_s, u"reduction -171.43"_s, u"refund -62.86"_s, u"meals 75.00"_s} << u"640.71"_s;
    QTest::newRow("from 11-16: 11 care days, 5 present")
        << facts(nov26, plain, {{nov(16), nov(30), older, CareType::FullDay, 5}}) << defaults
        << QStringList {u"care 733.33"_s, u"reduction -157.14"_s, u"refund -57.62"_s, u"meals 75.00"_s} << u"593.57"_s;
    QTest::newRow("withdrawn after 11-13, 8 of 10 days")
        << facts(nov26, plain, {{nov(1), nov(13), older, CareType::FullDay, 8}}) << defaults
        << QStringList {u"care 666.67"_s, u"reduction -142.86"_s, u"meals 120.00"_s} << u"643.81"_s;
    QTest::newRow("class change on 11-16: two price lines")
        << facts(nov26, plain,
                 {{nov(1), nov(13), young, CareType::FullDay, 10}, {nov(16), nov(30), older, CareType::FullDay, 11}})
        << defaults << QStringList {u"care 809.52"_s, u"care 733.33"_s, u"reduction -300.00"_s, u"meals 315.00"_s}
        << u"1,557.85"_s;
    QTest::newRow("half-day, every day") << facts(nov26, plain, {{nov(1), nov(30), older, CareType::HalfDay, 21}})
                                         << defaults
                                         << QStringList {u"care 910.00"_s, u"reduction -300.00"_s, u"meals 315.00"_s}
                                         << u"925.00"_s;
    QTest::newRow("hourly: 6 days of 3 hours")
        << facts(nov26, plain, {{nov(1), nov(30), older, CareType::Hourly, 6, 3}}) << defaults
        << QStringList {u"hourly 360.00"_s} << u"360.00"_s;
    QTest::newRow("home care: 4 visits of 2 hours")
        << facts(nov26, plain, {{nov(1), nov(30), older, CareType::Home, 4, 2}}) << defaults
        << QStringList {u"home 400.00"_s} << u"400.00"_s;
    QTest::newRow("no day present: 60% refund")
        << facts(nov26, plain, {{nov(1), nov(30), older, CareType::FullDay, 0}}) << defaults
        << QStringList {u"care 1,400.00"_s, u"reduction -300.00"_s, u"refund -660.00"_s} << u"440.00"_s;
    QTest::newRow("not inclusive: no reduction line")
        << facts(nov26, plain, {{nov(1), nov(30), older, CareType::FullDay, 20}}, false) << defaults
        << QStringList {u"care 1,400.00"_s, u"meals 300.00"_s} << u"1,700.00"_s;
    QTest::newRow("half the days present: 10% refund")
        << facts(nov26, plain, {{nov(1), nov(30), older, CareType::FullDay, 10}}) << defaults
        << QStringList {u"care 1,400.00"_s, u"reduction -300.00"_s, u"refund -110.00"_s, u"meals 150.00"_s}
        << u"1,140.00"_s;
    QTest::newRow("one day more than half: no refund")
        << facts(nov26, plain, {{nov(1), nov(30), older, CareType::FullDay, 11}}) << defaults
        << QStringList {u"care 1,400.00"_s, u"reduction -300.00"_s, u"meals 165.00"_s} << u"1,265.00"_s;
    QTest::newRow("2026-02: 16 care days, 8 present")
        << facts(Month(2026, 2), plain, {{QDate(2026, 2, 1), QDate(2026, 2, 28), older, CareType::FullDay, 8}})
        << defaults << QStringList {u"care 1,400.00"_s, u"reduction -300.00"_s, u"refund -110.00"_s, u"meals 120.00"_s}
        << u"1,110.00"_s;
    QTest::newRow("2026-10: 18 care days, all present")
        << facts(Month(2026, 10), plain, {{QDate(2026, 10, 1), QDate(2026, 10, 31), older, CareType::FullDay, 18}})
        << defaults << QStringList {u"care 1,400.00"_s, u"reduction -300.00"_s, u"meals 270.00"_s} << u"1,370.00"_s;
    const CareCalendar closed(OfficialCalendar::bundled(), {{nov(19), u"停暖检修"_s}});
    QTest::newRow("closure on 11-19: 10 of 20 care days")
        << facts(nov26, closed, {{nov(16), nov(30), older, CareType::FullDay, 10}}) << defaults
        << QStringList {u"care 700.00"_s, u"reduction -150.00"_s, u"meals 150.00"_s} << u"700.00"_s;
    QTest::newRow("a reduction of 400 from December leaves November")
        << facts(nov26, plain, {{nov(1), nov(30), older, CareType::FullDay, 20}})
        << withValue(PolicyKey::InclusiveReduction, Month(2026, 12), 40000)
        << QStringList {u"care 1,400.00"_s, u"reduction -300.00"_s, u"meals 300.00"_s} << u"1,400.00"_s;
    QTest::newRow("the same change in force in December")
        << facts(Month(2026, 12), plain, {{QDate(2026, 12, 1), QDate(2026, 12, 31), older, CareType::FullDay, 23}})
        << withValue(PolicyKey::InclusiveReduction, Month(2026, 12), 40000)
        << QStringList {u"care 1,400.00"_s, u"reduction -400.00"_s, u"meals 345.00"_s} << u"1,345.00"_s;
    // 1,400.01 × 8/16 = 700.005: half a fen rounds up.
    QTest::newRow("half a fen rounds up")
        << facts(Month(2026, 2), plain, {{QDate(2026, 2, 12), QDate(2026, 2, 28), older, CareType::FullDay, 4}})
        << withValue(PolicyKey::ListPriceOlder, Month(2026, 1), 140001)
        << QStringList {u"care 700.01"_s, u"reduction -150.00"_s, u"refund -55.00"_s, u"meals 60.00"_s} << u"555.01"_s;
}

void TestBillCalculator::bill()
{
    QFETCH(BillFacts, facts);
    QFETCH(PolicyParameters, policy);
    QFETCH(QStringList, lines);
    QFETCH(QString, total);
    const Bill bill = BillCalculator::compute(facts, policy);
    const QHash<BillLine::Kind, QString> names
        = {{BillLine::Kind::CareFee, u"care"_s},         {BillLine::Kind::InclusiveReduction, u"reduction"_s},
           {BillLine::Kind::AbsenceRefund, u"refund"_s}, {BillLine::Kind::Meals, u"meals"_s},
           {BillLine::Kind::HourlyCare, u"hourly"_s},    {BillLine::Kind::HomeCare, u"home"_s},
           {BillLine::Kind::OtherItem, u"other"_s}};
    QStringList found;
    for (const BillLine& line : bill.lines) {
        found << names.value(line.kind) + u' ' + line.amount.toString();
        QVERIFY2(!line.basis.isEmpty(), qPrintable(found.last()));
    }
    // Joined, so a failure shows every line.
    QCOMPARE(found.join(u" | "_s), lines.join(u" | "_s));
    QCOMPARE(bill.total().toString(), total);
}

void TestBillCalculator::reductionNeverTakesTheCareFeeBelowZero()
{
    // A reduction larger than a half-day price in an infant class kept for one day.
    const PolicyParameters policy = withValue(PolicyKey::InclusiveReduction, Month(2026, 1), 5000000);
    const Bill bill = BillCalculator::compute(
        facts(Month(2026, 11), plainCalendar(), {{nov(2), nov(2), ClassType::Infant, CareType::HalfDay, 1}}), policy);
    QCOMPARE(bill.lines.size(), 3);
    QCOMPARE(bill.lines.at(0).amount + bill.lines.at(1).amount, Money());
    QCOMPARE(bill.lines.at(2).kind, BillLine::Kind::Meals);
    QCOMPARE(bill.total(), Money::fromYuan(15));
}

QTEST_APPLESS_MAIN(TestBillCalculator)
#include "tst_billcalculator.moc"
