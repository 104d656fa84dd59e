#include "AttendanceFixtures.h"
#include "access/AuditLog.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/FollowUpRepository.h"
#include "store/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Follow-ups of sick absences (因病缺勤追踪): opened by the first sick day, closed only with an outcome.
class TestFollowUps : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void sickDayOpensOneFollowUp();
    void closingNeedsAnOutcome_data();
    void closingNeedsAnOutcome();
    void closedLeaveTheList();
    void laterSickDayAfterReturnOpensAnother();
    void refusedWithoutPermission();
    void caregiverSeesHerClassesOnly();
    void changesAreAudited();

private:
    // The one open follow-up, after recording sick days for the first child.
    SickFollowUp onlyOpen();
    int rowCount() const;

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
    qint64 m_child = 0;
    qint64 m_otherChild = 0; // in 小二班
    const QDate m_monday {2026, 11, 16};
};

void TestFollowUps::init()
{
    m_t = rosterDatabase(m_classA, m_classB);
    QVERIFY(m_t);
    m_child = enrolChild(*m_t->db, u"王一"_s, m_classA);
    m_otherChild = enrolChild(*m_t->db, u"王二"_s, m_classB);
    QVERIFY(m_child && m_otherChild);
}

SickFollowUp TestFollowUps::onlyOpen()
{
    const Result<QList<SickFollowUp>> open = FollowUpRepository(*m_t->db).openFollowUps();
    if (!open || open->size() != 1) {
        qWarning() << "expected one open follow-up";
        return {};
    }
    return open->first();
}

int TestFollowUps::rowCount() const
{
    return Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM sick_followups"_s).toInt();
}

void TestFollowUps::sickDayOpensOneFollowUp()
{
    AttendanceRepository attendance(*m_t->db);
    AttendanceRecord present = sickDay(m_otherChild, m_monday, {});
    present.status = AttendanceStatus::Present;
    QVERIFY(attendance.save({sickDay(m_child, m_monday, u" 发热 "_s), present}));
    QVERIFY(attendance.save({sickDay(m_child, m_monday.addDays(1), u"咳嗽"_s)}));
    QCOMPARE(rowCount(), 1);

    const SickFollowUp f = onlyOpen();
    QCOMPARE(f.childId, m_child);
    QCOMPARE(f.childName, u"王一"_s);
    QCOMPARE(f.classId, m_classA);
    QCOMPARE(f.className, u"小一班"_s);
    QCOMPARE(f.firstDay, m_monday);
    QCOMPARE(f.symptom, u"发热"_s);
    QCOMPARE(f.daysAbsent, 2);

    // A sick day entered late, before the first one, moves the start back.
    QVERIFY(attendance.save({sickDay(m_child, m_monday.addDays(-3), u"发热"_s)}));
    QCOMPARE(onlyOpen().firstDay, m_monday.addDays(-3));
    QCOMPARE(onlyOpen().daysAbsent, 3);
}

void TestFollowUps::closingNeedsAnOutcome_data()
{
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QDate>("returnedOn");
    QTest::addColumn<QString>("reason");
    QTest::newRow("no outcome") << QString() << QDate(2026, 11, 19) << u"write the outcome"_s;
    QTest::newRow("only spaces") << u"  "_s << QDate(2026, 11, 19) << u"write the outcome"_s;
    QTest::newRow("back before the first day")
        << u"痊愈"_s << QDate(2026, 11, 13) << u"2026-11-13 is before the first sick day 2026-11-16"_s;
}

void TestFollowUps::closingNeedsAnOutcome()
{
    QFETCH(QString, outcome);
    QFETCH(QDate, returnedOn);
    QFETCH(QString, reason);
    QVERIFY(AttendanceRepository(*m_t->db).save({sickDay(m_child, m_monday, u"发热"_s)}));
    const qint64 id = onlyOpen().id;
    const Status refused = FollowUpRepository(*m_t->db).close(id, outcome, returnedOn);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(reason), qPrintable(refused.error()));
    QCOMPARE(onlyOpen().id, id);
}

void TestFollowUps::closedLeaveTheList()
{
    QVERIFY(AttendanceRepository(*m_t->db).save(
        {sickDay(m_child, m_monday, u"发热"_s), sickDay(m_otherChild, m_monday, u"腹泻"_s)}));
    FollowUpRepository followUps(*m_t->db);
    const Result<QList<SickFollowUp>> before = followUps.openFollowUps();
    QVERIFY(before);
    QCOMPARE(before->size(), 2);
    const qint64 id = before->first().childId == m_child ? before->first().id : before->last().id;

    QVERIFY(followUps.recordContact(id, u"电话：已退烧"_s));
    QVERIFY(followUps.close(id, u"痊愈返园"_s, m_monday.addDays(2)));
    const Result<QList<SickFollowUp>> after = followUps.openFollowUps();
    QVERIFY(after);
    QCOMPARE(after->size(), 1);
    QCOMPARE(after->first().childId, m_otherChild);
    QVERIFY(!followUps.close(id, u"again"_s, {}));

    // A sick day inside the closed follow-up (a correction) does not open another.
    QVERIFY(AttendanceRepository(*m_t->db).save({sickDay(m_child, m_monday.addDays(1), u"发热"_s)}));
    QCOMPARE(rowCount(), 2);
}

void TestFollowUps::laterSickDayAfterReturnOpensAnother()
{
    AttendanceRepository attendance(*m_t->db);
    QVERIFY(attendance.save({sickDay(m_child, m_monday, u"发热"_s)}));
    QVERIFY(FollowUpRepository(*m_t->db).close(onlyOpen().id, u"痊愈"_s, m_monday.addDays(1)));
    QVERIFY(attendance.save({sickDay(m_child, m_monday.addDays(7), u"腹泻"_s)}));
    QCOMPARE(rowCount(), 2);
    QCOMPARE(onlyOpen().firstDay, m_monday.addDays(7));
    QCOMPARE(onlyOpen().daysAbsent, 1);
}

void TestFollowUps::refusedWithoutPermission()
{
    QVERIFY(AttendanceRepository(*m_t->db).save({sickDay(m_child, m_monday, u"发热"_s)}));
    const qint64 id = onlyOpen().id;
    Actor finance;
    finance.userId = 9;
    finance.name = u"zhaomin"_s;
    finance.role = Role::Finance;
    m_t->db->setActor(finance);

    QVERIFY(!AttendanceRepository(*m_t->db).save({sickDay(m_otherChild, m_monday, u"发热"_s)}));
    FollowUpRepository followUps(*m_t->db);
    QVERIFY(!followUps.openFollowUps());
    QVERIFY(!followUps.recordContact(id, u"电话"_s));
    const Status refused = followUps.close(id, u"痊愈"_s, m_monday.addDays(1));
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"zhaomin"_s), qPrintable(refused.error()));

    m_t->db->setActor(Actor::systemActor());
    QCOMPARE(rowCount(), 1);
    QCOMPARE(onlyOpen().lastContact, QString());
}

void TestFollowUps::caregiverSeesHerClassesOnly()
{
    QVERIFY(AttendanceRepository(*m_t->db).save(
        {sickDay(m_child, m_monday, u"发热"_s), sickDay(m_otherChild, m_monday, u"腹泻"_s)}));
    m_t->db->setActor(caregiverActor({m_classA}));
    FollowUpRepository followUps(*m_t->db);
    const Result<QList<SickFollowUp>> mine = followUps.openFollowUps();
    QVERIFY(mine);
    QCOMPARE(mine->size(), 1);
    QCOMPARE(mine->first().childId, m_child);

    m_t->db->setActor(Actor::systemActor());
    const Result<QList<SickFollowUp>> all = followUps.openFollowUps();
    QVERIFY(all);
    const qint64 other = all->first().childId == m_otherChild ? all->first().id : all->last().id;
    m_t->db->setActor(caregiverActor({m_classA}));
    QVERIFY(!followUps.close(other, u"痊愈"_s, m_monday.addDays(1)));
}

void TestFollowUps::changesAreAudited()
{
    QVERIFY(AttendanceRepository(*m_t->db).save({sickDay(m_child, m_monday, u"发热"_s)}));
    QVERIFY(FollowUpRepository(*m_t->db).close(onlyOpen().id, u"痊愈"_s, m_monday.addDays(1)));
    AuditFilter filter;
    filter.tableName = u"sick_followups"_s;
    const Result<QList<AuditEntry>> entries = AuditLog::find(*m_t->db, filter); // newest first
    QVERIFY2(entries, qPrintable(entries.error()));
    QCOMPARE(entries->size(), 2);
    QCOMPARE(entries->at(0).action, u"update"_s);
    QVERIFY2(entries->at(0).newValues.contains(u"痊愈"_s), qPrintable(entries->at(0).newValues));
    QCOMPARE(entries->at(1).action, u"insert"_s);
    const Result<AuditTrail::Verdict> verdict = AuditLog::verify(*m_t->db);
    QVERIFY2(verdict, qPrintable(verdict.error()));
    QVERIFY2(verdict->intact, qPrintable(verdict->message));
}

QTEST_GUILESS_MAIN(TestFollowUps)
#include "tst_followups.moc"
