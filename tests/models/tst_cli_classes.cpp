#include "CliRunner.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The command line's classes and staff: `class add` with its default capacity, Chinese type names and refusals,
// `class list` with counts and warnings on a day, and `staff list` masking identity numbers for those who may not
// see them whole.
class TestCliClasses : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void classAddTakesTheNationalMaximum();
    void classAddRefusals();
    void classListShowsTheDay();
    void staffListMasksForACaregiver();

private:
    CliRun as(const QString& user, const QString& password, const QStringList& arguments)
    {
        return runCliAs(m_db, user, password, arguments);
    }
    CliRun admin(const QStringList& arguments) { return as(u"admin"_s, u"admin"_s, arguments); }
    static QJsonObject byName(const QJsonArray& list, const QString& name);

    QTemporaryDir m_dir;
    QString m_db;
};

void TestCliClasses::initTestCase()
{
    m_db = m_dir.filePath(u"demo.db"_s);
    const CliRun demo = runCli({u"--db"_s, m_db, u"demo"_s, u"--children"_s, u"20"_s, u"--months"_s, u"1"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
}

QJsonObject TestCliClasses::byName(const QJsonArray& list, const QString& name)
{
    for (const QJsonValue& v : list)
        if (v[u"name"_s].toString() == name)
            return v.toObject();
    return {};
}

void TestCliClasses::classAddTakesTheNationalMaximum()
{
    const CliRun older
        = admin({u"class"_s, u"add"_s, u"向日葵班"_s, u"--type"_s, u"older"_s, u"--room"_s, u"301"_s, u"--json"_s});
    QVERIFY2(older.exitCode == 0, qPrintable(older.err));
    QCOMPARE(older.json()[u"capacity"_s].toInt(), 20);
    QCOMPARE(older.json()[u"type"_s].toString(), u"older"_s);
    QVERIFY(older.json()[u"id"_s].toInteger() > 0);

    const CliRun chinese = admin({u"class"_s, u"add"_s, u"小星星班"_s, u"--type"_s, u"乳儿班"_s});
    QVERIFY2(chinese.exitCode == 0, qPrintable(chinese.err));
    QVERIFY2(chinese.out.contains(u"capacity 10"_s), qPrintable(chinese.out));

    const CliRun big
        = admin({u"class"_s, u"add"_s, u"大家庭"_s, u"--type"_s, u"family"_s, u"--capacity"_s, u"8"_s, u"--json"_s});
    QCOMPARE(big.exitCode, 0);
    QCOMPARE(big.json()[u"capacity"_s].toInt(), 8);
    QVERIFY2(big.err.contains(u"above the national maximum of 5"_s), qPrintable(big.err));
}

void TestCliClasses::classAddRefusals()
{
    const CliRun badType = admin({u"class"_s, u"add"_s, u"月亮班"_s, u"--type"_s, u"toddler"_s});
    QCOMPARE(badType.exitCode, 3);
    for (const QString& name : {u"infant (乳儿班)"_s, u"young (托小班)"_s, u"older (托大班)"_s, u"mixed (混合班)"_s,
                                u"family (家庭托育点)"_s})
        QVERIFY2(badType.err.contains(name), qPrintable(badType.err));

    QVERIFY(admin({u"class"_s, u"add"_s, u"太阳班"_s, u"--type"_s, u"young"_s}).exitCode == 0);
    const CliRun duplicate = admin({u"class"_s, u"add"_s, u"太阳班"_s, u"--type"_s, u"young"_s, u"--json"_s});
    QCOMPARE(duplicate.exitCode, 3);
    QCOMPARE(duplicate.json()[u"ok"_s].toBool(), false);
    QVERIFY2(duplicate.err.contains(u"already a class named 太阳班"_s), qPrintable(duplicate.err));

    QCOMPARE(admin({u"class"_s, u"add"_s, u"云朵班"_s}).exitCode, 2);
    const CliRun zero = admin({u"class"_s, u"add"_s, u"云朵班"_s, u"--type"_s, u"young"_s, u"--capacity"_s, u"0"_s});
    QCOMPARE(zero.exitCode, 3);
    QVERIFY(zero.err.contains(u"--capacity"_s));
    QCOMPARE(runCli({u"--db"_s, m_db, u"class"_s, u"list"_s}).exitCode, 2); // nobody logged in
}

void TestCliClasses::classListShowsTheDay()
{
    admin({u"class"_s, u"add"_s, u"空班"_s, u"--type"_s, u"infant"_s, u"--capacity"_s, u"12"_s});
    const CliRun list = admin({u"class"_s, u"list"_s, u"--json"_s, u"--date"_s, u"2026-11-20"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.json()[u"date"_s].toString(), u"2026-11-20"_s);
    const QJsonArray classes = list.json()[u"classes"_s].toArray();
    QVERIFY(classes.size() >= 4);
    const QJsonObject demo = classes.first().toObject();
    QVERIFY(demo[u"children"_s].toInt() > 0);
    QVERIFY(demo[u"caregivers"_s].toArray().size() >= demo[u"caregivers_required"_s].toInt());
    QVERIFY(!demo[u"type"_s].toString().isEmpty());

    const QJsonObject empty = byName(classes, u"空班"_s);
    QCOMPARE(empty[u"type"_s].toString(), u"infant"_s);
    QCOMPARE(empty[u"children"_s].toInt(), 0);
    QCOMPARE(empty[u"caregivers_required"_s].toInt(), 0);
    const QJsonArray warnings = empty[u"warnings"_s].toArray();
    QCOMPARE(warnings.size(), 1);
    QCOMPARE(warnings.first()[u"kind"_s].toString(), u"capacity_above_standard"_s);

    // Before the demo's children started nobody is counted.
    const CliRun early = admin({u"class"_s, u"list"_s, u"--json"_s, u"--date"_s, u"2020-01-01"_s});
    for (const QJsonValue& c : early.json()[u"classes"_s].toArray())
        QCOMPARE(c[u"children"_s].toInt(), 0);

    const CliRun text = admin({u"class"_s, u"list"_s});
    QVERIFY2(text.out.contains(u"空班\tinfant\troom \tchildren 0/12"_s), qPrintable(text.out));
    QVERIFY(text.out.contains(u"  ! The capacity of 空班 (12)"_s));

    QCOMPARE(admin({u"class"_s, u"list"_s, u"--date"_s, u"2026-13-01"_s}).exitCode, 3);
}

void TestCliClasses::staffListMasksForACaregiver()
{
    const CliRun whole = admin({u"staff"_s, u"list"_s, u"--json"_s});
    QVERIFY2(whole.exitCode == 0, qPrintable(whole.err));
    QCOMPARE(whole.json()[u"identity_masked"_s].toBool(), false);
    const QJsonArray staff = whole.json()[u"staff"_s].toArray();
    QVERIFY(staff.size() >= 5);
    const QJsonObject first = staff.first().toObject();
    QCOMPARE(first[u"id_number"_s].toString().size(), 18);
    QVERIFY(!first[u"id_number"_s].toString().contains(u'*'));
    QVERIFY(first[u"in_post"_s].toBool());
    bool caregiverWithClass = false;
    bool healthExpiry = false;
    for (const QJsonValue& s : staff) {
        caregiverWithClass |= s[u"role"_s].toString() == u"caregiver"_s && !s[u"classes"_s].toArray().isEmpty();
        for (const QJsonValue& q : s[u"qualifications"_s].toArray())
            healthExpiry |= q[u"type"_s].toString() == u"health_certificate"_s && q[u"expires_on"_s].isString();
    }
    QVERIFY(caregiverWithClass);
    QVERIFY(healthExpiry);
    const QJsonObject rate = whole.json()[u"certified"_s].toObject();
    QVERIFY(rate[u"caregivers"_s].toInt() > 0);
    QCOMPARE(rate[u"target_percent"_s].toInt(), 90);

    const QString file = passwordFile(m_dir, u"caregiver-2026"_s);
    QCOMPARE(admin({u"user"_s, u"add"_s, u"wangfang"_s, u"--role"_s, u"caregiver"_s, u"--new-password-file"_s, file})
                 .exitCode,
             0);
    const CliRun masked = as(u"wangfang"_s, u"caregiver-2026"_s, {u"staff"_s, u"list"_s, u"--json"_s});
    QVERIFY2(masked.exitCode == 0, qPrintable(masked.err));
    QCOMPARE(masked.json()[u"identity_masked"_s].toBool(), true);
    const QJsonObject seen = masked.json()[u"staff"_s].toArray().first().toObject();
    QVERIFY(seen[u"id_number"_s].toString().contains(u"********"_s));
    QVERIFY(seen[u"phone"_s].toString().contains(u"****"_s));

    const CliRun text = as(u"wangfang"_s, u"caregiver-2026"_s, {u"staff"_s, u"list"_s});
    QVERIFY2(text.out.contains(u"持证上岗率"_s), qPrintable(text.out));
    QVERIFY(!text.out.contains(first[u"id_number"_s].toString()));
}

QTEST_GUILESS_MAIN(TestCliClasses)
#include "tst_cli_classes.moc"
