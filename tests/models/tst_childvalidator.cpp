// The rules a child's record must meet before it is saved: one row per rule, each naming the field the form marks
// and a fragment only that rule's message contains, so a rule that reports under another field or with another
// rule's words fails here.

#include "RosterFixtures.h"
#include "common/IdNumber.h"
#include "roster/ChildValidator.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ChildRecord)

namespace {

// A fixed "today" so the future-date rows do not change meaning as the calendar moves.
const QDate Today(2026, 11, 29);
const QDate Birth(2025, 3, 15);

// A valid ID number for the birth date: region 140402 (潞州区), sequence (odd: male), check character.
QString idNumber(QDate birth, int sequence)
{
    const QString first17 = u"140402"_s + birth.toString(u"yyyyMMdd"_s) + u"%1"_s.arg(sequence, 3, 10, QChar(u'0'));
    return first17 + IdNumber::checkCharacter(first17);
}

// The shared girl on the waiting list instead: applied in October for next March, no consent yet.
ChildRecord waitingChild()
{
    ChildRecord c = enrolledGirl();
    c.enrolledOn = {};
    c.appliedOn = QDate(2026, 10, 10);
    c.wantedMonth = u"2027-03"_s;
    c.consentBy.clear();
    c.consentOn = {};
    return c;
}

template<typename Change> ChildRecord with(ChildRecord c, Change change)
{
    change(c);
    return c;
}

ChildValidator::Options options(int minimumAgeMonths = 6, bool requireConsent = true)
{
    ChildValidator::Options o;
    o.today = Today;
    o.minimumAgeMonths = minimumAgeMonths;
    o.requireConsentToEnrol = requireConsent;
    return o;
}

} // namespace

class TestChildValidator : public QObject
{
    Q_OBJECT

private slots:
    void idNumbersOfTheFixtures();
    void validate_data();
    void validate();
    void normalises_data();
    void normalises();
    void checkField_data();
    void checkField();
};

void TestChildValidator::idNumbersOfTheFixtures()
{
    // The helper is checked against a number worked out by hand and the shared girl's, so the rows below rest on
    // a known-good ID.
    QCOMPARE(idNumber(Birth, 152), u"140402202503151523"_s);
    QCOMPARE(enrolledGirl().idNumber, idNumber(Birth, 152));
    QCOMPARE(enrolledGirl().birthDate, Birth);
    QCOMPARE(idNumber(Birth, 58), u"14040220250315058X"_s);
}

void TestChildValidator::validate_data()
{
    QTest::addColumn<ChildRecord>("record");
    QTest::addColumn<int>("minimumAge");
    QTest::addColumn<bool>("requireConsent");
    // Every error's field, in the order validate() reports them; empty: the record may be saved.
    QTest::addColumn<QStringList>("fields");
    // A fragment of the first error's message.
    QTest::addColumn<QString>("fragment");

    const ChildRecord base = enrolledGirl();
    const ChildRecord waiting = waitingChild();

    QTest::newRow("valid enrolled child") << base << 6 << true << QStringList() << QString();
    QTest::newRow("name missing") << with(base, [](ChildRecord& c) { c.name = u" \t "_s; }) << 6 << true
                                  << QStringList {u"name"_s} << u"The child's name is missing."_s;
    QTest::newRow("gender unknown") << with(base, [](ChildRecord& c) { c.gender = Gender::Unknown; }) << 6 << true
                                    << QStringList {u"gender"_s} << u"Choose the child's gender (男 or 女)."_s;
    QTest::newRow("birth date missing") << with(base, [](ChildRecord& c) { c.birthDate = {}; }) << 6 << true
                                        << QStringList {u"birth_date"_s} << u"The birth date is missing."_s;
    QTest::newRow("birth date in the future")
        << with(waiting,
                [](ChildRecord& c) {
                    c.birthDate = QDate(2026, 11, 30);
                    c.idNumber.clear();
                })
        << 6 << true << QStringList {u"birth_date"_s} << u"The birth date 2026-11-30 is in the future."_s;
    QTest::newRow("ID number with a bad check character")
        << with(base, [](ChildRecord& c) { c.idNumber = u"140402202503151524"_s; }) << 6 << true
        << QStringList {u"id_number"_s} << u"“140402202503151524” should be 3, not 4"_s;
    QTest::newRow("ID number disagrees with the birth date")
        << with(base, [](ChildRecord& c) { c.birthDate = QDate(2025, 3, 16); }) << 6 << true
        << QStringList {u"id_number"_s}
        << u"gives the birth date 2025-03-15, but the birth date entered is 2025-03-16"_s;
    QTest::newRow("ID number disagrees with the gender")
        << with(base, [](ChildRecord& c) { c.gender = Gender::Male; }) << 6 << true << QStringList {u"id_number"_s}
        << u"belongs to a female (its 17th digit is even), but the gender entered is male"_s;
    QTest::newRow("ID number with a lower-case x")
        << with(base, [](ChildRecord& c) { c.idNumber = u"14040220250315058x"_s; }) << 6 << true << QStringList()
        << QString();
    QTest::newRow("birth order 0") << with(base, [](ChildRecord& c) { c.birthOrder = 0; }) << 6 << true
                                   << QStringList {u"birth_order"_s} << u"must be 1, 2, 3 or more, not 0"_s;
    QTest::newRow("birth order 3") << with(base, [](ChildRecord& c) { c.birthOrder = 3; }) << 6 << true << QStringList()
                                   << QString();
    QTest::newRow("enrolled before birth")
        << with(base, [](ChildRecord& c) { c.enrolledOn = QDate(2025, 3, 14); }) << 6 << true
        << QStringList {u"enrolled_on"_s} << u"The enrolment date 2025-03-14 is before the birth date."_s;
    QTest::newRow("enrolled a day before 6 months")
        << with(base, [](ChildRecord& c) { c.enrolledOn = QDate(2025, 9, 14); }) << 6 << true
        << QStringList {u"enrolled_on"_s}
        << u"On 2025-09-14 the child is 5 months old; care starts at 6 months at the earliest."_s;
    QTest::newRow("enrolled on the day she is 6 months")
        << with(base, [](ChildRecord& c) { c.enrolledOn = QDate(2025, 9, 15); }) << 6 << true << QStringList()
        << QString();
    QTest::newRow("minimum age 12 months: 11 months refused")
        << with(base, [](ChildRecord& c) { c.enrolledOn = QDate(2026, 3, 1); }) << 12 << true
        << QStringList {u"enrolled_on"_s} << u"the child is 11 months old; care starts at 12 months"_s;
    QTest::newRow("minimum age 3 months: 4 months accepted")
        << with(base, [](ChildRecord& c) { c.enrolledOn = QDate(2025, 7, 20); }) << 3 << true << QStringList()
        << QString();
    QTest::newRow("consent missing") << with(base, [](ChildRecord& c) { c.consentBy.clear(); }) << 6 << true
                                     << QStringList {u"consent_date"_s}
                                     << u"Record the guardian's consent (who and when) before enrolling"_s;
    QTest::newRow("consent without a date") << with(base, [](ChildRecord& c) { c.consentOn = {}; }) << 6 << true
                                            << QStringList {u"consent_date"_s} << u"Record the guardian's consent"_s;
    QTest::newRow("consent missing, not required (an old roster's import)") << with(base, [](ChildRecord& c) {
        c.consentBy.clear();
        c.consentOn = {};
    }) << 6 << false << QStringList() << QString();
    QTest::newRow("consent date in the future")
        << with(base, [](ChildRecord& c) { c.consentOn = QDate(2026, 12, 1); }) << 6 << true
        << QStringList {u"consent_date"_s} << u"The consent date 2026-12-01 is in the future."_s;
    QTest::newRow("waiting list: applied, not enrolled") << waiting << 6 << true << QStringList() << QString();
    QTest::newRow("neither enrolled nor applied")
        << with(waiting, [](ChildRecord& c) { c.appliedOn = {}; }) << 6 << true << QStringList {u"enrolled_on"_s}
        << u"Give an enrolment date, or an application date"_s;
    QTest::newRow("application date in the future")
        << with(waiting, [](ChildRecord& c) { c.appliedOn = QDate(2026, 11, 30); }) << 6 << true
        << QStringList {u"applied_on"_s} << u"The application date 2026-11-30 is in the future."_s;
    QTest::newRow("last day before the enrolment")
        << with(base, [](ChildRecord& c) { c.withdrawnOn = QDate(2026, 8, 31); }) << 6 << true
        << QStringList {u"withdrawn_on"_s}
        << u"The last day in care, 2026-08-31, is before the enrolment date 2026-09-01."_s;
    QTest::newRow("last day on the enrolment day")
        << with(base, [](ChildRecord& c) { c.withdrawnOn = QDate(2026, 9, 1); }) << 6 << true << QStringList()
        << QString();
    QTest::newRow("leaving without ever being enrolled")
        << with(waiting, [](ChildRecord& c) { c.withdrawnOn = QDate(2026, 11, 1); }) << 6 << true
        << QStringList {u"withdrawn_on"_s} << u"A child who was never enrolled cannot leave."_s;
    QTest::newRow("wanted month 13") << with(waiting, [](ChildRecord& c) { c.wantedMonth = u"2027-13"_s; }) << 6 << true
                                     << QStringList {u"wanted_month"_s}
                                     << u"\"2027-13\" is not a month: the month must be from 01 to 12."_s;
    QTest::newRow("wanted month written with a slash")
        << with(waiting, [](ChildRecord& c) { c.wantedMonth = u"2027/03"_s; }) << 6 << true
        << QStringList {u"wanted_month"_s} << u"separate the year and the month with \"-\""_s;
    QTest::newRow("admission check in the future")
        << with(base, [](ChildRecord& c) { c.admissionCheckDate = QDate(2026, 12, 2); }) << 6 << true
        << QStringList {u"admission_check_date"_s} << u"The admission health check date 2026-12-02 is in the future."_s;
    QTest::newRow("second guardian without a name")
        << with(base, [](ChildRecord& c) { c.guardians[1].name = u"  "_s; }) << 6 << true << QStringList {u"guardian"_s}
        << u"Guardian 2 has no name."_s;
    QTest::newRow("guardian phone with 10 digits")
        << with(base, [](ChildRecord& c) { c.guardians[0].phone = u"1381234567"_s; }) << 6 << true
        << QStringList {u"phone"_s} << u"Phone of 李明: A mobile number has 11 digits, but “1381234567” has 10."_s;
    QTest::newRow("guardian phone starting 12")
        << with(base, [](ChildRecord& c) { c.guardians[1].phone = u"12812345678"_s; }) << 6 << true
        << QStringList {u"phone"_s} << u"Phone of 王丽: The mobile number “12812345678” starts with 12"_s;
    QTest::newRow("guardian without a phone")
        << with(base, [](ChildRecord& c) { c.guardians[1].phone.clear(); }) << 6 << true << QStringList() << QString();
    QTest::newRow("guardian ID number with a bad check character")
        << with(base, [](ChildRecord& c) { c.guardians[0].idNumber = u"110105194912310021"_s; }) << 6 << true
        << QStringList {u"guardian_id_number"_s} << u"ID number of 李明: The check character"_s;
    QTest::newRow("several problems, in field order")
        << with(base,
                [](ChildRecord& c) {
                    c.name.clear();
                    c.birthOrder = 0;
                    c.guardians[0].phone = u"phone"_s;
                })
        << 6 << true << QStringList {u"name"_s, u"birth_order"_s, u"phone"_s} << u"The child's name is missing."_s;
}

void TestChildValidator::validate()
{
    QFETCH(ChildRecord, record);
    QFETCH(int, minimumAge);
    QFETCH(bool, requireConsent);
    QFETCH(QStringList, fields);
    QFETCH(QString, fragment);

    const FieldErrors errors = ChildValidator::validate(record, options(minimumAge, requireConsent));
    QStringList reported;
    for (const FieldError& e : errors) {
        reported << e.field;
        QCOMPARE(e.row, 0); // a form's error, not an import row's
        QVERIFY2(!e.message.isEmpty(), qPrintable(e.field));
    }
    QCOMPARE(reported, fields);
    if (!fields.isEmpty())
        QVERIFY2(errors.first().message.contains(fragment), qPrintable(errors.first().message));
}

void TestChildValidator::normalises_data()
{
    QTest::addColumn<ChildRecord>("record");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QStringList>("phones");

    const ChildRecord base = enrolledGirl();
    const QStringList phones = {u"13812345678"_s, u"13998765432"_s};
    QTest::newRow("already normal") << base << u"李小雨"_s << u"140402202503151523"_s << phones;
    QTest::newRow("lower-case x stored as X")
        << with(base, [](ChildRecord& c) { c.idNumber = u"14040220250315058x"_s; }) << u"李小雨"_s
        << u"14040220250315058X"_s << phones;
    QTest::newRow("spaces in the ID number removed")
        << with(base, [](ChildRecord& c) { c.idNumber = u"140402 20250315 1523"_s; }) << u"李小雨"_s
        << u"140402202503151523"_s << phones;
    QTest::newRow("no ID number stays empty")
        << with(base, [](ChildRecord& c) { c.idNumber = u"   "_s; }) << u"李小雨"_s << QString() << phones;
    QTest::newRow("phone with +86, space and hyphens")
        << with(base, [](ChildRecord& c) { c.guardians[0].phone = u"+86 138-1234-5678"_s; }) << u"李小雨"_s
        << u"140402202503151523"_s << phones;
    QTest::newRow("phone with 86 and full-width digits")
        << with(base, [](ChildRecord& c) { c.guardians[1].phone = u"86１３９９８７６５４３２"_s; }) << u"李小雨"_s
        << u"140402202503151523"_s << phones;
    QTest::newRow("name with extra spaces") << with(base, [](ChildRecord& c) { c.name = u"  李  小雨 "_s; })
                                            << u"李 小雨"_s << u"140402202503151523"_s << phones;
}

void TestChildValidator::normalises()
{
    QFETCH(ChildRecord, record);
    QFETCH(QString, name);
    QFETCH(QString, idNumber);
    QFETCH(QStringList, phones);

    const FieldErrors errors = ChildValidator::validate(record, options());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    QCOMPARE(record.name, name);
    QCOMPARE(record.idNumber, idNumber);
    QStringList stored;
    for (const Guardian& g : record.guardians)
        stored << g.phone;
    QCOMPARE(stored, phones);
}

void TestChildValidator::checkField_data()
{
    QTest::addColumn<ChildRecord>("record");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment"); // empty: the field is fine

    const ChildRecord base = enrolledGirl();
    const ChildRecord nameless = with(base, [](ChildRecord& c) { c.name.clear(); });
    QTest::newRow("name of a nameless child") << nameless << u"name"_s << u"The child's name is missing."_s;
    // Another field's problem must not show under the field being typed in.
    QTest::newRow("ID number of a nameless child") << nameless << u"id_number"_s << QString();
    QTest::newRow("ID number that disagrees with the gender")
        << with(base, [](ChildRecord& c) { c.gender = Gender::Male; }) << u"id_number"_s << u"belongs to a female"_s;
    QTest::newRow("gender when the ID number disagrees")
        << with(base, [](ChildRecord& c) { c.gender = Gender::Male; }) << u"gender"_s << QString();
    QTest::newRow("enrolment under the minimum age")
        << with(base, [](ChildRecord& c) { c.enrolledOn = QDate(2025, 8, 1); }) << u"enrolled_on"_s
        << u"the child is 4 months old"_s;
    QTest::newRow("phone of a guardian, written with +86")
        << with(base, [](ChildRecord& c) { c.guardians[0].phone = u"+86 138-1234-5678"_s; }) << u"phone"_s << QString();
    QTest::newRow("phone of a guardian, too short")
        << with(base, [](ChildRecord& c) { c.guardians[1].phone = u"139"_s; }) << u"phone"_s
        << u"Phone of 王丽: A mobile number has 11 digits"_s;
    QTest::newRow("a field no rule knows") << nameless << u"colour"_s << QString();
}

void TestChildValidator::checkField()
{
    QFETCH(ChildRecord, record);
    QFETCH(QString, field);
    QFETCH(QString, fragment);

    const ChildRecord before = record;
    const QString message = ChildValidator::checkField(field, record, options());
    if (fragment.isEmpty())
        QCOMPARE(message, QString());
    else
        QVERIFY2(message.contains(fragment), qPrintable(message));
    // The record being typed into is left as the user typed it.
    QCOMPARE(record.name, before.name);
    QCOMPARE(record.guardians, before.guardians);
    QCOMPARE(record.idNumber, before.idNumber);
}

QTEST_APPLESS_MAIN(TestChildValidator)
#include "tst_childvalidator.moc"
