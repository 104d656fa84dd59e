// The checks on identifiers typed into forms and imported from files: ID numbers, credit codes, mobile numbers.
// Every failure row names a fragment only its own kind of message contains, so two kinds of mistake can never
// share a message unnoticed.

#include "common/CreditCode.h"
#include "common/IdNumber.h"
#include "common/MobileNumber.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Gender)

namespace {

// A fixed "today" so the future-date rows do not change meaning as the calendar moves.
const QDate Today(2026, 11, 29);

} // namespace

class TestValidators : public QObject
{
    Q_OBJECT

private slots:
    void idCheckCharacter_data();
    void idCheckCharacter();
    void idValid_data();
    void idValid();
    void idInvalid_data();
    void idInvalid();
    void idMatching_data();
    void idMatching();
    void idMask_data();
    void idMask();

    void creditCheckCharacter_data();
    void creditCheckCharacter();
    void creditValid_data();
    void creditValid();
    void creditInvalid_data();
    void creditInvalid();

    void mobileValid_data();
    void mobileValid();
    void mobileInvalid_data();
    void mobileInvalid();
    void mobileMask_data();
    void mobileMask();
};

void TestValidators::idCheckCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    // The two examples of domain.md §4: S = 167 → 167 mod 11 = 2 → 'X', and S = 195 → 8 → '4'.
    QTest::newRow("domain example X") << u"11010519491231002"_s << QChar(u'X');
    QTest::newRow("domain example 4") << u"44052418800101001"_s << QChar(u'4');
    // S mod 11 = 0 and 1 reach the two ends of "10X98765432".
    QTest::newRow("remainder 0 gives 1") << u"14040220260101001"_s << QChar(u'1');
    QTest::newRow("remainder 1 gives 0") << u"81000019900101123"_s << QChar(u'0');
    QTest::newRow("16 digits") << u"1101051949123100"_s << QChar();
    QTest::newRow("a letter") << u"1101051949123100A"_s << QChar();
}

void TestValidators::idCheckCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(IdNumber::checkCharacter(first17), expected);
}

void TestValidators::idValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<Gender>("gender");

    QTest::newRow("domain example, female")
        << u"11010519491231002X"_s << u"11010519491231002X"_s << u"110105"_s << QDate(1949, 12, 31) << Gender::Female;
    QTest::newRow("lower-case x stored as X")
        << u"11010519491231002x"_s << u"11010519491231002X"_s << u"110105"_s << QDate(1949, 12, 31) << Gender::Female;
    QTest::newRow("surrounding spaces trimmed") << u"  \t11010519491231002X \n"_s << u"11010519491231002X"_s
                                                << u"110105"_s << QDate(1949, 12, 31) << Gender::Female;
    QTest::newRow("full-width digits from an IME")
        << u"１１０１０５１９４９１２３１００２ｘ"_s << u"11010519491231002X"_s << u"110105"_s << QDate(1949, 12, 31)
        << Gender::Female;
    QTest::newRow("child, odd sequence is male")
        << u"140402202403151235"_s << u"140402202403151235"_s << u"140402"_s << QDate(2024, 3, 15) << Gender::Male;
    QTest::newRow("child, even sequence is female")
        << u"140402202403151526"_s << u"140402202403151526"_s << u"140402"_s << QDate(2024, 3, 15) << Gender::Female;
    QTest::newRow("born today") << u"140402202611290117"_s << u"140402202611290117"_s << u"140402"_s
                                << QDate(2026, 11, 29) << Gender::Male;
    QTest::newRow("leap day") << u"140402202402290110"_s << u"140402202402290110"_s << u"140402"_s << QDate(2024, 2, 29)
                              << Gender::Male;
    QTest::newRow("born 1900-01-01") << u"11010519000101001X"_s << u"11010519000101001X"_s << u"110105"_s
                                     << QDate(1900, 1, 1) << Gender::Male;
    QTest::newRow("Hong Kong residence permit")
        << u"810000199001011230"_s << u"810000199001011230"_s << u"810000"_s << QDate(1990, 1, 1) << Gender::Male;
    QTest::newRow("Macao residence permit")
        << u"820000202301313579"_s << u"820000202301313579"_s << u"820000"_s << QDate(2023, 1, 31) << Gender::Male;
    QTest::newRow("Taiwan residence permit")
        << u"830000202506012464"_s << u"830000202506012464"_s << u"830000"_s << QDate(2025, 6, 1) << Gender::Female;
}

void TestValidators::idValid()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);
    QFETCH(QString, region);
    QFETCH(QDate, birthDate);
    QFETCH(Gender, gender);

    const Result<IdNumber> id = IdNumber::parse(text, Today);
    QVERIFY2(id.ok(), qPrintable(id.error()));
    QCOMPARE(id->text(), normalized);
    QCOMPARE(id->regionCode(), region);
    QCOMPARE(id->birthDate(), birthDate);
    QCOMPARE(id->gender(), gender);
}

void TestValidators::idInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QString() << u"Enter the 18-character ID number"_s;
    QTest::newRow("only spaces") << u"   "_s << u"Enter the 18-character ID number"_s;
    QTest::newRow("17 characters") << u"11010519491231002"_s << u"has 18 characters, but “11010519491231002” has 17."_s;
    QTest::newRow("19 characters") << u"11010519491231002X0"_s
                                   << u"has 18 characters, but “11010519491231002X0” has 19."_s;
    QTest::newRow("old 15-digit number") << u"110105491231002"_s
                                         << u"has 18 characters, but “110105491231002” has 15."_s;
    QTest::newRow("letter O for zero") << u"11010519491231OO2X"_s << u"has “O” at position 15"_s;
    QTest::newRow("X before the end") << u"1101051949123100X2"_s << u"has “X” at position 17"_s;
    QTest::newRow("space inside") << u"110105 9491231002X"_s << u"has “ ” at position 7"_s;
    QTest::newRow("region starts with 0") << u"010105200001010010"_s << u"starts with 0, but ID numbers start"_s;
    QTest::newRow("region starts with 9") << u"910105200001010010"_s << u"starts with 9, but ID numbers start"_s;
    QTest::newRow("30 February") << u"140402202602300110"_s << u"birth date 2026-02-30, which does not exist"_s;
    QTest::newRow("29 February, not a leap year")
        << u"140402202502290110"_s << u"birth date 2025-02-29, which does not exist"_s;
    QTest::newRow("month 13") << u"140402202613010110"_s << u"birth date 2026-13-01, which does not exist"_s;
    // The checksum of the domain.md example is right, but 1880 is before the earliest birth year accepted.
    QTest::newRow("born 1880") << u"440524188001010014"_s << u"birth date 1880-01-01, which is before 1900"_s;
    QTest::newRow("born tomorrow") << u"140402202611300119"_s
                                   << u"birth date 2026-11-30, which is after today (2026-11-29)"_s;
    QTest::newRow("wrong check digit") << u"110105194912310021"_s << u"should be X, not 1 — a digit was probably"_s;
    QTest::newRow("transposed digits") << u"110105194912130024"_s << u"should be 9, not 4 — a digit was probably"_s;
    QTest::newRow("permit with wrong check digit")
        << u"810000199001011231"_s << u"should be 0, not 1 — a digit was probably"_s;
}

void TestValidators::idInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);

    const Result<IdNumber> id = IdNumber::parse(text, Today);
    QVERIFY(!id.ok());
    QVERIFY2(id.error().contains(fragment), qPrintable(id.error()));
    // The user must see which value is meant, whichever rule it broke.
    if (!text.trimmed().isEmpty())
        QVERIFY2(id.error().contains(u"“"_s + text.trimmed() + u"”"_s), qPrintable(id.error()));
}

void TestValidators::idMatching_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("birthDate");
    QTest::addColumn<Gender>("gender");
    QTest::addColumn<QStringList>("fragments");

    const QString boy = u"140402202403151235"_s;
    const QString girl = u"140402202403151526"_s;
    const QDate born(2024, 3, 15);

    QTest::newRow("both agree") << boy << born << Gender::Male << QStringList();
    QTest::newRow("nothing entered to compare") << girl << QDate() << Gender::Unknown << QStringList();
    QTest::newRow("birth date differs")
        << boy << QDate(2024, 5, 13) << Gender::Male
        << QStringList {u"gives the birth date 2024-03-15, but the birth date entered is 2024-05-13"_s};
    QTest::newRow("male number, female entered")
        << boy << born << Gender::Female << QStringList {u"belongs to a male"_s, u"gender entered is female"_s};
    QTest::newRow("female number, male entered")
        << girl << born << Gender::Male << QStringList {u"belongs to a female"_s, u"gender entered is male"_s};
    QTest::newRow("both differ") << girl << QDate(2024, 3, 16) << Gender::Male
                                 << QStringList {u"birth date entered is 2024-03-16"_s, u"belongs to a female"_s};
    QTest::newRow("invalid number reported first")
        << u"140402202403151236"_s << QDate(2020, 1, 1) << Gender::Female << QStringList {u"should be 5, not 6"_s};
}

void TestValidators::idMatching()
{
    QFETCH(QString, text);
    QFETCH(QDate, birthDate);
    QFETCH(Gender, gender);
    QFETCH(QStringList, fragments);

    const Result<IdNumber> id = IdNumber::parseMatching(text, Today, birthDate, gender);
    QCOMPARE(id.ok(), fragments.isEmpty());
    for (const QString& fragment : std::as_const(fragments))
        QVERIFY2(id.error().contains(fragment), qPrintable(id.error()));
}

void TestValidators::idMask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    QTest::newRow("ID number") << u"140402202403151235"_s << u"140402********1235"_s;
    QTest::newRow("ID number ending in X") << u"11010519491231002X"_s << u"110105********002X"_s;
    QTest::newRow("passport-like") << u"E12345678"_s << u"*****5678"_s;
    QTest::newRow("five characters") << u"12345"_s << u"*2345"_s;
    QTest::newRow("four characters hidden whole") << u"1234"_s << u"****"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestValidators::idMask()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);

    QCOMPARE(IdNumber::mask(text), masked);
    const Result<IdNumber> id = IdNumber::parse(text, Today);
    if (id.ok())
        QCOMPARE(id->masked(), masked);
}

void TestValidators::creditCheckCharacter_data()
{
    QTest::addColumn<QString>("first17");
    QTest::addColumn<QChar>("expected");

    // Checked by hand, values × weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28 (M = 21, Y = 30):
    //   91350100M000100Y4: 9 + 3 + 27 + 135 + 0 + 26 + 0 + 0 + 420 + 0 + 0 + 0 + 8 + 0 + 0 + 900 + 112 = 1640;
    //   1640 mod 31 = 28; (31 − 28) mod 31 = 3 → '3'.
    //   91110000600037341: 9 + 3 + 9 + 27 + 0 + 0 + 0 + 0 + 120 + 0 + 0 + 0 + 24 + 168 + 30 + 120 + 28 = 538;
    //   538 mod 31 = 11; 31 − 11 = 20 → 'L'.
    QTest::newRow("public example 91350100M000100Y43") << u"91350100M000100Y4"_s << QChar(u'3');
    QTest::newRow("public example 91110000600037341L") << u"91110000600037341"_s << QChar(u'L');
    // Σ = 0 needs (31 − 0) mod 31 = 0, not 31.
    QTest::newRow("sum divisible by 31") << u"00000000000000000"_s << QChar(u'0');
    QTest::newRow("16 characters") << u"91350100M000100Y"_s << QChar();
    QTest::newRow("letter I") << u"91350100I000100Y4"_s << QChar();
    QTest::newRow("lower case") << u"91350100m000100y4"_s << QChar();
}

void TestValidators::creditCheckCharacter()
{
    QFETCH(QString, first17);
    QFETCH(QChar, expected);
    QCOMPARE(CreditCode::checkCharacter(first17), expected);
}

void TestValidators::creditValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");

    // Codes of the kinds of institution DaycareDesk meets, completed with the implementation's check character
    // (the two hand-checked rows above vouch for it).
    const auto complete
        = [](const QString& first17) -> QString { return first17 + CreditCode::checkCharacter(first17); };
    const QString publicInstitution = complete(u"12140400MB1234567"_s);
    const QString privateNonProfit = complete(u"52140402MJY000123"_s);
    const QString company = complete(u"91140402MA0KXYW12"_s);

    QTest::newRow("public example") << u"91350100M000100Y43"_s << u"91350100M000100Y43"_s;
    QTest::newRow("second public example") << u"91110000600037341L"_s << u"91110000600037341L"_s;
    QTest::newRow("lower case and spaces") << u"  91350100m000100y43 "_s << u"91350100M000100Y43"_s;
    QTest::newRow("full-width from an IME") << u"９１３５０１００Ｍ０００１００Ｙ４３"_s << u"91350100M000100Y43"_s;
    QTest::newRow("public institution (12)") << publicInstitution << publicInstitution;
    QTest::newRow("private non-profit (52)") << privateNonProfit << privateNonProfit;
    QTest::newRow("company (91)") << company << company;
}

void TestValidators::creditValid()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);

    QCOMPARE(normalized.size(), 18);
    const Result<QString> code = CreditCode::normalize(text);
    QVERIFY2(code.ok(), qPrintable(code.error()));
    QCOMPARE(code.value(), normalized);
}

void TestValidators::creditInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << u" "_s << u"Enter the 18-character unified social credit code"_s;
    QTest::newRow("17 characters") << u"91350100M000100Y4"_s << u"has 18 characters, but “91350100M000100Y4” has 17."_s;
    QTest::newRow("an ID number's 18 digits do not make it valid")
        << u"11010519491231002X"_s << u"should be B, not X — a character was probably"_s;
    QTest::newRow("letter O for zero") << u"91350100MO00100Y43"_s << u"“O” at position 10, which is not allowed"_s;
    QTest::newRow("lower-case i is still I")
        << u"91350100m000100i43"_s << u"“I” at position 16, which is not allowed"_s;
    QTest::newRow("hyphen") << u"91350100-000100Y43"_s << u"“-” at position 9, which is not allowed"_s;
    QTest::newRow("wrong check character") << u"91350100M000100Y44"_s << u"should be 3, not 4 — a character was"_s;
    QTest::newRow("mistyped character") << u"91350100M000101Y43"_s << u"should be Q, not 3"_s;
}

void TestValidators::creditInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);

    const Result<QString> code = CreditCode::normalize(text);
    QVERIFY(!code.ok());
    QVERIFY2(code.error().contains(fragment), qPrintable(code.error()));
    if (fragment.contains(u"not allowed"_s))
        QVERIFY2(code.error().contains(u"never uses I, O, Z, S or V"_s), qPrintable(code.error()));
}

void TestValidators::mobileValid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("normalized");

    QTest::newRow("plain") << u"13812345678"_s << u"13812345678"_s;
    QTest::newRow("spaces") << u" 138 1234 5678 "_s << u"13812345678"_s;
    QTest::newRow("hyphens") << u"138-1234-5678"_s << u"13812345678"_s;
    QTest::newRow("+86") << u"+8613812345678"_s << u"13812345678"_s;
    QTest::newRow("+86 with spaces") << u"+86 138 1234 5678"_s << u"13812345678"_s;
    QTest::newRow("86 without plus") << u"8613812345678"_s << u"13812345678"_s;
    QTest::newRow("86 with hyphens") << u"86-138-1234-5678"_s << u"13812345678"_s;
    QTest::newRow("starts with 19") << u"19912345678"_s << u"19912345678"_s;
    QTest::newRow("full-width from an IME") << u"１３８　１２３４　５６７８"_s << u"13812345678"_s;
}

void TestValidators::mobileValid()
{
    QFETCH(QString, text);
    QFETCH(QString, normalized);

    const Result<QString> number = MobileNumber::normalize(text);
    QVERIFY2(number.ok(), qPrintable(number.error()));
    QCOMPARE(number.value(), normalized);
}

void TestValidators::mobileInvalid_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QString() << u"Enter a mobile number"_s;
    QTest::newRow("spaces and hyphens only") << u" - "_s << u"Enter a mobile number"_s;
    QTest::newRow("10 digits") << u"1381234567"_s << u"has 11 digits, but “1381234567” has 10."_s;
    QTest::newRow("12 digits") << u"138123456789"_s << u"has 11 digits, but “138123456789” has 12."_s;
    QTest::newRow("+86 and 10 digits") << u"+86 138 1234 567"_s << u"has 11 digits, but “+86 138 1234 567” has 10."_s;
    QTest::newRow("86 and 10 digits is not a prefix")
        << u"861381234567"_s << u"has 11 digits, but “861381234567” has 12."_s;
    QTest::newRow("starts with 12") << u"12812345678"_s << u"starts with 12, but mobile numbers start with 13 to 19"_s;
    QTest::newRow("landline") << u"0355-2123456"_s << u"starts with 03, but mobile numbers"_s;
    QTest::newRow("letter") << u"138-1234-567a"_s << u"contains “a”; only digits"_s;
    QTest::newRow("other country code") << u"+85291234567"_s << u"contains “+”; only digits"_s;
    QTest::newRow("parentheses") << u"(138)12345678"_s << u"contains “(”; only digits"_s;
}

void TestValidators::mobileInvalid()
{
    QFETCH(QString, text);
    QFETCH(QString, fragment);

    const Result<QString> number = MobileNumber::normalize(text);
    QVERIFY(!number.ok());
    QVERIFY2(number.error().contains(fragment), qPrintable(number.error()));
}

void TestValidators::mobileMask_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("masked");

    QTest::newRow("normalised") << u"13812345678"_s << u"138****5678"_s;
    QTest::newRow("written with +86") << u"+86 138-1234-5678"_s << u"138****5678"_s;
    QTest::newRow("not a mobile number") << u"0355-2123456"_s << u"********3456"_s;
    QTest::newRow("too short to show any") << u"110"_s << u"***"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestValidators::mobileMask()
{
    QFETCH(QString, text);
    QFETCH(QString, masked);
    QCOMPARE(MobileNumber::mask(text), masked);
}

QTEST_APPLESS_MAIN(TestValidators)

#include "tst_validators.moc"
