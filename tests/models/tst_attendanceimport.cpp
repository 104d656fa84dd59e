#include "AttendanceFixtures.h"
#include "RosterFiles.h"
#include "access/AuditTrail.h"
#include "attendance/AttendanceImport.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/FollowUpRepository.h"
#include "store/CalendarRepository.h"

#include <QStringEncoder>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList ChineseHeader {u"日期"_s, u"身份证号"_s, u"状态"_s, u"到园"_s, u"离园"_s,    u"时长"_s,
                                 u"晨检"_s, u"体温"_s,     u"症状"_s, u"备注"_s, u"晨检说明"_s};
const QStringList EnglishHeader {u"date"_s,  u"id_number"_s,   u"status"_s,  u"arrival"_s, u"departure"_s, u"hours"_s,
                                 u"check"_s, u"temperature"_s, u"symptom"_s, u"note"_s,    u"check_note"_s};

const QString GirlId = u"140402202503151523"_s; // enrolledGirl(), class A
const QString BoyId = u"140402202406200311"_s; // waitingBoy() enrolled, class B, hourly
const QString LeftId = idNumberFor(QDate(2024, 5, 10), 11); // class A, withdrawn after 2026-10-15
const QString WaitingId = idNumberFor(QDate(2024, 3, 2), 22); // on the waiting list
const QString UnplacedId = idNumberFor(QDate(2024, 7, 1), 33); // enrolled, placed only from 2026-10-20

// A clean present day of the girl's, in the order of the header.
QStringList presentRow(const QString& date = u"2026-10-12"_s, const QString& id = GirlId)
{
    return {date, id, u"出勤"_s, u"8:05"_s, u"17:10"_s, {}, u"正常"_s, u"36.8"_s, {}, {}, {}};
}

// The girl's next day, present, with one column changed.
QStringList rowWith(int column, const QString& value, QStringList row = presentRow(QStringLiteral("2026-10-13")))
{
    row[column] = value;
    return row;
}

// The girl's day without the times of a presence, for absences.
QStringList away(const QString& date = u"2026-10-12"_s)
{
    QStringList row = presentRow(date);
    row[3].clear();
    row[4].clear();
    return row;
}

} // namespace

// The attendance import: either header language and the encodings Excel writes, the values it reads, each kind of
// refusal with its row, column and value, all or nothing, closed months and a caregiver kept to her classes.
class TestAttendanceImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void readsEveryColumn_data();
    void readsEveryColumn();
    void notesKeepEveryCharacter_data();
    void notesKeepEveryCharacter();
    void errors_data();
    void errors();
    void oneBadRowWritesNothing();
    void replacesTheDayAndCountsIt();
    void everyRowIsAudited();
    void closedMonthRefusesSaving();
    void caregiverOnlyForHerClasses();

private:
    Result<AttendanceImportPlan> preview(const QByteArray& bytes)
    {
        const QString path = m_t->dir.filePath(u"attendance.csv"_s);
        if (!writeBytes(path, bytes))
            return Result<AttendanceImportPlan>::failure(u"cannot write"_s);
        return AttendanceImport::preview(*m_t->db, path);
    }
    QList<AttendanceRecord> stored()
    {
        return AttendanceRepository(*m_t->db).records(QDate(2026, 1, 1), QDate(2026, 12, 31)).value_or({});
    }
    qint64 count(const QString& statement) { return Sql::scalar(m_t->db->connection(), statement).toLongLong(); }
    qint64 addChild(const QString& name, const QString& idNumber, Gender gender, QDate birthDate);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
    qint64 m_girl = 0;
    qint64 m_boy = 0;
};

qint64 TestAttendanceImport::addChild(const QString& name, const QString& idNumber, Gender gender, QDate birthDate)
{
    ChildRecord c = enrolledGirl();
    c.name = name;
    c.idNumber = idNumber;
    c.gender = gender;
    c.birthDate = birthDate;
    const Result<qint64> id
        = ChildRepository(*m_t->db).add(c, Placement {m_classA, CareType::FullDay, c.enrolledOn, {}});
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

void TestAttendanceImport::init()
{
    m_t = rosterDatabase(m_classA, m_classB);
    QVERIFY(m_t);
    Database& db = *m_t->db;
    m_girl = addEnrolledGirl(db, m_classA);
    ChildRecord boy = waitingBoy();
    boy.enrolledOn = QDate(2026, 9, 1);
    const Result<qint64> boyId
        = ChildRepository(db).add(boy, Placement {m_classB, CareType::Hourly, boy.enrolledOn, {}});
    QVERIFY2(boyId, qPrintable(boyId.error()));
    m_boy = boyId.value();
    const qint64 left = addChild(u"赵小川"_s, LeftId, Gender::Male, QDate(2024, 5, 10));
    QVERIFY(left && ChildRepository(db).withdraw(left, QDate(2026, 10, 15)));
    ChildRecord waiting = waitingBoy();
    waiting.name = u"钱小朵"_s;
    waiting.idNumber = WaitingId;
    waiting.gender = Gender::Female;
    waiting.birthDate = QDate(2024, 3, 2);
    QVERIFY(ChildRepository(db).add(waiting, std::nullopt));
    const qint64 unplaced = addChild(u"孙小禾"_s, UnplacedId, Gender::Male, QDate(2024, 7, 1));
    QVERIFY(unplaced);
    QVERIFY(Sql::exec(db.connection(),
                      u"UPDATE placements SET valid_from = '2026-10-20' WHERE child_id = %1"_s.arg(unplaced)));
    QVERIFY(CalendarRepository(db).addClosure(QDate(2026, 10, 16), u"暖气维修"_s));
    // Until the month-close action exists, a closed month is a row written directly.
    QVERIFY(Sql::exec(db.connection(),
                      u"INSERT INTO closed_months (month, closed_at, closed_by) "
                      "VALUES ('2026-09', '2026-10-08T09:00:00', 'director')"_s));
}

void TestAttendanceImport::readsEveryColumn_data()
{
    QTest::addColumn<QByteArray>("bytes");
    const QList<QStringList> rows {
        presentRow(),
        {u"2026-10-13"_s,
         GirlId,
         u"病假"_s,
         {},
         {},
         {},
         u"异常"_s,
         u"38.2℃"_s,
         u"发热"_s,
         u"妈妈来电"_s,
         u"送园时发热"_s},
        {u"2026/10/12"_s, BoyId, u"present"_s, u"08:30"_s, u"11：30"_s, u"3"_s, u"normal"_s, u"36.6"_s, {}, {}, {}},
        {u"2026年10月10日"_s, BoyId, u"Personal"_s, {}, {}, {}, {}, {}, {}, u"回老家"_s, {}},
    };
    const QByteArray chinese = csvText(ChineseHeader, rows);
    QStringEncoder gb18030("GB18030");
    QTest::newRow("chinese header") << chinese;
    QTest::newRow("english header") << csvText(EnglishHeader, rows);
    QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + chinese;
    QTest::newRow("gb18030") << QByteArray(gb18030.encode(QString::fromUtf8(chinese)));
}

void TestAttendanceImport::readsEveryColumn()
{
    QFETCH(QByteArray, bytes);
    const auto plan = preview(bytes);
    QVERIFY2(plan, qPrintable(plan.error()));
    QVERIFY2(plan->report.ok(), qPrintable(plan->report.errors.value(0).message));
    QCOMPARE(plan->report.added, 4);
    QCOMPARE(plan->months(), QList<Month> {Month(2026, 10)});
    const QMap<AttendanceStatus, int> counts = plan->statusCounts();
    QCOMPARE(counts.value(AttendanceStatus::Present), 2);
    QCOMPARE(counts.value(AttendanceStatus::Sick), 1);
    QCOMPARE(counts.value(AttendanceStatus::Personal), 1);
    QVERIFY(AttendanceImport::apply(*m_t->db, plan.value()));

    const QList<AttendanceRecord> records = stored(); // by day, then child
    QCOMPARE(records.size(), 4);
    const AttendanceRecord& leave = records.at(0);
    QCOMPARE(leave.childId, m_boy);
    QCOMPARE(leave.day, QDate(2026, 10, 10));
    QCOMPARE(leave.status, AttendanceStatus::Personal);
    QCOMPARE(leave.note, u"回老家"_s);
    const AttendanceRecord& girl = records.at(1);
    QCOMPARE(girl.childId, m_girl);
    QCOMPARE(girl.arrival, QTime(8, 5));
    QCOMPARE(girl.departure, QTime(17, 10));
    QCOMPARE(girl.checkNormal, std::optional<bool>(true));
    QCOMPARE(girl.temperatureTenths, std::optional<int>(368));
    QCOMPARE(girl.hours, std::optional<int>());
    const AttendanceRecord& hourly = records.at(2);
    QCOMPARE(hourly.childId, m_boy);
    QCOMPARE(hourly.arrival, QTime(8, 30));
    QCOMPARE(hourly.departure, QTime(11, 30));
    QCOMPARE(hourly.hours, std::optional<int>(3));
    const AttendanceRecord& sick = records.at(3);
    QCOMPARE(sick.status, AttendanceStatus::Sick);
    QCOMPARE(sick.checkNormal, std::optional<bool>(false));
    QCOMPARE(sick.checkNote, u"送园时发热"_s);
    QCOMPARE(sick.temperatureTenths, std::optional<int>(382));
    QCOMPARE(sick.symptom, u"发热"_s);
    QCOMPARE(sick.note, u"妈妈来电"_s);
    // The sick day opens the girl's follow-up, as a sick day on the daily sheet does.
    const Result<QList<SickFollowUp>> followUps = FollowUpRepository(*m_t->db).openFollowUps();
    QVERIFY(followUps);
    QCOMPARE(followUps->size(), 1);
    QCOMPARE(followUps->first().childId, m_girl);
    QCOMPARE(followUps->first().firstDay, QDate(2026, 10, 13));
    QCOMPARE(followUps->first().symptom, u"发热"_s);
}

void TestAttendanceImport::notesKeepEveryCharacter_data()
{
    QTest::addColumn<QString>("note");
    QTest::newRow("quotes") << u"她说\"肚子疼\""_s;
    QTest::newRow("backslash") << u"见 D:\\晨检\\10月"_s;
    QTest::newRow("two lines") << u"上午咳嗽\n下午好转"_s;
    QTest::newRow("tab") << u"体温\t复测"_s;
    QTest::newRow("emoji") << u"戴口罩😷"_s;
}

void TestAttendanceImport::notesKeepEveryCharacter()
{
    QFETCH(QString, note);
    const auto plan = preview(csvText(ChineseHeader, {rowWith(9, note, presentRow())}));
    QVERIFY2(plan && plan->report.ok(), plan ? "" : qPrintable(plan.error()));
    QVERIFY(AttendanceImport::apply(*m_t->db, plan.value()));
    const QList<AttendanceRecord> records = stored();
    QCOMPARE(records.size(), 1);
    QCOMPARE(records.first().note, note);
}

void TestAttendanceImport::errors_data()
{
    QTest::addColumn<QStringList>("row");
    QTest::addColumn<QString>("column");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown ID number") << rowWith(1, u"140402202401010019"_s) << u"身份证号"_s
                                       << u"No child on the roster has this ID number"_s;
    QTest::newRow("no ID number") << rowWith(1, {}) << u"身份证号"_s << u"The ID number is missing"_s;
    QTest::newRow("no date") << rowWith(0, {}) << u"日期"_s << u"The date is missing"_s;
    QTest::newRow("impossible date") << rowWith(0, u"2026-10-32"_s) << u"日期"_s << u"2026-10-32"_s;
    QTest::newRow("weekend") << rowWith(0, u"2026-10-11"_s) << u"日期"_s
                             << u"2026-10-11 is a weekend day, not a care day"_s;
    QTest::newRow("public holiday") << rowWith(0, u"2026-10-05"_s) << u"日期"_s
                                    << u"2026-10-05 is a public holiday, not a care day"_s;
    QTest::newRow("closure") << rowWith(0, u"2026-10-16"_s) << u"日期"_s
                             << u"The institution was closed on 2026-10-16 (暖气维修)"_s;
    QTest::newRow("closed month") << rowWith(0, u"2026-09-15"_s) << u"日期"_s
                                  << u"2026-09 is closed: reopen the month before changing its attendance"_s;
    QTest::newRow("before enrolment") << rowWith(0, u"2026-08-31"_s) << u"日期"_s
                                      << u"李小雨 is in care from 2026-09-01, not yet on 2026-08-31"_s;
    QTest::newRow("after withdrawal") << rowWith(0, u"2026-10-19"_s, presentRow({}, LeftId)) << u"日期"_s
                                      << u"赵小川 was in care from 2026-09-01 to 2026-10-15, not on 2026-10-19"_s;
    QTest::newRow("waiting list") << rowWith(1, WaitingId) << u"身份证号"_s
                                  << u"钱小朵 is not enrolled (waiting list)"_s;
    QTest::newRow("in no class") << rowWith(1, UnplacedId) << u"日期"_s
                                 << u"孙小禾 was placed in no class on 2026-10-13"_s;
    QTest::newRow("same child and day twice")
        << presentRow() << u"日期"_s << u"李小雨 already has a row for this day on row 2"_s;
    QTest::newRow("unknown status") << rowWith(2, u"迟到"_s) << u"状态"_s << u"Unknown status"_s;
    QTest::newRow("no status") << rowWith(2, {}) << u"状态"_s << u"The status is missing"_s;
    QTest::newRow("unreadable arrival") << rowWith(3, u"8点"_s) << u"到园"_s << u"Write the time as 8:05"_s;
    QTest::newRow("impossible departure") << rowWith(4, u"25:10"_s) << u"离园"_s << u"Write the time as 8:05"_s;
    QTest::newRow("departure before arrival")
        << rowWith(4, u"7:30"_s) << u"离园"_s << u"The departure time must be after the arrival time (08:05)"_s;
    QTest::newRow("hours not a number") << rowWith(5, u"三"_s) << u"时长"_s << u"whole number"_s;
    QTest::newRow("unknown check") << rowWith(6, u"良好"_s) << u"晨检"_s << u"正常 or 异常"_s;
    QTest::newRow("temperature too high") << rowWith(7, u"45.0"_s) << u"体温"_s << u"between 34.0 and 42.5"_s;
    QTest::newRow("temperature not a number") << rowWith(7, u"发热"_s) << u"体温"_s << u"like 36.8"_s;
    QTest::newRow("abnormal check without a note") << rowWith(6, u"异常"_s) << u"晨检"_s << u"found abnormal"_s;
    QTest::newRow("sick without symptom")
        << rowWith(2, u"病假"_s, away(u"2026-10-13"_s)) << u"症状"_s << u"needs the symptom"_s;
    QTest::newRow("sick with an arrival time")
        << rowWith(8, u"发热"_s, rowWith(2, u"病假"_s)) << u"到园"_s << u"no arrival"_s;
    QTest::newRow("25 hours") << rowWith(5, u"25"_s, presentRow(u"2026-10-13"_s, BoyId)) << u"时长"_s
                              << u"between 0 and 24"_s;
}

void TestAttendanceImport::errors()
{
    QFETCH(QStringList, row);
    QFETCH(QString, column);
    QFETCH(QString, message);
    const auto plan = preview(csvText(ChineseHeader, {presentRow(), row}));
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->report.errors.size(), 1);
    const FieldError& e = plan->report.errors.first();
    QCOMPARE(e.row, 3);
    QCOMPARE(e.field, column);
    QCOMPARE(e.value, row.at(ChineseHeader.indexOf(column)));
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QVERIFY(!AttendanceImport::apply(*m_t->db, plan.value()));
    QVERIFY(stored().isEmpty());
}

void TestAttendanceImport::oneBadRowWritesNothing()
{
    const QString auditBefore = u"SELECT count(*) FROM audit_log"_s;
    const qint64 before = count(auditBefore);
    QList<QStringList> rows;
    for (int day = 12; day <= 14; ++day)
        rows << presentRow(u"2026-10-%1"_s.arg(day)) << presentRow(u"2026-10-%1"_s.arg(day), BoyId);
    rows << rowWith(7, u"3.68"_s, presentRow(u"2026-10-15"_s));
    const auto plan = preview(csvText(EnglishHeader, rows));
    QVERIFY(plan);
    QCOMPARE(plan->report.errors.size(), 1);
    QCOMPARE(plan->report.errors.first().row, 8);
    QCOMPARE(plan->records.size(), 6);
    const Result<ImportReport> applied = AttendanceImport::apply(*m_t->db, plan.value());
    QVERIFY(!applied);
    QVERIFY2(applied.error().contains(u"nothing was imported"_s), qPrintable(applied.error()));
    QVERIFY(stored().isEmpty());
    QCOMPARE(count(auditBefore), before);
}

void TestAttendanceImport::replacesTheDayAndCountsIt()
{
    const auto first = preview(csvText(ChineseHeader, {presentRow()}));
    QVERIFY(first && AttendanceImport::apply(*m_t->db, first.value()));
    const auto again = preview(csvText(ChineseHeader, {rowWith(2, u"事假"_s, away()), presentRow(u"2026-10-13"_s)}));
    QVERIFY(again);
    QCOMPARE(again->report.added, 1);
    QCOMPARE(again->report.updated, 1);
    QVERIFY(AttendanceImport::apply(*m_t->db, again.value()));
    const QList<AttendanceRecord> records = stored();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.first().status, AttendanceStatus::Personal);
}

void TestAttendanceImport::everyRowIsAudited()
{
    QList<QStringList> rows;
    for (int day = 12; day <= 16; ++day)
        if (day != 16)
            rows << presentRow(u"2026-10-%1"_s.arg(day)) << presentRow(u"2026-10-%1"_s.arg(day), BoyId);
    rows << QStringList {u"2026-10-19"_s, GirlId, u"sick"_s, {}, {}, {}, {}, {}, u"咳嗽"_s, {}};
    const auto plan = preview(csvText(EnglishHeader, rows));
    QVERIFY(plan && plan->report.ok());
    QVERIFY(AttendanceImport::apply(*m_t->db, plan.value()));
    // One trail row holds the nine imported records, each with its values, and names the file they came from.
    const QString imports = u"FROM audit_log WHERE table_name = 'attendance' AND action = 'import'"_s;
    QCOMPARE(count(u"SELECT count(*) "_s + imports), 1);
    QCOMPARE(count(u"SELECT json_array_length(new_values, '$.rows') "_s + imports), 9);
    QCOMPARE(count(u"SELECT count(*) "_s + imports
                   + u" AND old_values IS NULL AND record_key LIKE '%.csv [1–9/9]'"_s),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE table_name = 'attendance' AND action = 'insert'"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE table_name = 'sick_followups'"_s), 1);

    // A second file that replaces a day keeps what the day said before.
    const auto again = preview(
        csvText(EnglishHeader, {QStringList {u"2026-10-12"_s, GirlId, u"personal"_s, {}, {}, {}, {}, {}, {}, {}}}));
    QVERIFY(again && again->report.ok());
    QVERIFY(AttendanceImport::apply(*m_t->db, again.value()));
    QCOMPARE(count(u"SELECT count(*) "_s + imports
                   + u" AND old_values ->> '$.rows[0][2]' = 'present' "
                     "AND new_values ->> '$.rows[0][2]' = 'personal'"_s),
             1);

    // The daily sheet's changes are audited record by record again, and the chain is whole.
    AttendanceRecord sheet;
    sheet.childId = m_girl;
    sheet.day = QDate(2026, 10, 20);
    const Status saved = AttendanceRepository(*m_t->db).save({sheet});
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE table_name = 'attendance' AND action = 'insert'"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log WHERE hash IS NULL"_s), 0);
    const Result<AuditTrail::Verdict> verdict = AuditTrail::verify(m_t->db->connection());
    QVERIFY(verdict);
    QVERIFY2(verdict->intact, qPrintable(verdict->message));
}

void TestAttendanceImport::closedMonthRefusesSaving()
{
    const qint64 auditBefore = count(u"SELECT count(*) FROM audit_log"_s);
    AttendanceRecord open;
    open.childId = m_girl;
    open.day = QDate(2026, 10, 12);
    const Status refused = AttendanceRepository(*m_t->db).save({open, sickDay(m_girl, QDate(2026, 9, 15), u"发热"_s)});
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"2026-09 is closed: reopen the month before changing its attendance."_s);
    QVERIFY(stored().isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM sick_followups"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM audit_log"_s), auditBefore);
    QVERIFY(AttendanceRepository(*m_t->db).save({open}));
}

void TestAttendanceImport::caregiverOnlyForHerClasses()
{
    m_t->db->setActor(caregiverActor({m_classA}));
    const auto plan = preview(csvText(ChineseHeader, {presentRow(), presentRow(u"2026-10-12"_s, BoyId)}));
    QVERIFY2(plan, qPrintable(plan.error()));
    QCOMPARE(plan->report.errors.size(), 1);
    QCOMPARE(plan->report.errors.first().row, 3);
    QVERIFY2(plan->report.errors.first().message.contains(u"wangfang is not assigned to this class"_s),
             qPrintable(plan->report.errors.first().message));

    const auto mine = preview(csvText(ChineseHeader, {presentRow()}));
    QVERIFY(mine && mine->report.ok());
    QVERIFY(AttendanceImport::apply(*m_t->db, mine.value()));
    QCOMPARE(stored().size(), 1);

    Actor finance;
    finance.userId = 9;
    finance.name = u"zhaomin"_s;
    finance.role = Role::Finance;
    m_t->db->setActor(finance);
    QVERIFY(!preview(csvText(ChineseHeader, {presentRow()})));
}

QTEST_GUILESS_MAIN(TestAttendanceImport)
#include "tst_attendanceimport.moc"
