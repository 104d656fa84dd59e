#include "AttendanceFixtures.h"
#include "attendance/AttendanceRepository.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "common/CareCalendar.h"
#include "common/PolicyKey.h"
#include "itemmodels/PolicyTableModel.h"
#include "store/PolicyRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// The fee schedule as dated policy values: a change applies from its month on, the value before it ends the month
// before in the stored rows too, a change never reaches a closed month, bills of earlier months stay as they were,
// every change is audited, and only the director and finance may change it.
class TestFeeChanges : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changeAppliesFromItsMonth_data();
    void changeAppliesFromItsMonth();
    void closedMonthIsNeverReached_data();
    void closedMonthIsNeverReached();
    void correctionBeforeALaterChangeKeepsIt();
    void billsBeforeTheChangeStayTheSame();
    void changeIsAudited();
    void onlyDirectorAndFinanceChangeFees_data();
    void onlyDirectorAndFinanceChangeFees();
    void inForceTableShowsTheFeesOfAMonth();

private:
    Status save(const QString& key, const QString& from, qint64 value, const QString& to = {});
    // "key from..to value" for each stored row of a key, in month order.
    QStringList storedRows(const QString& key);
    int auditRows();
    void closeMonth(Month month);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_older = 0;
};

void TestFeeChanges::init()
{
    qint64 unused = 0;
    m_t = rosterDatabase(m_older, unused);
    QVERIFY(m_t);
}

void TestFeeChanges::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

Status TestFeeChanges::save(const QString& key, const QString& from, qint64 value, const QString& to)
{
    PolicyValue v;
    v.key = key;
    v.validFrom = Month::parse(from).value_or(Month());
    if (!to.isEmpty())
        v.validTo = Month::parse(to).value_or(Month());
    v.value = value;
    v.basis = u"潞价字〔2026〕12号"_s;
    return PolicyRepository(*m_t->db).save(v);
}

QStringList TestFeeChanges::storedRows(const QString& key)
{
    QSqlQuery query(m_t->db->connection());
    query.prepare(u"SELECT valid_from, valid_to, value FROM policy_values WHERE key = ? ORDER BY valid_from"_s);
    if (!Sql::exec(query, {key}))
        return {Sql::failure(query).error()};
    QStringList rows;
    while (query.next())
        rows << u"%1..%2 %3"_s.arg(query.value(0).toString(), query.value(1).toString(), query.value(2).toString());
    return rows;
}

int TestFeeChanges::auditRows()
{
    return Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM audit_log WHERE table_name = 'policy_values'"_s)
        .toInt();
}

void TestFeeChanges::closeMonth(Month month)
{
    const Result<int> closed = MonthClose::close(*m_t->db, month, true);
    QVERIFY2(closed, qPrintable(closed.error()));
}

void TestFeeChanges::changeAppliesFromItsMonth_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("from");
    QTest::addColumn<qint64>("value");

    QTest::newRow("meal rate 18 yuan from 2027-01") << PolicyKey::MealDailyRate << u"2027-01"_s << qint64(1800);
    QTest::newRow("list price 托小班 1800 from 2026-12") << PolicyKey::ListPriceYoung << u"2026-12"_s << qint64(180000);
    QTest::newRow("half-day 70% from 2026-11") << PolicyKey::HalfDayPercent << u"2026-11"_s << qint64(70);
    QTest::newRow("inclusive reduction 0 from 2027-09") << PolicyKey::InclusiveReduction << u"2027-09"_s << qint64(0);
    QTest::newRow("absent-month refund 50% from 2027-01")
        << PolicyKey::RefundAbsentMonthPercent << u"2027-01"_s << qint64(50);
    QTest::newRow("prepay 3 months from 2027-02") << PolicyKey::PrepayMaxMonths << u"2027-02"_s << qint64(3);
}

void TestFeeChanges::changeAppliesFromItsMonth()
{
    QFETCH(QString, key);
    QFETCH(QString, from);
    QFETCH(qint64, value);
    const Month start = *Month::parse(from);
    const qint64 before = *PolicyParameters::defaults().value(key, start);

    const Status saved = save(key, from, value);
    QVERIFY2(saved, qPrintable(saved.error()));
    const Result<PolicyParameters> loaded = PolicyRepository(*m_t->db).load();
    QVERIFY(loaded);
    QCOMPARE(loaded->valueOr(key, start.previous(), -1), before);
    QCOMPARE(loaded->valueOr(key, start, -1), value);
    QCOMPARE(loaded->valueOr(key, start.addMonths(30), -1), value);
    QCOMPARE(loaded->inForce(key, start)->basis, u"潞价字〔2026〕12号"_s);
    // The stored rows say the same by themselves: the value before ends the month before.
    QCOMPARE(storedRows(key),
             QStringList({u"2025-01..%1 %2"_s.arg(start.previous().toString()).arg(before),
                          u"%1.. %2"_s.arg(from).arg(value)}));
}

void TestFeeChanges::closedMonthIsNeverReached_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("to");
    QTest::addColumn<bool>("accepted");

    // October 2026 is closed.
    QTest::newRow("from the closed month") << u"2026-10"_s << QString() << false;
    QTest::newRow("from before it, open-ended") << u"2026-06"_s << QString() << false;
    QTest::newRow("a period that ends in it") << u"2026-06"_s << u"2026-10"_s << false;
    QTest::newRow("a period that ends before it") << u"2026-06"_s << u"2026-09"_s << true;
    QTest::newRow("from the month after it") << u"2026-11"_s << QString() << true;
}

void TestFeeChanges::closedMonthIsNeverReached()
{
    QFETCH(QString, from);
    QFETCH(QString, to);
    QFETCH(bool, accepted);
    closeMonth(Month(2026, 10));
    const QStringList rowsBefore = storedRows(PolicyKey::MealDailyRate);
    const int auditBefore = auditRows();

    const Status saved = save(PolicyKey::MealDailyRate, from, 2000, to);
    QCOMPARE(saved.ok(), accepted);
    if (accepted)
        return;
    QVERIFY2(saved.error().contains(u"2026-10 is closed"_s), qPrintable(saved.error()));
    QVERIFY2(saved.error().contains(u"2026-11"_s), qPrintable(saved.error()));
    QCOMPARE(storedRows(PolicyKey::MealDailyRate), rowsBefore);
    QCOMPARE(auditRows(), auditBefore);
    QCOMPARE(PolicyRepository(*m_t->db).load()->valueOr(PolicyKey::MealDailyRate, Month(2026, 10), -1), qint64(1500));
}

void TestFeeChanges::correctionBeforeALaterChangeKeepsIt()
{
    QVERIFY(save(PolicyKey::MealDailyRate, u"2027-03"_s, 2000));
    QVERIFY(save(PolicyKey::MealDailyRate, u"2027-01"_s, 1800));
    QCOMPARE(storedRows(PolicyKey::MealDailyRate),
             QStringList({u"2025-01..2026-12 1500"_s, u"2027-01..2027-02 1800"_s, u"2027-03.. 2000"_s}));
    // A closed month after the correction's start but before the later value is still reached.
    closeMonth(Month(2026, 10));
    const Status refused = save(PolicyKey::MealDailyRate, u"2026-09"_s, 1600);
    QVERIFY(!refused);
    QCOMPARE(PolicyRepository(*m_t->db).load()->history(PolicyKey::MealDailyRate).size(), 3);
}

void TestFeeChanges::billsBeforeTheChangeStayTheSame()
{
    // Everyone present every care day of October and November; October closed.
    Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    const qint64 child = enrolChild(*m_t->db, u"王一"_s, m_older);
    QVERIFY(child);
    QList<AttendanceRecord> records;
    const CareCalendar calendar;
    for (QDate d(2026, 10, 1); d <= QDate(2026, 11, 30); d = d.addDays(1)) {
        if (!calendar.isCareDay(d))
            continue;
        AttendanceRecord r;
        r.childId = child;
        r.day = d;
        records << r;
    }
    QVERIFY(AttendanceRepository(*m_t->db).save(records));
    closeMonth(Month(2026, 10));
    auto total = [this](Month month) {
        const Result<MonthBills> bills = MonthBilling::compute(*m_t->db, month);
        return bills && !bills->children.isEmpty() ? bills->children.first().bill.total() : Money::fromFen(-1);
    };
    const Money october = total(Month(2026, 10));
    const Money november = total(Month(2026, 11));
    const int novemberDays = CareCalendar().careDayCount(Month(2026, 11));

    // 20 yuan a day from November: October keeps 15.
    QVERIFY(save(PolicyKey::MealDailyRate, u"2026-11"_s, 2000));
    QCOMPARE(total(Month(2026, 10)), october);
    QCOMPARE(total(Month(2026, 11)), november + Money::fromYuan(5 * novemberDays));
    // From October is refused, and October's bill does not move.
    QVERIFY(!save(PolicyKey::MealDailyRate, u"2026-10"_s, 2500));
    QCOMPARE(total(Month(2026, 10)), october);
}

void TestFeeChanges::changeIsAudited()
{
    m_t->db->setActor(Actor {1, u"director"_s, Role::Director, {}, false});
    const int before = auditRows();
    QVERIFY(save(PolicyKey::MealDailyRate, u"2027-01"_s, 1800));
    // The new value and the value it ends.
    QCOMPARE(auditRows(), before + 2);
    QCOMPARE(Sql::scalar(m_t->db->connection(),
                         u"SELECT user_name FROM audit_log WHERE table_name = 'policy_values' ORDER BY id DESC"_s)
                 .toString(),
             u"director"_s);
}

void TestFeeChanges::onlyDirectorAndFinanceChangeFees_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("director") << int(Role::Director) << true;
    QTest::newRow("finance") << int(Role::Finance) << true;
    QTest::newRow("caregiver") << int(Role::Caregiver) << false;
    QTest::newRow("outreach") << int(Role::Outreach) << false;
    QTest::newRow("center officer") << int(Role::CenterOfficer) << false;
}

void TestFeeChanges::onlyDirectorAndFinanceChangeFees()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    m_t->db->setActor(Actor {5, u"someone"_s, Role(role), {}, false});
    const Status saved = save(PolicyKey::HourlyRate, u"2027-01"_s, 2500);
    QCOMPARE(saved.ok(), allowed);
    QCOMPARE(PolicyRepository(*m_t->db).load()->valueOr(PolicyKey::HourlyRate, Month(2027, 1), -1),
             allowed ? qint64(2500) : qint64(2000));
}

void TestFeeChanges::inForceTableShowsTheFeesOfAMonth()
{
    QVERIFY(save(PolicyKey::MealDailyRate, u"2027-01"_s, 1800));
    const PolicyParameters policy = *PolicyRepository(*m_t->db).load();
    PolicyTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setInForce(policy, Month(2026, 12), PolicyKey::FeePrefix);
    QCOMPARE(model.rowCount(), 13);
    int meal = -1;
    for (int row = 0; row < model.rowCount(); ++row) {
        QVERIFY(model.valueAt(row).key.startsWith(PolicyKey::FeePrefix));
        if (model.valueAt(row).key == PolicyKey::MealDailyRate)
            meal = row;
    }
    QVERIFY(meal >= 0);
    QCOMPARE(model.index(meal, PolicyTableModel::Value).data().toString(), u"¥15.00"_s);
    model.setInForce(policy, Month(2027, 1), PolicyKey::FeePrefix);
    QCOMPARE(model.index(meal, PolicyTableModel::Value).data().toString(), u"¥18.00"_s);
    model.setHistory(policy, PolicyKey::MealDailyRate);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.index(0, PolicyTableModel::ValidTo).data().toString(), u"2026-12"_s);
}

QTEST_GUILESS_MAIN(TestFeeChanges)
#include "tst_feechanges.moc"
