#include "CliRunner.h"
#include "RosterFiles.h"
#include "RosterFixtures.h"
#include "access/UserRepository.h"
#include "attendance/AttendanceRepository.h"
#include "roster/ChildRepository.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// `attendance summary` on the command line: the JSON a script reads, the class filter, ID numbers masked for a
// caregiver, the table for people and a wrong month refused. `attendance import`: what it wrote by status and month,
// and a caregiver's row for another class refused with exit 3. `month bill`: the bills these days make; `bills export`
// the file of them.
class TestCliAttendance : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void jsonPerClassAndChild();
    void caregiverSeesMaskedIdNumbers();
    void textTable();
    void wrongMonthIsRejected();
    // Before the imports add days.
    void monthBillFromTheseDays();
    void monthBillRefusedToCaregiver();
    void billsExportWritesTheTable();
    void importCountsStatusesAndMonths();
    void importRefusesAnotherClass();
    // Last: it closes October.
    void monthCloseListsGapsThenConfirmsThem();

private:
    CliRun as(const QString& user, const QString& password, const QStringList& arguments)
    {
        return runCliAs(m_t->path, user, password, QStringList {u"attendance"_s, u"summary"_s} + arguments);
    }

    CliRun import(const QString& user, const QString& password, const QList<QStringList>& rows,
                  const QStringList& options = {})
    {
        const QString path = m_t->dir.filePath(u"attendance.csv"_s);
        if (!writeBytes(path, csvText({u"日期"_s, u"身份证号"_s, u"状态"_s, u"时长"_s, u"症状"_s}, rows)))
            return {};
        return runCliAs(m_t->path, user, password, QStringList {u"attendance"_s, u"import"_s, path} + options);
    }

    std::unique_ptr<TempDatabase> m_t;
    QString m_girlId;
};

void TestCliAttendance::initTestCase()
{
    qint64 classA = 0;
    qint64 classB = 0;
    m_t = rosterDatabase(classA, classB);
    QVERIFY(m_t);
    Database& db = *m_t->db;
    QVERIFY(UserRepository(db).add(u"director"_s, Role::Director, u"director-2026"_s).ok());
    QVERIFY(UserRepository(db).add(u"wangfang"_s, Role::Caregiver, u"caregiver-2026"_s, {}, {classA}).ok());
    ChildRecord girl = enrolledGirl();
    m_girlId = girl.idNumber;
    ChildRecord boy = waitingBoy();
    boy.enrolledOn = QDate(2026, 9, 1);
    const Result<qint64> girlId
        = ChildRepository(db).add(girl, Placement {classA, CareType::FullDay, QDate(2026, 9, 1), {}});
    const Result<qint64> boyId = ChildRepository(db).add(boy, Placement {classB, CareType::Hourly, boy.enrolledOn, {}});
    QVERIFY(girlId && boyId);
    QList<AttendanceRecord> records;
    const auto record = [&records](qint64 child, int day, AttendanceStatus status, std::optional<int> hours = {}) {
        AttendanceRecord r;
        r.childId = child;
        r.day = QDate(2026, 10, day);
        r.status = status;
        r.hours = hours;
        r.symptom = status == AttendanceStatus::Sick ? u"咳嗽"_s : QString();
        records << r;
    };
    record(girlId.value(), 8, AttendanceStatus::Present);
    record(girlId.value(), 9, AttendanceStatus::Present);
    record(girlId.value(), 12, AttendanceStatus::Sick);
    record(boyId.value(), 8, AttendanceStatus::Present, 3);
    QVERIFY(AttendanceRepository(db).save(records).ok());
    m_t->db.reset();
}

void TestCliAttendance::jsonPerClassAndChild()
{
    const CliRun run = as(u"director"_s, u"director-2026"_s, {u"2026-10"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json[u"month"_s].toString(), u"2026-10"_s);
    const QJsonArray classes = json[u"classes"_s].toArray();
    QCOMPARE(classes.size(), 2);
    const QJsonObject a = classes.at(0).toObject();
    QCOMPARE(a[u"name"_s].toString(), u"小一班"_s);
    QCOMPARE(a[u"expected"_s].toInt(), 18);
    QCOMPARE(a[u"present"_s].toInt(), 2);
    QCOMPARE(a[u"sick"_s].toInt(), 1);
    QCOMPARE(a[u"personal"_s].toInt(), 0);
    QCOMPARE(a[u"other"_s].toInt(), 0);
    QCOMPARE(a[u"not_recorded"_s].toInt(), 15);
    QCOMPARE(a[u"rate"_s][u"numerator"_s].toInt(), 2);
    QCOMPARE(a[u"rate"_s][u"denominator"_s].toInt(), 18);
    QCOMPARE(a[u"rate"_s][u"text"_s].toString(), u"2 / 18 = 11.1%"_s);
    const QJsonObject girl = a[u"children"_s].toArray().first().toObject();
    QCOMPARE(girl[u"name"_s].toString(), u"李小雨"_s);
    QCOMPARE(girl[u"id_number"_s].toString(), m_girlId);
    QCOMPARE(girl[u"present"_s].toInt(), 2);
    QCOMPARE(girl[u"hours"_s].toInt(), 0);
    const QJsonObject b = classes.at(1).toObject();
    QCOMPARE(b[u"name"_s].toString(), u"小二班"_s);
    QCOMPARE(b[u"rate"_s][u"text"_s].toString(), u"1 / 18 = 5.6%"_s);
    QCOMPARE(b[u"children"_s].toArray().first()[u"hours"_s].toInt(), 3);
    QCOMPARE(json[u"gaps"_s].toArray().size(), 15 + 17);
    QCOMPARE(json[u"outside"_s].toArray().size(), 0);
}

void TestCliAttendance::caregiverSeesMaskedIdNumbers()
{
    const CliRun run = as(u"wangfang"_s, u"caregiver-2026"_s, {u"2026-10"_s, u"--class"_s, u"小一班"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonArray classes = run.json()[u"classes"_s].toArray();
    QCOMPARE(classes.size(), 1);
    const QString shown = classes.first()[u"children"_s].toArray().first()[u"id_number"_s].toString();
    QCOMPARE(shown, IdNumber::mask(m_girlId));
    QVERIFY(shown != m_girlId);
    const QJsonArray gaps = run.json()[u"gaps"_s].toArray();
    QCOMPARE(gaps.size(), 15);
    QCOMPARE(gaps.first()[u"day"_s].toString(), u"2026-10-10"_s);
}

void TestCliAttendance::textTable()
{
    const CliRun run = as(u"director"_s, u"director-2026"_s, {u"2026-10"_s, u"--class"_s, u"小二班"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(u"2026-10 小二班: attendance rate 1 / 18 = 5.6%"_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"张小宝\t140402202406200311\t18\t1\t0\t0\t0\t17\t3"_s), qPrintable(run.out));
    QVERIFY(!run.out.contains(u"李小雨"_s));
}

void TestCliAttendance::wrongMonthIsRejected()
{
    const CliRun run = as(u"director"_s, u"director-2026"_s, {u"2026-13"_s});
    QCOMPARE(run.exitCode, 3);
}

void TestCliAttendance::importCountsStatusesAndMonths()
{
    const QString boyId = waitingBoy().idNumber;
    const QList<QStringList> rows {{u"2026-10-13"_s, m_girlId, u"出勤"_s, {}, {}},
                                   {u"2026-10-14"_s, m_girlId, u"病假"_s, {}, u"发热"_s},
                                   {u"2026-10-12"_s, boyId, u"present"_s, u"3"_s, {}},
                                   {u"2026-11-02"_s, m_girlId, u"事假"_s, {}, {}}};
    const CliRun run = import(u"director"_s, u"director-2026"_s, rows, {u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    const QJsonObject json = run.json();
    QCOMPARE(json[u"records"_s].toInt(), 4);
    QCOMPARE(json[u"added"_s].toInt(), 4);
    QCOMPARE(json[u"updated"_s].toInt(), 0);
    const QJsonObject statuses = json[u"statuses"_s].toObject();
    QCOMPARE(statuses[u"present"_s].toInt(), 2);
    QCOMPARE(statuses[u"sick"_s].toInt(), 1);
    QCOMPARE(statuses[u"personal"_s].toInt(), 1);
    QCOMPARE(statuses[u"other"_s].toInt(), 0);
    QCOMPARE(json[u"months"_s].toArray(), (QJsonArray {u"2026-10"_s, u"2026-11"_s}));

    const CliRun again = import(u"director"_s, u"director-2026"_s, rows);
    QVERIFY2(again.exitCode == 0, qPrintable(again.err));
    QVERIFY2(again.out.contains(u"Imported 4 attendance records (0 new, 4 replaced): Present 2, Sick 1, Personal "
                                "leave 1, Other absence 0. Months: 2026-10, 2026-11."_s),
             qPrintable(again.out));
}

void TestCliAttendance::importRefusesAnotherClass()
{
    const QList<QStringList> rows {{u"2026-10-15"_s, m_girlId, u"出勤"_s, {}, {}},
                                   {u"2026-10-15"_s, waitingBoy().idNumber, u"出勤"_s, u"3"_s, {}}};
    const CliRun run = import(u"wangfang"_s, u"caregiver-2026"_s, rows, {u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonArray errors = run.json()[u"errors"_s].toArray();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first()[u"row"_s].toInt(), 3);
    QCOMPARE(errors.first()[u"column"_s].toString(), u"身份证号"_s);
    QVERIFY2(errors.first()[u"message"_s].toString().contains(u"wangfang is not assigned to this class"_s),
             qPrintable(run.out));
    QVERIFY2(run.err.contains(u"Nothing was imported."_s), qPrintable(run.err));
    const CliRun summary = as(u"director"_s, u"director-2026"_s, {u"2026-10"_s, u"--json"_s});
    QCOMPARE(summary.json()[u"classes"_s].toArray().first()[u"present"_s].toInt(), 3);
}

void TestCliAttendance::monthBillFromTheseDays()
{
    // Not an inclusive institution (no profile): no reduction. 2026-10 has 18 care days.
    const CliRun run
        = runCliAs(m_t->path, u"director"_s, u"director-2026"_s, {u"month"_s, u"bill"_s, u"2026-10"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json[u"care_days"_s].toInt(), 18);
    QCOMPARE(json[u"inclusive"_s].toBool(), false);
    const QJsonArray children = json[u"children"_s].toArray();
    QCOMPARE(children.size(), 2);
    // 李小雨, 托小班 full-day, present 2 of 18 days: 1700.00, 10% refund, 2 meals.
    const QJsonObject girl = children.at(1).toObject();
    QCOMPARE(girl[u"name"_s].toString(), u"李小雨"_s);
    QStringList lines;
    for (const QJsonValue& line : girl[u"lines"_s].toArray())
        lines << u"%1 %2"_s.arg(line[u"kind"_s].toString()).arg(line[u"amount_fen"_s].toInteger());
    QCOMPARE(lines, (QStringList {u"care_fee 170000"_s, u"absence_refund -17000"_s, u"meals 3000"_s}));
    QCOMPARE(girl[u"total_fen"_s].toInteger(), 156000);
    // The hourly boy: 3 hours at 20 yuan.
    QCOMPARE(children.at(0)[u"total_fen"_s].toInteger(), 6000);
    QCOMPARE(json[u"total_fen"_s].toInteger(), 162000);
}

void TestCliAttendance::monthBillRefusedToCaregiver()
{
    const CliRun run = runCliAs(m_t->path, u"wangfang"_s, u"caregiver-2026"_s, {u"month"_s, u"bill"_s, u"2026-10"_s});
    QVERIFY(run.exitCode != 0);
    QVERIFY(!run.err.isEmpty());
}

void TestCliAttendance::billsExportWritesTheTable()
{
    const QString file = m_t->dir.filePath(u"bills-2026-10.csv"_s);
    const CliRun run = runCliAs(m_t->path, u"director"_s, u"director-2026"_s,
                                {u"bills"_s, u"export"_s, u"2026-10"_s, u"--out"_s, file, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"file"_s].toString(), file);
    QFile written(file);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(written.readAll());
    // The same bills as `month bill`, one column per kind of line.
    QVERIFY2(text.contains(u"\r\n李小雨,"_s + m_girlId
                           + u",小一班,1700.00,0.00,-170.00,30.00,0.00,0.00,0.00,1560.00,0.00,1560.00\r\n"_s),
             qPrintable(text));
    QVERIFY2(text.endsWith(u"\r\n合计,,,1700.00,0.00,-170.00,30.00,60.00,0.00,0.00,1620.00,0.00,1620.00\r\n"_s),
             qPrintable(text));

    const QString refusedFile = m_t->dir.filePath(u"refused.csv"_s);
    const CliRun refused = runCliAs(m_t->path, u"wangfang"_s, u"caregiver-2026"_s,
                                    {u"bills"_s, u"export"_s, u"2026-10"_s, u"--out"_s, refusedFile});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY(!QFile::exists(refusedFile));
}

void TestCliAttendance::monthCloseListsGapsThenConfirmsThem()
{
    const auto month = [this](const QStringList& arguments) {
        return runCliAs(m_t->path, u"director"_s, u"director-2026"_s, QStringList {u"month"_s} + arguments);
    };
    const CliRun refused = month({u"close"_s, u"2026-10"_s});
    QCOMPARE(refused.exitCode, 3);
    QVERIFY2(refused.err.contains(u"张小宝 2026-10-09"_s), qPrintable(refused.err));

    const CliRun closed = month({u"close"_s, u"2026-10"_s, u"--accept-missing"_s, u"--json"_s});
    QVERIFY2(closed.exitCode == 0, qPrintable(closed.err));
    QVERIFY(closed.json()[u"confirmed_absences"_s].toInt() > 0);
    const CliRun summary = as(u"director"_s, u"director-2026"_s, {u"2026-10"_s, u"--json"_s});
    QCOMPARE(summary.json()[u"gaps"_s].toArray().size(), 0);

    QCOMPARE(month({u"reopen"_s, u"2026-10"_s}).exitCode, 3);
    const CliRun reopened = month({u"reopen"_s, u"2026-10"_s, u"--reason"_s, u"补录病假"_s});
    QVERIFY2(reopened.exitCode == 0, qPrintable(reopened.err));
}

QTEST_GUILESS_MAIN(TestCliAttendance)
#include "tst_cli_attendance.moc"
