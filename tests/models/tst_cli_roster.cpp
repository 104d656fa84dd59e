#include "CliRunner.h"
#include "RosterFiles.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The roster on the command line: import with its JSON report and exit 3 when a row is wrong, the list by class,
// the export, and the staff import.
class TestCliRoster : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void importAddsAChild();
    void importRefusesAWrongRow();
    void listByClass();
    void exportWritesCsv();
    void staffImport();

private:
    CliRun admin(const QStringList& arguments)
    {
        return runCli(QStringList {u"--db"_s, m_db, u"--user"_s, u"admin"_s} + arguments, u"2026-11-20"_s, u"admin"_s);
    }
    QString file(const QString& name, const QString& text)
    {
        const QString path = m_dir.filePath(name);
        writeBytes(path, text.toUtf8());
        return path;
    }
    QTemporaryDir m_dir;
    QString m_db;
    QString m_className;
};

void TestCliRoster::initTestCase()
{
    m_db = m_dir.filePath(u"demo.db"_s);
    const CliRun demo = runCli({u"--db"_s, m_db, u"demo"_s, u"--children"_s, u"12"_s, u"--months"_s, u"1"_s});
    QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    const CliRun list = admin({u"roster"_s, u"list"_s, u"--json"_s});
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    m_className = list.json()[u"children"_s].toArray().first()[u"class"_s].toString();
    QVERIFY(!m_className.isEmpty());
}

void TestCliRoster::importAddsAChild()
{
    const QString csv = file(u"ok.csv"_s,
                             u"name,gender,birth_date,id_number,class,care_type,enrolled_on,guardian,phone\n"
                             "王小乐,女,2025/1/8,%1,%2,全日托,2026年9月1日,王强,13812345678\n"_s.arg(
                                 idNumberFor(QDate(2025, 1, 8), 24), m_className));
    const CliRun run = admin({u"roster"_s, u"import"_s, csv, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"added"_s].toInt(), 1);
    QCOMPARE(run.json()[u"updated"_s].toInt(), 0);
    QCOMPARE(run.json()[u"errors"_s].toArray().size(), 0);
    // No consent date: imported, and listed for the director.
    QVERIFY(run.json()[u"warnings"_s].toArray().first()[u"message"_s].toString().contains(u"Consent missing"_s));
}

void TestCliRoster::importRefusesAWrongRow()
{
    const QString csv = file(u"bad.csv"_s,
                             u"姓名,性别,出生日期,身份证号,班级,托育类型,入托日期\n"
                             "赵一,男,2025-02-03,%1,%2,全日托,2026-09-01\n"
                             "赵二,男,2025-02-03,%3,火箭班,全日托,2026-09-01\n"_s.arg(
                                 idNumberFor(QDate(2025, 2, 3), 31), m_className, idNumberFor(QDate(2025, 2, 3), 33)));
    const CliRun run = admin({u"roster"_s, u"import"_s, csv, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonArray errors = run.json()[u"errors"_s].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first()[u"row"_s].toInt(), 3);
    QCOMPARE(errors.first()[u"column"_s].toString(), u"班级"_s);
    QCOMPARE(errors.first()[u"value"_s].toString(), u"火箭班"_s);
    QVERIFY(errors.first()[u"message"_s].toString().contains(m_className));
    QVERIFY(!admin({u"roster"_s, u"list"_s}).out.contains(u"赵一"_s));
}

void TestCliRoster::listByClass()
{
    const CliRun run = admin({u"roster"_s, u"list"_s, u"--json"_s, u"--class"_s, m_className});
    QCOMPARE(run.exitCode, 0);
    const QJsonArray children = run.json()[u"children"_s].toArray();
    QVERIFY(!children.isEmpty());
    for (const QJsonValue& child : children) {
        QCOMPARE(child[u"class"_s].toString(), m_className);
        QVERIFY(!child[u"care_type"_s].toString().isEmpty());
        QVERIFY(!child[u"enrolled_on"_s].toString().isEmpty());
        QVERIFY(!child[u"status"_s].toString().isEmpty());
    }
}

void TestCliRoster::exportWritesCsv()
{
    const QString path = m_dir.filePath(u"roster.csv"_s);
    const CliRun run = admin({u"roster"_s, u"export"_s, path});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QFile csv(path);
    QVERIFY(csv.open(QIODevice::ReadOnly));
    const QByteArray bytes = csv.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF姓名,性别,出生日期,身份证号"));
    QVERIFY(bytes.contains(idNumberFor(QDate(2025, 1, 8), 24).toUtf8()));
    const CliRun again = admin({u"roster"_s, u"import"_s, path, u"--json"_s});
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QCOMPARE(again.json()[u"added"_s].toInt(), 0);
}

void TestCliRoster::staffImport()
{
    const QString id = idNumberFor(QDate(1990, 6, 15), 42);
    const QString csv = file(
        u"staff.csv"_s,
        u"姓名,性别,岗位,身份证号,联系电话,入职日期,班级,证书类型,证书编号,发证日期,有效期至\n"
        "周敏,女,保育人员,%1,13911112222,2024-03-01,%2,保育师,BY-001,2023-06-01,\n"
        "周敏,女,保育人员,%1,13911112222,2024-03-01,%2,健康合格证,JK-9,2026-01-10,2027-01-09\n"_s.arg(id, m_className));
    const CliRun run = admin({u"staff"_s, u"import"_s, csv, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.out + run.err));
    QCOMPARE(run.json()[u"added"_s].toInt(), 1);
    const CliRun again = admin({u"staff"_s, u"import"_s, csv, u"--json"_s});
    QCOMPARE(again.json()[u"updated"_s].toInt(), 1);

    const QString bad
        = file(u"staff-bad.csv"_s,
               u"name,gender,role,id_number,phone,hired_on,qualification\n"
               "吴刚,男,厨师,%1,13911113333,2024-03-01,飞行执照\n"_s.arg(idNumberFor(QDate(1988, 2, 1), 51)));
    const CliRun refused = admin({u"staff"_s, u"import"_s, bad, u"--json"_s});
    QCOMPARE(refused.exitCode, 3);
    QCOMPARE(refused.json()[u"errors"_s].toArray().size(), 2);
}

QTEST_GUILESS_MAIN(TestCliRoster)
#include "tst_cli_roster.moc"
