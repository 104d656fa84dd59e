#include "CliRunner.h"
#include "FamilyFixtures.h"
#include "WorkbookReader.h"
#include "access/UserRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Families' subsidies and insurance on the command line, on 2026-11-20: `birth-subsidy list` with the amounts,
// `birth-subsidy set` and `childcare-subsidy set` with their refusals, `insurance add`, `insurance list` and
// `insurance export` read back, and a caregiver refused. The tests run in order on one database.
class TestCliFamilies : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void birthSubsidyList();
    void birthSubsidySet();
    void birthSubsidyRefusals_data();
    void birthSubsidyRefusals();
    void childcareSubsidySet();
    void insuranceAddAndList();
    void insuranceRefusals_data();
    void insuranceRefusals();
    void insuranceExport();
    void caregiverIsRefused();

private:
    CliRun finance(const QStringList& arguments)
    {
        return runCliAs(m_t->path, u"caiwu"_s, u"finance-2026"_s, arguments);
    }
    // The child's entry in `birth-subsidy list --json`.
    QJsonObject listed(const QString& idNumber)
    {
        const CliRun run = finance({u"birth-subsidy"_s, u"list"_s, u"--json"_s});
        for (const QJsonValue& child : run.json()[u"children"_s].toArray())
            if (child[u"id_number"_s].toString() == idNumber)
                return child.toObject();
        return {};
    }

    std::unique_ptr<TempDatabase> m_t;
    QString m_secondId; // 小雨, 孩次 2, born 2025-03-15
    QString m_thirdId; // 三宝, 孩次 3
    QString m_firstId; // 老大, 孩次 1
};

void TestCliFamilies::initTestCase()
{
    qint64 classA = 0;
    qint64 classB = 0;
    m_t = rosterDatabase(classA, classB);
    QVERIFY(m_t);
    Database& db = *m_t->db;
    QVERIFY(UserRepository(db).add(u"caiwu"_s, Role::Finance, u"finance-2026"_s).ok());
    QVERIFY(UserRepository(db).add(u"wangfang"_s, Role::Caregiver, u"caregiver-2026"_s, {}, {classA}).ok());
    const ChildRecord second = familyChild(u"小雨"_s, QDate(2025, 3, 15), 2);
    const ChildRecord third = familyChild(u"三宝"_s, QDate(2024, 12, 2), 3);
    const ChildRecord first = familyChild(u"老大"_s, QDate(2025, 1, 8), 1);
    m_secondId = second.idNumber;
    m_thirdId = third.idNumber;
    m_firstId = first.idNumber;
    for (const ChildRecord& c : {second, third, first})
        QVERIFY(addFamilyChild(db, classA, c));
    m_t->db.reset();
}

void TestCliFamilies::birthSubsidyList()
{
    const CliRun run = finance({u"birth-subsidy"_s, u"list"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray children = run.json()[u"children"_s].toArray();
    QCOMPARE(children.size(), 2);
    const QJsonObject third = children.at(0).toObject(); // 三宝 sorts before 小雨
    QCOMPARE(third[u"name"_s].toString(), u"三宝"_s);
    QCOMPARE(third[u"id_number"_s].toString(), m_thirdId);
    QCOMPARE(third[u"birth_order"_s].toInt(), 3);
    QCOMPARE(third[u"amount_fen"_s].toInteger(), 500000);
    QCOMPARE(third[u"applied"_s].toBool(), false);
    QVERIFY(third[u"applied_on"_s].isNull());
    QCOMPARE(third[u"childcare_subsidy"_s].toString(), u"unknown"_s);
    QCOMPARE(children.at(1)[u"amount_fen"_s].toInteger(), 300000);

    const CliRun text = finance({u"birth-subsidy"_s, u"list"_s});
    QVERIFY(text.out.contains(u"5,000.00"_s));
    const CliRun before = finance({u"birth-subsidy"_s, u"list"_s, u"--date"_s, u"2026-08-31"_s, u"--json"_s});
    QVERIFY2(before.exitCode == 0, qPrintable(before.err));
    QCOMPARE(before.json()[u"children"_s].toArray().size(), 0);
}

void TestCliFamilies::birthSubsidySet()
{
    const CliRun applied
        = finance({u"birth-subsidy"_s, u"set"_s, m_secondId, u"--applied"_s, u"2025-05-06"_s, u"--json"_s});
    QVERIFY2(applied.exitCode == 0, qPrintable(applied.err));
    QCOMPARE(listed(m_secondId)[u"applied_on"_s].toString(), u"2025-05-06"_s);
    QVERIFY(listed(m_secondId)[u"applied"_s].toBool());

    const CliRun cleared = finance({u"birth-subsidy"_s, u"set"_s, m_thirdId, u"--not-applied"_s});
    QVERIFY2(cleared.exitCode == 0, qPrintable(cleared.err));
    QVERIFY(!listed(m_thirdId)[u"applied"_s].toBool());
}

void TestCliFamilies::birthSubsidyRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    QTest::newRow("future date") << QStringList {u"--applied"_s, u"2026-11-21"_s} << 3
                                 << u"小雨, birth subsidy application date: 2026-11-21 is in the future."_s;
    QTest::newRow("before the birth") << QStringList {u"--applied"_s, u"2025-03-01"_s} << 3
                                      << u"is before the child was born (2025-03-15)"_s;
    QTest::newRow("bad date") << QStringList {u"--applied"_s, u"2025-02-30"_s} << 3
                              << u"--applied takes a date written YYYY-MM-DD"_s;
    QTest::newRow("neither") << QStringList {} << 2 << u"needs either --applied YYYY-MM-DD or --not-applied"_s;
    QTest::newRow("both") << QStringList {u"--applied"_s, u"2025-05-06"_s, u"--not-applied"_s} << 2
                          << u"needs either --applied YYYY-MM-DD or --not-applied"_s;
}

void TestCliFamilies::birthSubsidyRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = finance(QStringList {u"birth-subsidy"_s, u"set"_s, m_secondId} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // What was recorded before stays.
    QCOMPARE(listed(m_secondId)[u"applied_on"_s].toString(), u"2025-05-06"_s);
}

void TestCliFamilies::childcareSubsidySet()
{
    const CliRun yes = finance({u"childcare-subsidy"_s, u"set"_s, m_firstId, u"yes"_s});
    QVERIFY2(yes.exitCode == 0, qPrintable(yes.err));
    const CliRun no = finance({u"childcare-subsidy"_s, u"set"_s, m_secondId, u"no"_s});
    QVERIFY2(no.exitCode == 0, qPrintable(no.err));
    QCOMPARE(listed(m_secondId)[u"childcare_subsidy"_s].toString(), u"no"_s);
    QCOMPARE(listed(m_secondId)[u"applied_on"_s].toString(), u"2025-05-06"_s);

    const CliRun wrong = finance({u"childcare-subsidy"_s, u"set"_s, m_secondId, u"maybe"_s});
    QCOMPARE(wrong.exitCode, 3);
    QVERIFY2(wrong.err.contains(u"Unknown answer \"maybe\"; use one of: unknown|yes|no."_s), qPrintable(wrong.err));
    const CliRun nobody = finance({u"childcare-subsidy"_s, u"set"_s, u"110101202401010012"_s, u"yes"_s});
    QCOMPARE(nobody.exitCode, 3);
    QVERIFY2(nobody.err.contains(u"No child has the ID number 110101202401010012."_s), qPrintable(nobody.err));
}

void TestCliFamilies::insuranceAddAndList()
{
    for (const QString& id : {m_secondId, m_thirdId}) {
        const CliRun added
            = finance({u"insurance"_s, u"add"_s, id, u"--policy"_s, u"PYDE2026140400000417"_s, u"--from"_s,
                       u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s, u"--premium"_s, u"100"_s, u"--payer"_s, u"city"_s});
        QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    }
    const CliRun list = finance({u"insurance"_s, u"list"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    const QJsonObject json = list.json();
    const QJsonArray policies = json[u"policies"_s].toArray();
    QCOMPARE(policies.size(), 2);
    QCOMPARE(policies.at(0)[u"name"_s].toString(), u"三宝"_s);
    QCOMPARE(policies.at(0)[u"id_number"_s].toString(), m_thirdId);
    QCOMPARE(policies.at(0)[u"premium_fen"_s].toInteger(), 10000);
    QCOMPARE(policies.at(0)[u"payer"_s].toString(), u"city"_s);
    QCOMPARE(policies.at(0)[u"from"_s].toString(), u"2026-01-01"_s);
    QCOMPARE(json[u"premium_fen"_s].toInteger(), 20000);
    const QJsonArray uninsured = json[u"not_insured"_s].toArray();
    QCOMPARE(uninsured.size(), 1);
    QCOMPARE(uninsured.at(0)[u"name"_s].toString(), u"老大"_s);
}

void TestCliFamilies::insuranceRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList period {u"--from"_s, u"2026-01-01"_s, u"--to"_s, u"2026-12-31"_s};
    QTest::newRow("unknown payer") << QStringList {u"--policy"_s, u"P"_s,       u"--premium"_s,
                                                   u"100"_s,      u"--payer"_s, u"bank"_s}
            + period << 3 << u"Unknown payer \"bank\"; use one of: city (市级财政)"_s;
    QTest::newRow("end before start") << QStringList {u"--policy"_s, u"P"_s,         u"--premium"_s, u"100"_s,
                                                      u"--payer"_s,  u"家庭"_s,      u"--from"_s,    u"2026-12-31"_s,
                                                      u"--to"_s,     u"2026-01-01"_s}
                                      << 3 << u"老大, end of cover: 2026-01-01 is before the start of cover"_s;
    QTest::newRow("negative premium") << QStringList {u"--policy"_s, u"P"_s, u"--premium=-5"_s, u"--payer"_s,
                                                      u"family"_s}
            + period << 3 << u"老大, premium: -5.00 is less than 0."_s;
    QTest::newRow("blank policy number") << QStringList {u"--policy"_s, u" "_s,       u"--premium"_s,
                                                         u"100"_s,      u"--payer"_s, u"family"_s}
            + period << 3 << u"老大, policy number: give the number printed on the policy."_s;
    QTest::newRow("no payer") << QStringList {u"--policy"_s, u"P"_s, u"--premium"_s, u"100"_s} + period << 2
                              << u"insurance add needs --payer"_s;
}

void TestCliFamilies::insuranceRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = finance(QStringList {u"insurance"_s, u"add"_s, m_firstId} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(finance({u"insurance"_s, u"list"_s, u"--json"_s}).json()[u"policies"_s].toArray().size(), 2);
}

void TestCliFamilies::insuranceExport()
{
    const QString file = m_t->dir.filePath(u"insured.xlsx"_s);
    const CliRun run = finance({u"insurance"_s, u"export"_s, u"--out"_s, file});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const Result<QJsonArray> read = readWorkbook(file);
    if (!read)
        QFAIL(qPrintable(read.error()));
    const QJsonArray rows = read->at(0)[u"rows"_s].toArray();
    QCOMPARE(read->at(0)[u"name"_s].toString(), u"参保名单"_s);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.at(1).toArray().at(1).toString(), u"三宝"_s);
    QCOMPARE(fenOf(rows.at(3).toArray().at(6)), qint64(20000));
    QCOMPARE(finance({u"insurance"_s, u"export"_s, u"--out"_s, m_t->dir.filePath(u"insured.csv"_s)}).exitCode, 3);
}

void TestCliFamilies::caregiverIsRefused()
{
    const auto caregiver = [this](const QStringList& arguments) {
        return runCliAs(m_t->path, u"wangfang"_s, u"caregiver-2026"_s, arguments);
    };
    QCOMPARE(caregiver({u"birth-subsidy"_s, u"list"_s}).exitCode, 3);
    QCOMPARE(caregiver({u"birth-subsidy"_s, u"set"_s, m_secondId, u"--not-applied"_s}).exitCode, 3);
    QCOMPARE(caregiver({u"childcare-subsidy"_s, u"set"_s, m_secondId, u"yes"_s}).exitCode, 3);
    QCOMPARE(caregiver({u"insurance"_s, u"add"_s, m_firstId, u"--policy"_s, u"P"_s, u"--from"_s, u"2026-01-01"_s,
                        u"--to"_s, u"2026-12-31"_s, u"--premium"_s, u"100"_s, u"--payer"_s, u"family"_s})
                 .exitCode,
             3);
    // She may read the list, with ID numbers masked.
    const CliRun list = caregiver({u"insurance"_s, u"list"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QCOMPARE(list.json()[u"policies"_s].toArray().at(0)[u"id_number"_s].toString(), IdNumber::mask(m_thirdId));
}

QTEST_GUILESS_MAIN(TestCliFamilies)
#include "tst_cli_families.moc"
