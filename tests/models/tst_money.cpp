#include "Rejection.h"
#include "common/Money.h"

#include <QTest>
#include <limits>

using namespace Qt::StringLiterals;

namespace {
constexpr qint64 maxFen = std::numeric_limits<qint64>::max();
constexpr qint64 minFen = std::numeric_limits<qint64>::min();
} // namespace

// Money is the one place where fen are read, rounded and written, so every rule a bill depends on has a row here.
class TestMoney : public QObject
{
    Q_OBJECT

private slots:
    void parse_data();
    void parse();
    void parseRejects_data();
    void parseRejects();
    void formatting_data();
    void formatting();
    void formattingParsesBack_data();
    void formattingParsesBack();
    void prorate_data();
    void prorate();
    void percentOf_data();
    void percentOf();
    void chineseCapitals_data();
    void chineseCapitals();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("fen");

    QTest::newRow("whole yuan") << u"12"_s << qint64(1200);
    QTest::newRow("one decimal") << u"1234.5"_s << qint64(123450);
    QTest::newRow("two decimals") << u"3.20"_s << qint64(320);
    QTest::newRow("grouped") << u"1,234.50"_s << qint64(123450);
    QTest::newRow("grouped millions") << u"1,234,567.89"_s << qint64(123456789);
    QTest::newRow("half-width yuan sign") << u"¥1,234.50"_s << qint64(123450);
    QTest::newRow("full-width yuan sign") << u"￥12"_s << qint64(1200);
    QTest::newRow("space after sign") << u"¥ 12"_s << qint64(1200);
    QTest::newRow("negative") << u"-3.20"_s << qint64(-320);
    QTest::newRow("negative before sign") << u"-¥1,234.50"_s << qint64(-123450);
    QTest::newRow("negative after sign") << u"¥-1,234.50"_s << qint64(-123450);
    QTest::newRow("surrounding spaces") << u"  12.5 \t"_s << qint64(1250);
    QTest::newRow("ideographic spaces") << u"\u3000￥8\u3000"_s << qint64(800);
    QTest::newRow("leading zeros") << u"007.10"_s << qint64(710);
    QTest::newRow("no integer part") << u".5"_s << qint64(50);
    QTest::newRow("trailing point") << u"5."_s << qint64(500);
    QTest::newRow("zero") << u"0"_s << qint64(0);
    QTest::newRow("negative zero") << u"-0.00"_s << qint64(0);
    QTest::newRow("third decimal below half") << u"1.004"_s << qint64(100);
    QTest::newRow("third decimal half rounds up") << u"1.005"_s << qint64(101);
    QTest::newRow("negative half rounds away from zero") << u"-1.005"_s << qint64(-101);
    QTest::newRow("only the third decimal decides") << u"0.0049999"_s << qint64(0);
    QTest::newRow("rounding carries into yuan") << u"9.995"_s << qint64(1000);
    QTest::newRow("rounding carries across groups") << u"999,999.999"_s << qint64(100000000);
    QTest::newRow("largest amount") << u"92,233,720,368,547,758.07"_s << maxFen;
    QTest::newRow("largest negative amount") << u"-92233720368547758.07"_s << -maxFen;
}

void TestMoney::parse()
{
    QFETCH(QString, text);
    QFETCH(qint64, fen);

    const auto result = Money::parse(text);
    QVERIFY2(result.ok(), qPrintable(result.error()));
    QCOMPARE(result->fen(), fen);
}

void TestMoney::parseRejects_data()
{
    QTest::addColumn<QString>("text");
    // A phrase of the English message, so that each kind of mistake is shown to have its own explanation.
    QTest::addColumn<QString>("reason");

    const QString empty = u"Enter an amount"_s;
    const QString character = u"is not allowed"_s;
    const QString points = u"more than one decimal point"_s;
    const QString noDigits = u"has no digits"_s;
    const QString grouping = u"groups of three digits"_s;
    const QString tooLarge = u"too large"_s;

    QTest::newRow("empty") << QString() << empty;
    QTest::newRow("only spaces") << u"   "_s << empty;
    QTest::newRow("letters") << u"abc"_s << character;
    QTest::newRow("letter inside") << u"12a.50"_s << character;
    QTest::newRow("yuan written after") << u"12元"_s << character;
    QTest::newRow("space inside") << u"1 234"_s << character;
    QTest::newRow("double minus") << u"--5"_s << character;
    QTest::newRow("plus sign") << u"+5"_s << character;
    QTest::newRow("minus inside") << u"5-3"_s << character;
    QTest::newRow("two yuan signs") << u"¥¥5"_s << character;
    QTest::newRow("full-width digits") << u"１２"_s << character;
    QTest::newRow("exponent") << u"1e3"_s << character;
    QTest::newRow("two points") << u"1.2.3"_s << points;
    QTest::newRow("date-like") << u"2026.03.01"_s << points;
    QTest::newRow("only a sign") << u"-"_s << noDigits;
    QTest::newRow("only a yuan sign") << u"¥"_s << noDigits;
    QTest::newRow("only a point") << u"."_s << noDigits;
    QTest::newRow("group of two") << u"1,23.00"_s << grouping;
    QTest::newRow("group of four") << u"1,2345"_s << grouping;
    QTest::newRow("leading group of four") << u"1234,567"_s << grouping;
    QTest::newRow("leading comma") << u",123"_s << grouping;
    QTest::newRow("trailing comma") << u"123,"_s << grouping;
    QTest::newRow("comma in decimals") << u"1.234,5"_s << grouping;
    QTest::newRow("decimal comma") << u"12,5"_s << grouping;
    QTest::newRow("one fen too many") << u"92233720368547758.08"_s << tooLarge;
    QTest::newRow("rounding overflows") << u"92233720368547758.075"_s << tooLarge;
    QTest::newRow("negative too large") << u"-100000000000000000"_s << tooLarge;
    QTest::newRow("many digits") << u"123456789012345678901234567890"_s << tooLarge;
}

void TestMoney::parseRejects()
{
    QFETCH(QString, text);
    QFETCH(QString, reason);

    verifyRejected(Money::parse(text), text, reason);
}

void TestMoney::formatting_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("grouped");
    QTest::addColumn<QString>("withSymbol");
    QTest::addColumn<QString>("plain");

    QTest::newRow("zero") << qint64(0) << u"0.00"_s << u"¥0.00"_s << u"0.00"_s;
    QTest::newRow("one fen") << qint64(1) << u"0.01"_s << u"¥0.01"_s << u"0.01"_s;
    QTest::newRow("minus five fen") << qint64(-5) << u"-0.05"_s << u"-¥0.05"_s << u"-0.05"_s;
    QTest::newRow("three digits") << qint64(99999) << u"999.99"_s << u"¥999.99"_s << u"999.99"_s;
    QTest::newRow("thousands") << qint64(123450) << u"1,234.50"_s << u"¥1,234.50"_s << u"1234.50"_s;
    QTest::newRow("negative thousands") << qint64(-123450) << u"-1,234.50"_s << u"-¥1,234.50"_s << u"-1234.50"_s;
    QTest::newRow("millions") << qint64(123456789) << u"1,234,567.89"_s << u"¥1,234,567.89"_s << u"1234567.89"_s;
    QTest::newRow("exact hundred thousand")
        << qint64(10000000) << u"100,000.00"_s << u"¥100,000.00"_s << u"100000.00"_s;
    QTest::newRow("largest") << maxFen << u"92,233,720,368,547,758.07"_s << u"¥92,233,720,368,547,758.07"_s
                             << u"92233720368547758.07"_s;
    QTest::newRow("most negative") << minFen << u"-92,233,720,368,547,758.08"_s << u"-¥92,233,720,368,547,758.08"_s
                                   << u"-92233720368547758.08"_s;
}

void TestMoney::formatting()
{
    QFETCH(qint64, fen);
    QFETCH(QString, grouped);
    QFETCH(QString, withSymbol);
    QFETCH(QString, plain);

    const auto money = Money::fromFen(fen);
    QCOMPARE(money.toString(), grouped);
    QCOMPARE(money.toStringWithSymbol(), withSymbol);
    QCOMPARE(money.toPlainString(), plain);
}

void TestMoney::formattingParsesBack_data()
{
    QTest::addColumn<qint64>("fen");

    QTest::newRow("zero") << qint64(0);
    QTest::newRow("fen only") << qint64(7);
    QTest::newRow("negative fen") << qint64(-7);
    QTest::newRow("list price") << qint64(210000);
    QTest::newRow("negative refund") << qint64(-126000);
    QTest::newRow("large") << qint64(98765432101);
    QTest::newRow("largest") << maxFen;
    QTest::newRow("largest negative") << -maxFen;
}

// Exports are read back by the import; an amount must survive every way it is written.
void TestMoney::formattingParsesBack()
{
    QFETCH(qint64, fen);

    const auto money = Money::fromFen(fen);
    for (const QString& text : {money.toString(), money.toStringWithSymbol(), money.toPlainString()}) {
        const auto parsed = Money::parse(text);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed->fen(), fen);
    }
}

void TestMoney::prorate_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("numerator");
    QTest::addColumn<qint64>("denominator");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("whole month") << qint64(210000) << qint64(22) << qint64(22) << qint64(210000);
    QTest::newRow("exact share") << qint64(210000) << qint64(17) << qint64(21) << qint64(170000);
    QTest::newRow("rounds up from .545") << qint64(170000) << qint64(13) << qint64(22) << qint64(100455);
    QTest::newRow("rounds down from .36") << qint64(170000) << qint64(5) << qint64(22) << qint64(38636);
    QTest::newRow("half a fen rounds up") << qint64(1) << qint64(1) << qint64(2) << qint64(1);
    QTest::newRow("a third of a fen rounds down") << qint64(1) << qint64(1) << qint64(3) << qint64(0);
    QTest::newRow("two thirds of a fen rounds up") << qint64(1) << qint64(2) << qint64(3) << qint64(1);
    QTest::newRow("negative half away from zero") << qint64(-1) << qint64(1) << qint64(2) << qint64(-1);
    QTest::newRow("negative numerator") << qint64(30000) << qint64(-1) << qint64(7) << qint64(-4286);
    QTest::newRow("both negative") << qint64(-30000) << qint64(-1) << qint64(7) << qint64(4286);
    QTest::newRow("zero numerator") << qint64(210000) << qint64(0) << qint64(22) << qint64(0);
    QTest::newRow("more than whole") << qint64(100) << qint64(3) << qint64(2) << qint64(150);
    QTest::newRow("zero denominator") << qint64(210000) << qint64(5) << qint64(0) << qint64(0);
    QTest::newRow("negative denominator") << qint64(210000) << qint64(5) << qint64(-22) << qint64(0);
    QTest::newRow("product beyond 64 bits")
        << qint64(1000000000000000) << qint64(1000000) << qint64(3000000) << qint64(333333333333333);
    QTest::newRow("largest amount, all of it") << maxFen << maxFen << maxFen << maxFen;
    QTest::newRow("largest amount, two thirds") << maxFen << qint64(2) << qint64(3) << qint64(6148914691236517205);
    QTest::newRow("result too large saturates") << maxFen << qint64(3) << qint64(2) << maxFen;
    QTest::newRow("negative result too large saturates") << -maxFen << qint64(3) << qint64(2) << -maxFen;
}

void TestMoney::prorate()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, numerator);
    QFETCH(qint64, denominator);
    QFETCH(qint64, expected);

    QCOMPARE(Money::prorate(Money::fromFen(fen), numerator, denominator).fen(), expected);
}

void TestMoney::percentOf_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<qint64>("percent");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("half-day fee") << qint64(210000) << qint64(65) << qint64(136500);
    QTest::newRow("whole-month absence refund") << qint64(170000) << qint64(60) << qint64(102000);
    QTest::newRow("ten percent") << qint64(143333) << qint64(10) << qint64(14333);
    QTest::newRow("half fen rounds up") << qint64(5) << qint64(10) << qint64(1);
    QTest::newRow("below half fen") << qint64(1) << qint64(33) << qint64(0);
    QTest::newRow("negative half fen") << qint64(-5) << qint64(10) << qint64(-1);
    QTest::newRow("hundred percent") << qint64(123457) << qint64(100) << qint64(123457);
    QTest::newRow("zero percent") << qint64(123457) << qint64(0) << qint64(0);
    QTest::newRow("above hundred") << qint64(1000) << qint64(150) << qint64(1500);
}

void TestMoney::percentOf()
{
    QFETCH(qint64, fen);
    QFETCH(qint64, percent);
    QFETCH(qint64, expected);

    QCOMPARE(Money::percentOf(Money::fromFen(fen), percent).fen(), expected);
}

void TestMoney::chineseCapitals_data()
{
    QTest::addColumn<qint64>("fen");
    QTest::addColumn<QString>("capitals");

    QTest::newRow("zero") << qint64(0) << u"零元整"_s;
    QTest::newRow("fen only") << qint64(5) << u"伍分"_s;
    QTest::newRow("jiao only") << qint64(50) << u"伍角"_s;
    QTest::newRow("jiao and fen") << qint64(55) << u"伍角伍分"_s;
    QTest::newRow("one yuan") << qint64(100) << u"壹元整"_s;
    QTest::newRow("yuan and lone fen") << qint64(105) << u"壹元零伍分"_s;
    QTest::newRow("ten keeps 壹拾") << qint64(1000) << u"壹拾元整"_s;
    QTest::newRow("zero between digits") << qint64(140950) << u"壹仟肆佰零玖元伍角"_s;
    QTest::newRow("run of zeros is one 零") << qint64(100400) << u"壹仟零肆元整"_s;
    QTest::newRow("trailing zeros dropped") << qint64(110000) << u"壹仟壹佰元整"_s;
    QTest::newRow("zero units before jiao") << qint64(168032) << u"壹仟陆佰捌拾元叁角贰分"_s;
    QTest::newRow("zero jiao before fen") << qint64(1640902) << u"壹万陆仟肆佰零玖元零贰分"_s;
    QTest::newRow("zero after 万") << qint64(1001050) << u"壹万零壹拾元伍角"_s;
    QTest::newRow("no zero when 仟 follows 万") << qint64(10100000) << u"壹拾万壹仟元整"_s;
    QTest::newRow("zero before 佰 after 万") << qint64(10010000) << u"壹拾万零壹佰元整"_s;
    QTest::newRow("zero after 万 with cents") << qint64(10700053) << u"壹拾万柒仟元伍角叁分"_s;
    QTest::newRow("lone unit after 万") << qint64(10000100) << u"壹拾万零壹元整"_s;
    QTest::newRow("all digits") << qint64(123456789) << u"壹佰贰拾叁万肆仟伍佰陆拾柒元捌角玖分"_s;
    QTest::newRow("one 亿") << qint64(10000000000) << u"壹亿元整"_s;
    QTest::newRow("empty 万 section is one 零") << qint64(10000000100) << u"壹亿零壹元整"_s;
    QTest::newRow("empty 万 section before 仟") << qint64(10000100000) << u"壹亿零壹仟元整"_s;
    QTest::newRow("万 after 亿") << qint64(10001000000) << u"壹亿零壹万元整"_s;
    QTest::newRow("sections above 亿") << qint64(123456789000000) << u"壹万贰仟叁佰肆拾伍亿陆仟柒佰捌拾玖万元整"_s;
    QTest::newRow("万亿") << qint64(100000000000000) << u"壹万亿元整"_s;
    QTest::newRow("zero between 万亿 and 亿") << qint64(100010000000000) << u"壹万零壹亿元整"_s;
    QTest::newRow("亿亿") << qint64(1000000000000000000) << u"壹亿亿元整"_s;
    QTest::newRow("negative") << qint64(-126000) << u"负壹仟贰佰陆拾元整"_s;
    QTest::newRow("negative fen") << qint64(-1) << u"负壹分"_s;
    QTest::newRow("largest") << maxFen << u"玖亿贰仟贰佰叁拾叁万柒仟贰佰零叁亿陆仟捌佰伍拾肆万柒仟柒佰伍拾捌元零柒分"_s;
}

void TestMoney::chineseCapitals()
{
    QFETCH(qint64, fen);
    QFETCH(QString, capitals);

    QCOMPARE(Money::fromFen(fen).toChineseCapitals(), capitals);
}

QTEST_APPLESS_MAIN(TestMoney)
#include "tst_money.moc"
