#include "AttendanceFixtures.h"
#include "access/AuditLog.h"
#include "attendance/AttendanceMonth.h"
#include "attendance/AttendanceRepository.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "common/CareCalendar.h"
#include "store/ClosedMonths.h"
#include "store/Sql.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Month)

// Month close (月结): refused while days are unrecorded unless the director confirms them as absences, then the
// month's attendance is final; reopened only by the director, with a reason.
class TestMonthClose : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusals_data();
    void refusals();
    void gapsConfirmedAsAbsencesByTheDirector();
    void closedMonthRefusesAttendance();
    void reopenNeedsTheDirectorAndAReason();
    void billsFrozenAtCloseUntilReopened();

private:
    bool isClosed(Month month);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_classA = 0;
    qint64 m_child = 0;
    const Month m_october {2026, 10};
};

void TestMonthClose::init()
{
    qint64 classB = 0;
    m_t = rosterDatabase(m_classA, classB); // today is 2026-11-29
    QVERIFY(m_t);
    m_child = enrolChild(*m_t->db, u"王一"_s, m_classA);
    QVERIFY(m_child);
}

void TestMonthClose::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

bool TestMonthClose::isClosed(Month month)
{
    const Result<ClosedMonths> closed = ClosedMonths::load(*m_t->db);
    return closed && closed->isClosed(month);
}

void TestMonthClose::refusals_data()
{
    QTest::addColumn<Month>("month");
    QTest::addColumn<bool>("recorded");
    QTest::addColumn<int>("role"); // -1: the program itself
    QTest::addColumn<bool>("acceptMissing");
    QTest::addColumn<QString>("message"); // empty: closed

    const Month nov(2026, 11);
    QTest::newRow("all recorded, finance") << m_october << true << int(Role::Finance) << false << QString();
    QTest::newRow("all recorded, director") << m_october << true << int(Role::Director) << false << QString();
    QTest::newRow("gaps") << m_october << false << int(Role::Director) << false << u"has 18 care day"_s;
    QTest::newRow("gaps named") << m_october << false << int(Role::Director) << false << u"王一 2026-10-08"_s;
    QTest::newRow("finance may not confirm gaps")
        << m_october << false << int(Role::Finance) << true << u"confirm days without attendance"_s;
    QTest::newRow("a caregiver closes nothing") << m_october << true << int(Role::Caregiver) << false << u"someone"_s;
    QTest::newRow("the month is not over") << nov << true << -1 << true << u"from 2026-12-01"_s;
}

void TestMonthClose::refusals()
{
    QFETCH(Month, month);
    QFETCH(bool, recorded);
    QFETCH(int, role);
    QFETCH(bool, acceptMissing);
    QFETCH(QString, message);
    if (recorded && month == m_october)
        QVERIFY(recordWholeMonth(*m_t->db, m_child, month));
    if (role >= 0)
        m_t->db->setActor(actorWithRole(static_cast<Role>(role)));
    const Result<int> closed = MonthClose::close(*m_t->db, month, acceptMissing);
    QCOMPARE(closed.ok(), message.isEmpty());
    QCOMPARE(isClosed(month), message.isEmpty());
    if (!closed)
        QVERIFY2(closed.error().contains(message), qPrintable(closed.error()));
    else
        QCOMPARE(closed.value(), 0);
}

void TestMonthClose::gapsConfirmedAsAbsencesByTheDirector()
{
    AttendanceRecord r;
    r.childId = m_child;
    r.day = QDate(2026, 10, 8);
    QVERIFY(AttendanceRepository(*m_t->db).save({r}));
    m_t->db->setActor(actorWithRole(Role::Director));
    const Result<int> closed = MonthClose::close(*m_t->db, m_october, true);
    QVERIFY2(closed, qPrintable(closed.error()));
    QCOMPARE(closed.value(), 17);
    QVERIFY(isClosed(m_october));
    const Result<AttendanceMonthSummary> s = AttendanceMonth::compute(*m_t->db, m_october);
    QVERIFY(s);
    QVERIFY(s->gaps.isEmpty());
    const AttendanceCounts& c = s->classes.first().totals;
    QCOMPARE(c.present, 1);
    QCOMPARE(c.other, 17);
    const Result<QList<AttendanceRecord>> records
        = AttendanceRepository(*m_t->db).records(QDate(2026, 10, 9), QDate(2026, 10, 9));
    QVERIFY(records && records->size() == 1);
    QCOMPARE(records->first().note, MonthClose::confirmedAbsenceNote());
}

void TestMonthClose::closedMonthRefusesAttendance()
{
    QVERIFY(recordWholeMonth(*m_t->db, m_child, m_october));
    QVERIFY(MonthClose::close(*m_t->db, m_october, false));
    AttendanceRecord r = sickDay(m_child, QDate(2026, 10, 9), u"发热"_s);
    const Status s = AttendanceRepository(*m_t->db).save({r});
    QVERIFY(!s);
    QVERIFY2(s.error().contains(u"2026-10"_s), qPrintable(s.error()));
    const Result<int> again = MonthClose::close(*m_t->db, m_october, false);
    QVERIFY(!again);
    QVERIFY(again.error().contains(u"already closed"_s));
}

void TestMonthClose::reopenNeedsTheDirectorAndAReason()
{
    QVERIFY(recordWholeMonth(*m_t->db, m_child, m_october));
    QVERIFY(MonthClose::close(*m_t->db, m_october, false));
    m_t->db->setActor(actorWithRole(Role::Finance));
    QVERIFY(!MonthClose::reopen(*m_t->db, m_october, u"补录病假"_s));
    m_t->db->setActor(actorWithRole(Role::Director));
    QVERIFY(!MonthClose::reopen(*m_t->db, m_october, u"  "_s));
    QVERIFY(isClosed(m_october));
    QCOMPARE(MonthClose::timesReopened(*m_t->db, m_october).value_or(-1), 0);
    const Status reopened = MonthClose::reopen(*m_t->db, m_october, u"补录王一10月9日病假"_s);
    QVERIFY2(reopened.ok(), qPrintable(reopened.error()));
    QVERIFY(!isClosed(m_october));
    QVERIFY(!MonthClose::reopen(*m_t->db, m_october, u"again"_s));
    // Only the reopening that happened counts; it tells a report of the month made before it is outdated.
    QCOMPARE(MonthClose::timesReopened(*m_t->db, m_october).value_or(-1), 1);
    QCOMPARE(MonthClose::timesReopened(*m_t->db, m_october.next()).value_or(-1), 0);
    // The reason is in the audit trail.
    const Result<QList<AuditEntry>> entries = AuditLog::find(*m_t->db, {});
    QVERIFY(entries);
    QVERIFY(std::any_of(entries->cbegin(), entries->cend(), [](const AuditEntry& e) {
        return e.action == u"reopen"_s && e.newValues.contains(u"补录王一10月9日病假"_s);
    }));
}

void TestMonthClose::billsFrozenAtCloseUntilReopened()
{
    QVERIFY(recordWholeMonth(*m_t->db, m_child, m_october));
    const Result<MonthBills> before = MonthBilling::compute(*m_t->db, m_october);
    QVERIFY(before && before->children.size() == 1);
    QVERIFY(MonthClose::close(*m_t->db, m_october, false));

    // A meal rate written into October afterwards (as an old database might hold) changes what a new computation
    // gives, but not the bills the close froze.
    QVERIFY(Sql::exec(
        m_t->db->connection(),
        u"INSERT INTO policy_values (key, valid_from, value) VALUES ('fee.meal_daily_rate', '2026-01', 2000)"_s));
    const Result<MonthBills> recomputed = MonthBilling::compute(*m_t->db, m_october);
    QVERIFY(recomputed);
    QVERIFY(recomputed->total() != before->total());
    const Result<MonthBills> frozen = MonthBilling::forMonth(*m_t->db, m_october);
    QVERIFY2(frozen, qPrintable(frozen.error()));
    QVERIFY(frozen->closed);
    QCOMPARE(frozen->careDays, before->careDays);
    QCOMPARE(frozen->inclusive, before->inclusive);
    QCOMPARE(frozen->children.size(), 1);
    QCOMPARE(frozen->children.first().name, u"王一"_s);
    QCOMPARE(frozen->children.first().bill.lines.size(), before->children.first().bill.lines.size());
    for (qsizetype i = 0; i < frozen->children.first().bill.lines.size(); ++i) {
        const BillLine& a = frozen->children.first().bill.lines.at(i);
        const BillLine& b = before->children.first().bill.lines.at(i);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.amount, b.amount);
        QCOMPARE(a.basis, b.basis);
    }

    // Reopened, the month is worked out again from what is in force now.
    QVERIFY(MonthClose::reopen(*m_t->db, m_october, u"补录"_s));
    const Result<MonthBills> open = MonthBilling::forMonth(*m_t->db, m_october);
    QVERIFY(open);
    QVERIFY(!open->closed);
    QCOMPARE(open->total(), recomputed->total());
}

QTEST_GUILESS_MAIN(TestMonthClose)
#include "tst_monthclose.moc"
