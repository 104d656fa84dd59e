#include "CliRunner.h"
#include "RosterFiles.h"
#include "common/CreditCode.h"

#include <QDir>
#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// An outreach team on the command line, from init to the signed month: the township at init, the household
// import, visits added one by one, the due list before and after them (phones masked for a member), the month's
// summary, and the export that verify accepts.
class TestCliOutreach : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void initNeedsTheTownshipOnlyForATeam_data();
    void initNeedsTheTownshipOnlyForATeam();
    void infoShowsTheTownship();
    void importHouseholds();
    void dueBeforeVisits();
    void addVisits();
    void addVisitRefusals_data();
    void addVisitRefusals();
    void dueAfterVisits();
    void importVisits();
    void aMistakenVisitIsRemoved();
    void summaryCounts();
    void exportVerifies();

private:
    CliRun as(const QString& user, const QString& password, const QStringList& arguments,
              const QMap<QString, QString>& environment = {})
    {
        return runCli(QStringList {u"--db"_s, m_db, u"--user"_s, user} + arguments, u"2026-11-20"_s, password,
                      environment);
    }
    CliRun leader(const QStringList& arguments, const QMap<QString, QString>& environment = {})
    {
        return as(u"admin"_s, u"leader2026"_s, arguments, environment);
    }
    CliRun member(const QStringList& arguments) { return as(u"liuhong"_s, u"visit2026"_s, arguments); }
    QString file(const QString& name, const QByteArray& bytes)
    {
        const QString path = m_dir.filePath(name);
        writeBytes(path, bytes);
        return path;
    }
    QStringList initArguments(const QString& db) const
    {
        return {u"--db"_s,
                db,
                u"init"_s,
                u"--type"_s,
                u"outreach-team"_s,
                u"--name"_s,
                u"店上镇农村婴幼儿照护服务队"_s,
                u"--credit-code"_s,
                m_creditCode,
                u"--county"_s,
                u"潞城区"_s};
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_creditCode = u"12140406MB0195236"_s + CreditCode::checkCharacter(u"12140406MB0195236"_s);
    QString m_leId = idNumberFor(QDate(2025, 1, 8), 24);
};

void TestCliOutreach::initTestCase()
{
    m_db = m_dir.filePath(u"team.db"_s);
    const CliRun init = runCli(
        initArguments(m_db)
        + QStringList {u"--township"_s, u"店上镇"_s, u"--admin-password-file"_s, passwordFile(m_dir, u"leader2026"_s)});
    QVERIFY2(init.exitCode == 0, qPrintable(init.err));
    const CliRun add = leader({u"user"_s, u"add"_s, u"liuhong"_s, u"--role"_s, u"outreach"_s, u"--full-name"_s,
                               u"刘红"_s, u"--new-password-file"_s, passwordFile(m_dir, u"visit2026"_s)});
    QVERIFY2(add.exitCode == 0, qPrintable(add.err));
}

void TestCliOutreach::initNeedsTheTownshipOnlyForATeam_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("township");
    QTest::newRow("team without township") << u"outreach-team"_s << QString();
    QTest::newRow("day care with township") << u"independent"_s << u"店上镇"_s;
}

void TestCliOutreach::initNeedsTheTownshipOnlyForATeam()
{
    QFETCH(QString, type);
    QFETCH(QString, township);
    const QString db = m_dir.filePath(u"refused-%1.db"_s.arg(type));
    QStringList arguments = initArguments(db);
    arguments[4] = type;
    if (!township.isEmpty())
        arguments << u"--township"_s << township;
    if (type != u"outreach-team"_s)
        arguments << u"--places"_s << u"30"_s;
    const CliRun run = runCli(arguments + QStringList {u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    QVERIFY2(run.err.contains(u"--township"_s), qPrintable(run.err));
    QVERIFY(!QFile::exists(db));
}

void TestCliOutreach::infoShowsTheTownship()
{
    const CliRun json = runCli({u"--db"_s, m_db, u"info"_s, u"--json"_s});
    QCOMPARE(json.exitCode, 0);
    QCOMPARE(json.json()[u"institution"_s][u"township"_s].toString(), u"店上镇"_s);
    QCOMPARE(json.json()[u"institution"_s][u"type"_s].toString(), u"outreach-team"_s);
    const CliRun text = runCli({u"--db"_s, m_db, u"info"_s});
    QVERIFY2(text.out.contains(u"Township: 店上镇"_s), qPrintable(text.out));
}

void TestCliOutreach::importHouseholds()
{
    const QByteArray csv
        = csvText({u"household"_s, u"village"_s, u"guardian1_name"_s, u"guardian1_relation"_s, u"guardian1_phone"_s,
                   u"left_behind"_s, u"carer"_s, u"child_name"_s, u"gender"_s, u"birth_date"_s, u"id_number"_s,
                   u"consent_by"_s, u"consent_on"_s},
                  {{u"1"_s, u"店上村"_s, u"王强"_s, u"父亲"_s, u"13812345678"_s, u"no"_s, QString(), u"王小乐"_s,
                    u"F"_s, u"2025-01-08"_s, m_leId, u"王强"_s, u"2026-10-01"_s},
                   {u"1"_s, QString(), QString(), QString(), QString(), QString(), QString(), u"王小安"_s, u"M"_s,
                    u"2026-06-15"_s, QString(), QString(), QString()},
                   {u"2"_s, u"曲里村"_s, u"李秀英"_s, u"祖母"_s, u"13987654321"_s, u"yes"_s, u"祖母 李秀英"_s,
                    u"李朵朵"_s, u"F"_s, u"2024-12-03"_s, QString(), u"李秀英"_s, u"2026-09-20"_s}});
    const QString bad = file(u"bad-households.csv"_s, QByteArray(csv).replace("13987654321", "139876"));
    const CliRun refused = member({u"household"_s, u"import"_s, bad, u"--json"_s});
    QCOMPARE(refused.exitCode, 3);
    const QJsonObject error = refused.json()[u"errors"_s].toArray().first().toObject();
    QCOMPARE(error[u"row"_s].toInt(), 4);
    QCOMPARE(error[u"column"_s].toString(), u"guardian1_phone"_s);

    const QString path = file(u"households.csv"_s, csv);
    const CliRun run = member({u"household"_s, u"import"_s, path, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"added"_s].toInt(), 2);
    QCOMPARE(run.json()[u"children"_s].toInt(), 3);
    const CliRun again = member({u"household"_s, u"import"_s, path, u"--json"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json()[u"added"_s].toInt(), 0);
    QCOMPARE(again.json()[u"unchanged"_s].toInt(), 2);
}

void TestCliOutreach::dueBeforeVisits()
{
    // Registered today and never visited: both households are due.
    const CliRun run = member({u"outreach"_s, u"due"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray households = run.json()[u"households"_s].toArray();
    QCOMPARE(households.size(), 2);
    QVERIFY(households.at(0)[u"last_visit"_s].isNull());
    QVERIFY(households.at(0)[u"due"_s].toBool());
    // A member sees the phone masked, the leader in full.
    QVERIFY(run.json()[u"identity_masked"_s].toBool());
    QCOMPARE(households.at(0)[u"guardians"_s][0][u"phone"_s].toString(), u"138****5678"_s);
    const CliRun full = leader({u"outreach"_s, u"due"_s, u"--json"_s});
    QCOMPARE(full.json()[u"households"_s][0][u"guardians"_s][0][u"phone"_s].toString(), u"13812345678"_s);
}

void TestCliOutreach::addVisits()
{
    const CliRun le
        = member({u"visit"_s,      u"add"_s,         u"--child"_s,           m_leId,          u"--date"_s,
                  u"2026-11-18"_s, u"--visitor"_s,   u"liuhong,admin"_s,     u"--topics"_s,   u"feeding,development"_s,
                  u"--weight"_s,   u"10.35"_s,       u"--length"_s,          u"79.5"_s,       u"--head"_s,
                  u"46.2"_s,       u"--checklist"_s, u"walks,-says_words"_s, u"--advice"_s,   u"多陪孩子说话"_s,
                  u"--referral"_s, u"mch_centre"_s,  u"--reason"_s,          u"不会说单字"_s, u"--next"_s,
                  u"2026-12-18"_s, u"--json"_s});
    QVERIFY2(le.exitCode == 0, qPrintable(le.err));
    QVERIFY(le.json()[u"visit_id"_s].toInteger() > 0);
    const QJsonObject visit = le.json()[u"visit"_s].toObject();
    QCOMPARE(visit[u"weight_g"_s].toInt(), 10350);
    QCOMPARE(visit[u"referral"_s].toString(), u"mch_centre"_s);
    QCOMPARE(visit[u"visitors"_s].toArray().size(), 2);

    // 王小安 has no ID number: by the number of the child in the database.
    const CliRun due = member({u"outreach"_s, u"due"_s, u"--date"_s, u"2026-12-20"_s, u"--json"_s});
    const QJsonArray children = due.json()[u"households"_s][0][u"children"_s].toArray();
    QString anId;
    for (const QJsonValue& c : children)
        if (c[u"name"_s].toString() == u"王小安"_s)
            anId = QString::number(c[u"id"_s].toInteger());
    QVERIFY(!anId.isEmpty());
    const CliRun an
        = member({u"visit"_s, u"add"_s, u"--child-id"_s, anId, u"--date"_s, u"2026-11-18"_s, u"--visitor"_s,
                  u"liuhong"_s, u"--topics"_s, u"sleep"_s, u"--weight"_s, u"7.9"_s, u"--next"_s, u"2026-12-18"_s});
    QVERIFY2(an.exitCode == 0, qPrintable(an.err));
    QVERIFY(an.out.contains(u"王小安"_s));
}

void TestCliOutreach::addVisitRefusals_data()
{
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList base {u"--date"_s, u"2026-11-19"_s, u"--visitor"_s, u"liuhong"_s, u"--topics"_s, u"sleep"_s};
    QTest::newRow("no child") << base << 2 << u"--child"_s;
    QTest::newRow("unknown ID number") << (base + QStringList {u"--child"_s, idNumberFor(QDate(2025, 1, 8), 26)}) << 3
                                       << u"No child"_s;
    QTest::newRow("weight mistyped") << (base + QStringList {u"--child"_s, m_leId, u"--weight"_s, u"10,3"_s}) << 3
                                     << u"--weight"_s;
    QTest::newRow("not a member") << (QStringList {u"--date"_s, u"2026-11-19"_s, u"--visitor"_s, u"wangwu"_s,
                                                   u"--topics"_s, u"sleep"_s, u"--child"_s, m_leId})
                                  << 3 << u"--visitor"_s;
    QTest::newRow("referral without reason")
        << (base + QStringList {u"--child"_s, m_leId, u"--referral"_s, u"township_hospital"_s}) << 3 << u"--reason"_s;
}

void TestCliOutreach::addVisitRefusals()
{
    QFETCH(QStringList, options);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = member(QStringList {u"visit"_s, u"add"_s} + options);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
}

void TestCliOutreach::dueAfterVisits()
{
    // 王家 was seen on the 18th and is next due on 18 December; only 李家 is left, and on 18 December both.
    const CliRun run = member({u"outreach"_s, u"due"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray households = run.json()[u"households"_s].toArray();
    QCOMPARE(households.size(), 1);
    QCOMPARE(households.at(0)[u"village"_s].toString(), u"曲里村"_s);
    QVERIFY(households.at(0)[u"left_behind"_s].toBool());
    const CliRun later = member({u"outreach"_s, u"due"_s, u"--date"_s, u"2026-12-20"_s, u"--json"_s});
    const QJsonArray both = later.json()[u"households"_s].toArray();
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0)[u"last_visit"_s].toString(), u"2026-11-18"_s);
    QCOMPARE(both.at(0)[u"days_overdue"_s].toInt(), 2);
}

void TestCliOutreach::importVisits()
{
    const QString path = file(u"visits.csv"_s,
                              csvText({u"村"_s, u"幼儿姓名"_s, u"出生日期"_s, u"入户日期"_s, u"入户人员"_s,
                                       u"指导内容"_s, u"体重"_s, u"下次入户日期"_s},
                                      {{u"曲里村"_s, u"李朵朵"_s, u"2024-12-03"_s, u"2026-11-19"_s, u"liuhong"_s,
                                        u"安全"_s, u"11.2"_s, u"2026-12-19"_s}}));
    const CliRun run = member({u"visit"_s, u"import"_s, path, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"added"_s].toInt(), 1);
    const CliRun again = member({u"visit"_s, u"import"_s, path, u"--json"_s});
    QCOMPARE(again.exitCode, 0);
    QCOMPARE(again.json()[u"added"_s].toInt(), 0);
    QCOMPARE(again.json()[u"already_recorded"_s].toInt(), 1);
    const CliRun due = member({u"outreach"_s, u"due"_s, u"--json"_s});
    QCOMPARE(due.json()[u"households"_s].toArray().size(), 0);
}

void TestCliOutreach::aMistakenVisitIsRemoved()
{
    const CliRun added = member({u"visit"_s, u"add"_s, u"--child"_s, m_leId, u"--date"_s, u"2026-11-20"_s,
                                 u"--visitor"_s, u"liuhong"_s, u"--topics"_s, u"safety"_s, u"--json"_s});
    QVERIFY2(added.exitCode == 0, qPrintable(added.err));
    const QString visit = QString::number(added.json()[u"visit_id"_s].toInteger());
    const CliRun removed = member({u"visit"_s, u"remove"_s, visit});
    QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
    const CliRun again = member({u"visit"_s, u"remove"_s, visit});
    QCOMPARE(again.exitCode, 3);
    QVERIFY2(again.err.contains(visit), qPrintable(again.err));
    QCOMPARE(member({u"visit"_s, u"remove"_s, u"abc"_s}).exitCode, 2);
}

void TestCliOutreach::summaryCounts()
{
    const CliRun run = member({u"outreach"_s, u"summary"_s, u"2026-11"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json[u"month"_s].toString(), u"2026-11"_s);
    QCOMPARE(json[u"households"_s].toInt(), 2);
    QCOMPARE(json[u"children"_s].toInt(), 3);
    QCOMPARE(json[u"visits"_s].toInt(), 3);
    QCOMPARE(json[u"referrals"_s].toInt(), 1);
    QCOMPARE(json[u"left_behind_children"_s].toInt(), 1);
    QCOMPARE(json[u"by_village"_s].toArray().size(), 2);
    const CliRun october = member({u"outreach"_s, u"summary"_s, u"2026-10"_s, u"--json"_s});
    QCOMPARE(october.json()[u"visits"_s].toInt(), 0);
}

void TestCliOutreach::exportVerifies()
{
    const QMap<QString, QString> passphrase {{u"DAYCAREDESK_PASSPHRASE"_s, u"店上镇服务队的钥匙 2026"_s}};
    const QString out = m_dir.filePath(u"usb/入户"_s);
    const CliRun noKey = leader({u"outreach"_s, u"export"_s, u"2026-11"_s, u"--out"_s, out}, passphrase);
    QVERIFY(noKey.exitCode != 0);
    const CliRun key = leader({u"key"_s, u"init"_s}, passphrase);
    QVERIFY2(key.exitCode == 0, qPrintable(key.err));
    const CliRun noOut = leader({u"outreach"_s, u"export"_s, u"2026-11"_s}, passphrase);
    QCOMPARE(noOut.exitCode, 2);
    const CliRun run = leader({u"outreach"_s, u"export"_s, u"2026-11"_s, u"--out"_s, out, u"--json"_s}, passphrase);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QString report = run.json()[u"report"_s].toString();
    QVERIFY(QFile::exists(report));
    QVERIFY(QFile::exists(run.json()[u"workbook"_s].toString()));
    QCOMPARE(run.json()[u"revision"_s].toInt(), 1);
    QVERIFY(QFileInfo(report).fileName().startsWith(m_creditCode + u"_2026-11_r1"_s));
    const CliRun verify = runCli({u"--db"_s, m_db, u"verify"_s, report, u"--json"_s});
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));
    QCOMPARE(verify.json()[u"verdict"_s].toString(), u"valid"_s);
}

QTEST_GUILESS_MAIN(TestCliOutreach)
#include "tst_cli_outreach.moc"
