#include "common/PolicyKey.h"
#include "common/PolicyParameters.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

PolicyValue meal(Month from, qint64 fen, Month to = {})
{
    return PolicyValue {PolicyKey::MealDailyRate, from, to, fen, u"test"_s};
}

// Meal rates written compactly, "2025-01..2026-11=1500 2026-12..=1800": a space between values, an empty last
// month for an open-ended one. The tables read and compare histories in this form.
QString describe(const QList<PolicyValue>& history)
{
    QStringList parts;
    for (const PolicyValue& v : history) {
        const QString validTo = v.isOpenEnded() ? QString() : v.validTo.toString();
        parts.append(u"%1..%2=%3"_s.arg(v.validFrom.toString(), validTo).arg(v.value));
    }
    return parts.join(u' ');
}

QList<PolicyValue> mealChanges(const QString& compact)
{
    QList<PolicyValue> changes;
    for (const QString& part : compact.split(u' ')) {
        const QString validFrom = part.section(u".."_s, 0, 0);
        const QString validTo = part.section(u".."_s, 1).section(u'=', 0, 0);
        const qint64 fen = part.section(u'=', 1).toLongLong();
        changes.append(meal(*Month::parse(validFrom), fen, validTo.isEmpty() ? Month() : *Month::parse(validTo)));
    }
    return changes;
}

QByteArray policyFile(const QByteArray& parameters)
{
    return R"({"format": "daycaredesk.policy-defaults", "version": 1, "parameters": [)" + parameters + "]}";
}

} // namespace

class TestPolicyParameters : public QObject
{
    Q_OBJECT

private slots:
    void defaultsHaveTheDomainFigures_data();
    void defaultsHaveTheDomainFigures();
    void defaultsCoverEveryDefinedKey();
    void everyKeyHasALabel();
    void lookupAcrossAChange_data();
    void lookupAcrossAChange();
    void setKeepsHistoryOrderedAndDisjoint_data();
    void setKeepsHistoryOrderedAndDisjoint();
    void removeHandsMonthsBack();
    void validateRefuses_data();
    void validateRefuses();
    void setRefusesWhatValidateRefuses();
    void malformedJson_data();
    void malformedJson();
    void unitsFollowTheDefinitions();
    void fileWithClosedPeriods();
};

void TestPolicyParameters::defaultsHaveTheDomainFigures_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<qint64>("value");

    QTest::newRow("list price infant 2100 yuan") << PolicyKey::ListPriceInfant << qint64(210000);
    QTest::newRow("list price young 1700 yuan") << PolicyKey::ListPriceYoung << qint64(170000);
    QTest::newRow("list price older 1400 yuan") << PolicyKey::ListPriceOlder << qint64(140000);
    QTest::newRow("list price mixed 1600 yuan") << PolicyKey::ListPriceMixed << qint64(160000);
    QTest::newRow("half-day 65%") << PolicyKey::HalfDayPercent << qint64(65);
    QTest::newRow("hourly 20 yuan") << PolicyKey::HourlyRate << qint64(2000);
    QTest::newRow("inclusive reduction 300 yuan") << PolicyKey::InclusiveReduction << qint64(30000);
    QTest::newRow("meals 15 yuan a day") << PolicyKey::MealDailyRate << qint64(1500);
    QTest::newRow("whole month absent refund 60%") << PolicyKey::RefundAbsentMonthPercent << qint64(60);
    QTest::newRow("half or less refund 10%") << PolicyKey::RefundHalfOrLessPercent << qint64(10);
    QTest::newRow("operating subsidy independent 500 yuan") << PolicyKey::OperatingSubsidyIndependent << qint64(50000);
    QTest::newRow("operating subsidy kindergarten 300 yuan")
        << PolicyKey::OperatingSubsidyKindergarten << qint64(30000);
    QTest::newRow("attendance for subsidy 50%") << PolicyKey::SubsidyMinAttendancePercent << qint64(50);
    QTest::newRow("10 claimed months a year") << PolicyKey::SubsidyMaxClaimMonthsPerYear << qint64(10);
    QTest::newRow("under 36 months") << PolicyKey::SubsidyMaxAgeMonths << qint64(36);
    QTest::newRow("birth subsidy 2nd child 3000 yuan") << PolicyKey::BirthSubsidySecondChild << qint64(300000);
    QTest::newRow("birth subsidy 3rd child 5000 yuan") << PolicyKey::BirthSubsidyThirdChild << qint64(500000);
    QTest::newRow("national subsidy 3600 yuan") << PolicyKey::NationalChildcareSubsidyYearly << qint64(360000);
}

void TestPolicyParameters::defaultsHaveTheDomainFigures()
{
    QFETCH(QString, key);
    QFETCH(qint64, value);

    const PolicyParameters& defaults = PolicyParameters::defaults();
    QCOMPARE(defaults.value(key, Month(2025, 1)), std::optional<qint64>(value));
    QCOMPARE(defaults.value(key, Month(2030, 6)), std::optional<qint64>(value));
    QCOMPARE(defaults.value(key, Month(2024, 12)), std::nullopt);
    QVERIFY(!defaults.inForce(key, Month(2026, 3))->basis.isEmpty());
}

void TestPolicyParameters::defaultsCoverEveryDefinedKey()
{
    QStringList defined;
    for (const PolicyDefinition& definition : PolicyDefinition::all())
        defined.append(definition.key());
    QCOMPARE(PolicyParameters::defaults().keys(), defined);
    QCOMPARE(&PolicyParameters::defaults(), &PolicyParameters::defaults());
}

void TestPolicyParameters::everyKeyHasALabel()
{
    QFile file(u":/policy/defaults.json"_s);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonArray parameters = QJsonDocument::fromJson(file.readAll()).object().value(u"parameters"_s).toArray();
    QVERIFY(!parameters.isEmpty());
    QStringList labels;
    for (const QJsonValue& parameter : parameters) {
        const QString key = parameter.toObject().value(u"key"_s).toString();
        const QString label = PolicyParameters::label(key);
        QVERIFY2(!label.isEmpty() && label != key, qPrintable(key));
        QVERIFY2(!labels.contains(label), qPrintable(label));
        labels.append(label);
    }
    QCOMPARE(PolicyParameters::label(PolicyKey::ListPriceInfant), u"Monthly care fee, infant class"_s);
    QCOMPARE(PolicyParameters::label(u"no.such.key"_s), u"no.such.key"_s);
}

void TestPolicyParameters::lookupAcrossAChange_data()
{
    QTest::addColumn<Month>("month");
    QTest::addColumn<std::optional<qint64>>("value");

    // 15 yuan from 2025-01, 18 yuan from 2026-12.
    QTest::newRow("before the first value") << Month(2024, 12) << std::optional<qint64>();
    QTest::newRow("first month") << Month(2025, 1) << std::optional<qint64>(1500);
    QTest::newRow("month before the change") << Month(2026, 11) << std::optional<qint64>(1500);
    QTest::newRow("month of the change") << Month(2026, 12) << std::optional<qint64>(1800);
    QTest::newRow("long after the change") << Month(2031, 3) << std::optional<qint64>(1800);
    QTest::newRow("invalid month") << Month() << std::optional<qint64>();
}

void TestPolicyParameters::lookupAcrossAChange()
{
    QFETCH(Month, month);
    QFETCH(std::optional<qint64>, value);

    PolicyParameters parameters;
    QVERIFY(parameters.set(meal(Month(2025, 1), 1500)));
    QVERIFY(parameters.set(meal(Month(2026, 12), 1800)));
    QCOMPARE(parameters.value(PolicyKey::MealDailyRate, month), value);
    QCOMPARE(parameters.valueOr(PolicyKey::MealDailyRate, month, -1), value.value_or(-1));
    QCOMPARE(parameters.value(PolicyKey::HourlyRate, month), std::nullopt);
}

void TestPolicyParameters::setKeepsHistoryOrderedAndDisjoint_data()
{
    QTest::addColumn<QString>("changes");
    QTest::addColumn<QString>("history");

    QTest::newRow("a later value closes the open one")
        << u"2025-01..=1500 2026-12..=1800"_s << u"2025-01..2026-11=1500 2026-12..=1800"_s;
    QTest::newRow("added out of order") << u"2026-12..=1800 2025-01..=1500"_s
                                        << u"2025-01..2026-11=1500 2026-12..=1800"_s;
    QTest::newRow("a correction in between keeps the later change")
        << u"2025-01..=1500 2026-12..=1800 2026-06..=1600"_s
        << u"2025-01..2026-05=1500 2026-06..2026-11=1600 2026-12..=1800"_s;
    QTest::newRow("same first month replaces") << u"2025-01..=1500 2025-01..=1550"_s << u"2025-01..=1550"_s;
    QTest::newRow("a bounded value splits an open one")
        << u"2025-01..=1500 2026-06..2026-08=1000"_s << u"2025-01..2026-05=1500 2026-06..2026-08=1000 2026-09..=1500"_s;
    QTest::newRow("a bounded value replaces what it covers, keeps the rest")
        << u"2025-01..=1500 2026-06..=1600 2026-12..2027-02=1800 2026-03..2027-03=900"_s
        << u"2025-01..2026-02=1500 2026-03..2027-03=900 2027-04..=1600"_s;
    QTest::newRow("a bounded value leaves a gap")
        << u"2025-01..2025-06=1500 2026-12..=1800"_s << u"2025-01..2025-06=1500 2026-12..=1800"_s;
}

void TestPolicyParameters::setKeepsHistoryOrderedAndDisjoint()
{
    QFETCH(QString, changes);
    QFETCH(QString, history);

    PolicyParameters parameters;
    for (const PolicyValue& change : mealChanges(changes))
        QVERIFY(parameters.set(change));
    QCOMPARE(describe(parameters.history(PolicyKey::MealDailyRate)), history);
    QCOMPARE(parameters.keys(), QStringList {PolicyKey::MealDailyRate});
}

void TestPolicyParameters::removeHandsMonthsBack()
{
    PolicyParameters parameters;
    QVERIFY(parameters.set(meal(Month(2025, 1), 1500)));
    QVERIFY(parameters.set(meal(Month(2026, 12), 1800)));
    QVERIFY(!parameters.remove(PolicyKey::MealDailyRate, Month(2026, 11)));
    QVERIFY(!parameters.remove(PolicyKey::HourlyRate, Month(2025, 1)));

    QVERIFY(parameters.remove(PolicyKey::MealDailyRate, Month(2026, 12)));
    QCOMPARE(describe(parameters.history(PolicyKey::MealDailyRate)), u"2025-01..=1500"_s);
    QCOMPARE(parameters.value(PolicyKey::MealDailyRate, Month(2027, 1)), std::optional<qint64>(1500));

    QVERIFY(parameters.remove(PolicyKey::MealDailyRate, Month(2025, 1)));
    QVERIFY(parameters.history(PolicyKey::MealDailyRate).isEmpty());
    QVERIFY(parameters.keys().isEmpty());
}

void TestPolicyParameters::validateRefuses_data()
{
    QTest::addColumn<PolicyValue>("value");
    QTest::addColumn<QString>("message");

    const Month jan(2026, 1);
    QTest::newRow("unknown key") << PolicyValue {u"fee.unknown"_s, jan, {}, 1, {}}
                                 << u"\"fee.unknown\" is not a known policy parameter."_s;
    QTest::newRow("invalid first month") << PolicyValue {PolicyKey::MealDailyRate, Month(), {}, 1500, {}}
                                         << u"Meals, per day attended: the month it applies from is missing."_s;
    QTest::newRow("last month before first")
        << PolicyValue {PolicyKey::MealDailyRate, jan, Month(2025, 12), 1500, {}}
        << u"Meals, per day attended: the last month (2025-12) is before the first month (2026-01)."_s;
    QTest::newRow("negative value") << PolicyValue {PolicyKey::InclusiveReduction, jan, {}, -30000, {}}
                                    << u"Inclusive care reduction per child per month: the value cannot be negative."_s;
    QTest::newRow("percent over 100")
        << PolicyValue {PolicyKey::HalfDayPercent, jan, {}, 101, {}}
        << u"Half-day care fee, share of the full-day fee: a percentage cannot be more than 100 (given 101)."_s;
    QTest::newRow("no children per caregiver")
        << PolicyValue {PolicyKey::RatioMixed, jan, {}, 0, {}}
        << u"Children per caregiver, mixed-age class: a ratio needs at least one child per caregiver."_s;
    QTest::newRow("percent of exactly 100 is fine")
        << PolicyValue {PolicyKey::HalfDayPercent, jan, {}, 100, {}} << QString();
    QTest::newRow("zero fee is fine") << PolicyValue {PolicyKey::MealDailyRate, jan, jan, 0, {}} << QString();
    QTest::newRow("money over 100 is fine") << PolicyValue {PolicyKey::MealDailyRate, jan, {}, 101, {}} << QString();
}

void TestPolicyParameters::validateRefuses()
{
    QFETCH(PolicyValue, value);
    QFETCH(QString, message);

    const Status status = PolicyParameters().validate(value);
    QCOMPARE(status.ok(), message.isEmpty());
    QCOMPARE(status.error(), message);
}

void TestPolicyParameters::setRefusesWhatValidateRefuses()
{
    PolicyParameters parameters;
    QVERIFY(parameters.set(meal(Month(2025, 1), 1500)));
    const Status refused = parameters.set(meal(Month(2026, 1), -1));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(u"negative"_s));
    QCOMPARE(describe(parameters.history(PolicyKey::MealDailyRate)), u"2025-01..=1500"_s);
}

void TestPolicyParameters::malformedJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");

    QTest::newRow("not JSON") << QByteArray("[") << u"not valid JSON"_s;
    QTest::newRow("calendar file") << QByteArray(R"({"format": "daycaredesk.calendar", "version": 1})")
                                   << u"not a DaycareDesk policy file"_s;
    QTest::newRow("newer version") << QByteArray(
        R"({"format": "daycaredesk.policy-defaults", "version": 3, "parameters": []})")
                                   << u"format version 3"_s;
    QTest::newRow("no parameters") << QByteArray(R"({"format": "daycaredesk.policy-defaults", "version": 1})")
                                   << u"no list of \"parameters\""_s;
    QTest::newRow("entry not an object") << policyFile("42") << u"Parameter 1 is not an object."_s;
    QTest::newRow("unknown key") << policyFile(
        R"({"key": "fee.caviar", "unit": "fen", "value": 1, "valid_from": "2025-01"})")
                                 << u"Parameter 1: \"fee.caviar\" is not a known policy parameter."_s;
    QTest::newRow("wrong unit")
        << policyFile(R"({"key": "fee.half_day_percent", "unit": "fen", "value": 65, "valid_from": "2025-01"})")
        << u"Parameter 1 (fee.half_day_percent): the unit is \"fen\", but this parameter is counted in percent."_s;
    QTest::newRow("fractional value") << policyFile(
        R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": 15.5, "valid_from": "2025-01"})")
                                      << u"Parameter 1 (fee.meal_daily_rate): \"value\" must be a whole number."_s;
    QTest::newRow("value as text") << policyFile(
        R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": "1500", "valid_from": "2025-01"})")
                                   << u"\"value\" must be a whole number"_s;
    QTest::newRow("bad valid_from") << policyFile(
        R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": 1500, "valid_from": "2025-13"})")
                                    << u"Parameter 1 (fee.meal_daily_rate): \"valid_from\": "_s;
    QTest::newRow("bad valid_to") << policyFile(R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": 1500,
                                                    "valid_from": "2025-01", "valid_to": "soon"})")
                                  << u"Parameter 1 (fee.meal_daily_rate): \"valid_to\": "_s;
    QTest::newRow("percent over 100")
        << policyFile(R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": 1500, "valid_from": "2025-01"},
                         {"key": "fee.half_day_percent", "unit": "percent", "value": 165, "valid_from": "2025-01"})")
        << u"Parameter 2: Half-day care fee, share of the full-day fee: a percentage cannot be more than 100"_s;
    QTest::newRow("overlapping periods")
        << policyFile(R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": 1500, "valid_from": "2025-01"},
                         {"key": "fee.meal_daily_rate", "unit": "fen", "value": 1800, "valid_from": "2026-12"})")
        << u"Parameter 2 (fee.meal_daily_rate): its months overlap the value from 2025-01"_s;
    QTest::newRow("basis not text") << policyFile(
        R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": 1500, "valid_from": "2025-01", "basis": 1})")
                                    << u"Parameter 1 (fee.meal_daily_rate): \"basis\" must be text."_s;
}

void TestPolicyParameters::malformedJson()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);

    const Result<PolicyParameters> parsed = PolicyParameters::fromJson(json);
    QVERIFY(!parsed.ok());
    QVERIFY2(parsed.error().contains(message), qPrintable(parsed.error()));
}

void TestPolicyParameters::unitsFollowTheDefinitions()
{
    const PolicyParameters& defaults = PolicyParameters::defaults();
    QCOMPARE(defaults.unit(PolicyKey::MealDailyRate), PolicyUnit::Fen);
    QCOMPARE(defaults.unit(PolicyKey::HalfDayPercent), PolicyUnit::Percent);
    QCOMPARE(defaults.unit(PolicyKey::PrepayMaxMonths), PolicyUnit::Months);
    QCOMPARE(defaults.unit(PolicyKey::HealthCertificateWarnDays), PolicyUnit::Days);
    QCOMPARE(defaults.unit(PolicyKey::RatioMixed), PolicyUnit::Children);
    QCOMPARE(defaults.unit(PolicyKey::IdleLockMinutes), PolicyUnit::Minutes);
    for (const PolicyUnit unit : {PolicyUnit::Fen, PolicyUnit::Percent, PolicyUnit::Months, PolicyUnit::Days,
                                  PolicyUnit::Children, PolicyUnit::Minutes})
        QCOMPARE(PolicyDefinition::unitFromName(PolicyDefinition::unitName(unit)), std::optional<PolicyUnit>(unit));
    QCOMPARE(PolicyDefinition::unitFromName(u"yuan"_s), std::nullopt);
}

void TestPolicyParameters::fileWithClosedPeriods()
{
    const QByteArray later = R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": 1800,
                                 "valid_from": "2026-12", "basis": "new"})";
    const QByteArray earlier = R"({"key": "fee.meal_daily_rate", "unit": "fen", "value": 1500,
                                   "valid_from": "2025-01", "valid_to": "2026-11"})";
    const Result<PolicyParameters> parsed = PolicyParameters::fromJson(policyFile(later + ", " + earlier));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
    QCOMPARE(describe(parsed->history(PolicyKey::MealDailyRate)), u"2025-01..2026-11=1500 2026-12..=1800"_s);
    QCOMPARE(parsed->inForce(PolicyKey::MealDailyRate, Month(2027, 1))->basis, u"new"_s);
}

QTEST_GUILESS_MAIN(TestPolicyParameters)
#include "tst_policyparameters.moc"
