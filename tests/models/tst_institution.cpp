#include "TempDatabase.h"
#include "common/Clock.h"
#include "institution/InstitutionRepository.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The institution profile: each rule of the wizard and of `init`, and a save/load round trip of every field.
class TestInstitution : public QObject
{
    Q_OBJECT

private slots:
    void validate_data();
    void validate();
    void roundTripsEveryField();
    void rejectedProfileChangesNothing();
    void typeAndModelKeysAcceptChinese_data();
    void typeAndModelKeysAcceptChinese();
};

namespace {

const QDate today(2026, 11, 29);

InstitutionProfile validProfile()
{
    InstitutionProfile p;
    p.name = u"潞州区阳光托育园"_s;
    p.creditCode = u"91350100M000100Y43"_s;
    p.county = u"潞州区"_s;
    p.type = InstitutionType::Community;
    p.operatingModel = OperatingModel::PublicPrivate;
    p.places = 80;
    p.inclusive = true;
    p.inclusiveFrom = QDate(2025, 3, 1);
    p.inclusivePlaces = 60;
    return p;
}

} // namespace

void TestInstitution::validate_data()
{
    QTest::addColumn<InstitutionProfile>("profile");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");

    QTest::newRow("valid") << validProfile() << QString() << QString();
    auto p = validProfile();
    p.name = u"   "_s;
    QTest::newRow("blank name") << p << u"name"_s << u"name is required"_s;
    p = validProfile();
    p.creditCode = u"91350100M000100Y44"_s;
    QTest::newRow("wrong check character") << p << u"credit_code"_s << u"check character"_s;
    p = validProfile();
    p.county.clear();
    QTest::newRow("no county") << p << u"county"_s << u"county is required"_s;
    p = validProfile();
    p.places = 0;
    QTest::newRow("no places") << p << u"places"_s << u"at least 1"_s;
    p = validProfile();
    p.inclusiveFrom = {};
    QTest::newRow("inclusive without date") << p << u"inclusive_from"_s << u"date of its recognition"_s;
    p = validProfile();
    p.inclusiveFrom = today.addDays(1);
    QTest::newRow("recognised tomorrow") << p << u"inclusive_from"_s << u"in the future"_s;
    p = validProfile();
    p.inclusivePlaces = 0;
    QTest::newRow("inclusive without places") << p << u"inclusive_places"_s << u"approved inclusive places"_s;
    p = validProfile();
    p.inclusivePlaces = 81;
    QTest::newRow("more inclusive places than places") << p << u"inclusive_places"_s << u"cannot exceed"_s;
    p = validProfile();
    p.inclusive = false;
    QTest::newRow("inclusive details on a non-inclusive institution") << p << u"inclusive"_s << u"not marked"_s;
}

void TestInstitution::validate()
{
    QFETCH(InstitutionProfile, profile);
    QFETCH(QString, field);
    QFETCH(QString, message);
    const FieldErrors errors = profile.validate(today);
    if (field.isEmpty()) {
        QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().message));
        return;
    }
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, field);
    QVERIFY2(errors.first().message.contains(message), qPrintable(errors.first().message));
}

void TestInstitution::roundTripsEveryField()
{
    Clock::setFixed(QDateTime(today, QTime(9, 0)));
    TempDatabase t;
    QVERIFY(t.open());
    InstitutionRepository repository(*t.db);
    QVERIFY(repository.load().ok());
    QVERIFY(!repository.load().value().has_value());

    InstitutionProfile p = validProfile();
    p.creditCode = u" 91350100m000100y43 "_s; // typed in lower case with spaces: stored normalised
    const Result<FieldErrors> saved = repository.save(p);
    QVERIFY(saved.ok());
    QVERIFY(saved.value().isEmpty());
    const auto loaded = repository.load();
    QVERIFY(loaded.ok() && loaded.value().has_value());
    InstitutionProfile expected = validProfile();
    QCOMPARE(*loaded.value(), expected);
    QCOMPARE(loaded.value()->toJson().value(u"credit_code"_s).toString(), u"91350100M000100Y43"_s);
    QCOMPARE(loaded.value()->toJson().value(u"type"_s).toString(), u"community"_s);
    QCOMPARE(loaded.value()->toJson().value(u"operating_model"_s).toString(), u"public-private"_s);
    QCOMPARE(loaded.value()->toJson().value(u"inclusive_from"_s).toString(), u"2025-03-01"_s);
    Clock::setFixed({});
}

void TestInstitution::rejectedProfileChangesNothing()
{
    TempDatabase t;
    QVERIFY(t.open());
    InstitutionRepository repository(*t.db);
    QVERIFY(repository.save(validProfile()).ok());
    InstitutionProfile bad = validProfile();
    bad.name = u"新名字"_s;
    bad.places = -5;
    const Result<FieldErrors> saved = repository.save(bad);
    QVERIFY(saved.ok());
    QCOMPARE(saved.value().size(), 1);
    QCOMPARE(repository.load().value()->name, validProfile().name);
}

void TestInstitution::typeAndModelKeysAcceptChinese_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("type");
    QTest::newRow("key") << u"kindergarten"_s << int(InstitutionType::Kindergarten);
    QTest::newRow("key, other case and spaces") << u" Family "_s << int(InstitutionType::Family);
    QTest::newRow("Chinese") << u"用人单位办托"_s << int(InstitutionType::Employer);
    QTest::newRow("unknown") << u"school"_s << -1;
}

void TestInstitution::typeAndModelKeysAcceptChinese()
{
    QFETCH(QString, text);
    QFETCH(int, type);
    const auto found = InstitutionProfile::typeFromKey(text);
    QCOMPARE(found ? int(*found) : -1, type);
    QCOMPARE(InstitutionProfile::operatingModelFromKey(u"公建民营"_s), OperatingModel::PublicPrivate);
    QCOMPARE(InstitutionProfile::operatingModelFromKey(u"private"_s), OperatingModel::Private);
}

QTEST_GUILESS_MAIN(TestInstitution)
#include "tst_institution.moc"
