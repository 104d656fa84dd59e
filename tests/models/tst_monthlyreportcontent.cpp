#include "ClaimFixtures.h"
#include "billing/MonthClose.h"
#include "billing/PaymentRepository.h"
#include "reports/MonthlyReportContent.h"
#include "roster/StaffRepository.h"
#include "subsidy/BirthSubsidies.h"
#include "subsidy/ClaimBatches.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Month)

// The report figures of November 2026 (21 care days: the 2nd to the 30th, weekdays) of a small inclusive institution
// whose every figure can be worked out by hand. On the 30th, the day the report takes ages on:
//   小一班 (托小班, 15 places): 甲 11 months, 乙 12 months (sick the 2nd and 3rd), 丙 23 months (a third child);
//   大一班 (托大班, 20 places): 丁 24 months (sick the 30th), 戊 35 months (present 10 days, the other 11 confirmed
//   as absences at the close), 己 30 months (half-day from the 16th, present all 11 days);
//   小二班 (托小班, 15 places) is empty; 庚 left on the 13th (sick that day, present the 9 days before).
// 甲 is a first child; everyone else a second, but 丙 a third. 丙's family applied for the birth subsidy in
// November, 乙's on 1 December. Staff in post on the 30th: a certified caregiver, an uncertified one whose health
// certificate expired in October, the head and a cook hired on the 16th; a certified caregiver left in October.
class TestMonthlyReportContent : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void institutionIsTheProfile();
    void figures_data();
    void figures();
    void classesByNameThenType();
    void feesOfTheFrozenBills();
    void collectedIsTheMonthsCash();
    void claimRowsCarryWholeIdNumbers();
    void claimStandingFollowsTheBatch_data();
    void claimStandingFollowsTheBatch();
    void birthSubsidyApplicantsByTheMonthsEnd();
    void unrecordedRecordsAreSaidSo();
    void refusals_data();
    void refusals();
    void sameDatabaseSameBytes();

private:
    qint64 enrol(const QString& name, qint64 classId, QDate birth, int sequence, CareType care = CareType::FullDay,
                 QDate from = QDate(2026, 9, 1));
    bool addStaff(const QString& name, StaffRole role, int sequence, QList<Qualification> qualifications,
                  QDate hiredOn = QDate(2024, 2, 1), QDate leftOn = {});
    bool pay(qint64 childId, Money amount, QDate paidOn = QDate(2026, 11, 28));
    QJsonObject built();
    QJsonObject reported() { return built().value(u"figures"_s).toObject(); }

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_young = 0;
    qint64 m_older = 0;
    QHash<QString, qint64> m_children;
    QHash<QString, QString> m_idNumbers;
    const Month m_november {2026, 11};
};

namespace {

// The value at a path like "children/by_age_band/0-12m"; a number in the path indexes an array.
QJsonValue at(const QJsonObject& root, const QString& path)
{
    QJsonValue value = root;
    for (const QString& step : path.split(u'/')) {
        bool index = false;
        const int i = step.toInt(&index);
        value = index ? value.toArray().at(i) : value.toObject().value(step);
    }
    return value;
}

Qualification certificate(const QString& type, QDate issued, QDate expires)
{
    return {type, {}, u"N-%1"_s.arg(issued.toString(u"yyyyMMdd"_s)), u"长治市"_s, issued, expires};
}

} // namespace

qint64 TestMonthlyReportContent::enrol(const QString& name, qint64 classId, QDate birth, int sequence, CareType care,
                                       QDate from)
{
    const qint64 id = enrolForClaim(*m_t->db, name, classId, birth, sequence, care, from);
    m_children.insert(name, id);
    m_idNumbers.insert(name, idNumberFor(birth, sequence));
    return id;
}

bool TestMonthlyReportContent::addStaff(const QString& name, StaffRole role, int sequence,
                                        QList<Qualification> qualifications, QDate hiredOn, QDate leftOn)
{
    StaffRecord s = certifiedCaregiver();
    s.name = name;
    s.role = role;
    s.phone.clear();
    s.idNumber = idNumberFor(QDate(1990, 5, 6), sequence);
    s.qualifications = std::move(qualifications);
    s.hiredOn = hiredOn;
    s.leftOn = leftOn;
    if (role == StaffRole::Caregiver)
        s.classIds = {m_young};
    const Result<qint64> added = StaffRepository(*m_t->db).add(s);
    if (!added)
        qWarning().noquote() << added.error();
    return added.ok();
}

bool TestMonthlyReportContent::pay(qint64 childId, Money amount, QDate paidOn)
{
    PaymentRequest r;
    r.childId = childId;
    r.firstMonth = m_november;
    r.amountPerMonth = amount;
    r.paidOn = paidOn;
    r.payer = u"家长"_s;
    const Result<QString> receipt = PaymentRepository(*m_t->db).record(r);
    if (!receipt)
        qWarning().noquote() << receipt.error();
    return receipt.ok();
}

QJsonObject TestMonthlyReportContent::built()
{
    const Result<MonthlyReportContent> report = MonthlyReportBuilder::build(*m_t->db, m_november);
    if (!report) {
        qWarning().noquote() << report.error();
        return {};
    }
    return QJsonObject {{u"institution"_s, report->institution}, {u"figures"_s, report->figures}};
}

void TestMonthlyReportContent::init()
{
    m_t = billingDatabase(m_young, m_older); // today is 2026-12-01
    QVERIFY(m_t);
    Database& db = *m_t->db;
    const qint64 jia = enrol(u"甲"_s, m_young, QDate(2025, 12, 1), 2);
    const qint64 yi = enrol(u"乙"_s, m_young, QDate(2025, 11, 30), 4);
    const qint64 bing = enrol(u"丙"_s, m_young, QDate(2024, 12, 1), 6);
    const qint64 ding = enrol(u"丁"_s, m_older, QDate(2024, 11, 30), 8);
    const qint64 wu = enrol(u"戊"_s, m_older, QDate(2023, 12, 1), 10);
    const qint64 ji = enrol(u"己"_s, m_older, QDate(2024, 5, 10), 12, CareType::HalfDay, QDate(2026, 11, 16));
    const qint64 geng = enrol(u"庚"_s, m_young, QDate(2025, 6, 1), 14);
    QVERIFY(jia && yi && bing && ding && wu && ji && geng);

    QVERIFY(recordWholeMonth(db, jia, m_november));
    QVERIFY(recordWholeMonth(db, bing, m_november));
    QVERIFY(AttendanceRepository(db).save(
        {sickDay(yi, QDate(2026, 11, 2), u"发热"_s), sickDay(yi, QDate(2026, 11, 3), u"发热"_s),
         sickDay(ding, QDate(2026, 11, 30), u"咳嗽"_s), sickDay(geng, QDate(2026, 11, 13), u"腹泻"_s)}));
    QVERIFY(recordPresent(db, yi, QDate(2026, 11, 4), 19));
    QVERIFY(recordPresent(db, ding, QDate(2026, 11, 2), 20));
    QVERIFY(recordPresent(db, wu, QDate(2026, 11, 2), 10));
    QVERIFY(recordPresent(db, ji, QDate(2026, 11, 16), 11));
    QVERIFY(recordPresent(db, geng, QDate(2026, 11, 2), 9));
    QVERIFY(ChildRepository(db).withdraw(geng, QDate(2026, 11, 13)));

    QSqlQuery order(db.connection());
    order.prepare(u"UPDATE children SET birth_order = ? WHERE id = ?"_s);
    QVERIFY(Sql::exec(order, {1, jia}));
    QVERIFY(Sql::exec(order, {3, bing}));
    QVERIFY(BirthSubsidies(db).setApplied(bing, QDate(2026, 11, 10)));
    QVERIFY(BirthSubsidies(db).setApplied(yi, QDate(2026, 12, 1)));

    const QString health = u"health_certificate"_s;
    QVERIFY(addStaff(u"王芳"_s, StaffRole::Caregiver, 22,
                     {certificate(u"childcare_worker"_s, QDate(2023, 6, 1), {}),
                      certificate(health, QDate(2026, 3, 1), QDate(2027, 2, 28))}));
    QVERIFY(
        addStaff(u"张丽"_s, StaffRole::Caregiver, 24, {certificate(health, QDate(2025, 11, 1), QDate(2026, 10, 31))}));
    QVERIFY(addStaff(u"刘敏"_s, StaffRole::Head, 26, {certificate(health, QDate(2026, 1, 5), QDate(2027, 1, 4))}));
    QVERIFY(addStaff(u"陈静"_s, StaffRole::Cook, 28, {certificate(health, QDate(2026, 11, 2), QDate(2027, 11, 1))},
                     QDate(2026, 11, 16)));
    QVERIFY(addStaff(u"赵红"_s, StaffRole::Caregiver, 30,
                     {certificate(u"childcare_worker"_s, QDate(2023, 6, 1), {}),
                      certificate(health, QDate(2026, 3, 1), QDate(2027, 2, 28))},
                     QDate(2024, 2, 1), QDate(2026, 10, 31)));

    // 丙's family pays ahead, 85.00 more than the bill, and gets it back once the month is closed.
    QVERIFY(pay(bing, Money::fromYuan(1800)));
    const Result<int> closed = MonthClose::close(db, m_november, true);
    QVERIFY2(closed, qPrintable(closed.error()));
    QCOMPARE(closed.value(), 11);
    QVERIFY(pay(jia, Money::fromYuan(1715)));
    QVERIFY(pay(yi, Money::fromYuan(1000)));
    RefundRequest refund;
    refund.childId = bing;
    refund.month = m_november;
    refund.amount = Money::fromYuan(85);
    refund.paidOn = QDate(2026, 11, 30);
    refund.reason = u"多缴退还"_s;
    QVERIFY(PaymentRepository(db).refund(refund));

    db.setActor(actorWithRole(Role::Finance));
}

void TestMonthlyReportContent::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
    m_children.clear();
    m_idNumbers.clear();
}

void TestMonthlyReportContent::institutionIsTheProfile()
{
    const QJsonObject institution = built().value(u"institution"_s).toObject();
    QCOMPARE(institution[u"name"_s].toString(), u"潞州区阳光托育园"_s);
    QCOMPARE(institution[u"credit_code"_s].toString(), u"91350100M000100Y43"_s);
    QCOMPARE(institution[u"county"_s].toString(), u"潞州区"_s);
    QCOMPARE(institution[u"type"_s].toString(), u"independent"_s);
    QCOMPARE(institution[u"inclusive"_s].toBool(), true);
    QCOMPARE(institution[u"inclusive_from"_s].toString(), u"2025-03-01"_s);
    QCOMPARE(institution[u"places"_s].toInt(), 80);
    QCOMPARE(institution[u"inclusive_places"_s].toInt(), 60);
}

void TestMonthlyReportContent::figures_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<qint64>("expected");

    const auto row
        = [](const char* path, qint64 expected) { QTest::newRow(path) << QString::fromUtf8(path) << expected; };
    // In care on the 30th: 甲 乙 丙 丁 戊 己; 庚 left on the 13th.
    row("children/enrolled", 6);
    row("children/by_age_band/0-12m", 1); // 甲 11
    row("children/by_age_band/12-24m", 2); // 乙 12, 丙 23
    row("children/by_age_band/24-36m", 3); // 丁 24, 己 30, 戊 35
    row("children/by_age_band/36m_and_over", 0);
    row("children/by_care_type/full_day", 5);
    row("children/by_care_type/half_day", 1);
    row("children/by_care_type/hourly", 0);
    row("children/by_care_type/unplaced", 0);
    row("children/new_enrolments", 1);
    row("children/leavers", 1);
    row("children/place_use/numerator", 6);
    row("children/place_use/denominator", 80);
    // 5 children × 21 days, 己 11 days from the 16th, 庚 10 days to the 13th.
    row("attendance/care_days", 21);
    row("attendance/expected", 126);
    row("attendance/present", 21 + 19 + 21 + 20 + 10 + 11 + 9);
    row("attendance/rate/numerator", 111);
    row("attendance/rate/denominator", 126);
    row("attendance/sick_days", 4);
    row("attendance/children_with_sick_days", 3);
    row("attendance/other_absence_days", 11);
    row("staff/in_post", 4);
    row("staff/by_role/caregiver", 2);
    row("staff/by_role/head", 1);
    row("staff/by_role/cook", 1);
    row("staff/by_role/health", 0);
    row("staff/caregivers", 2);
    row("staff/caregivers_certified", 1);
    row("staff/certified_rate/numerator", 1);
    row("staff/certified_rate/denominator", 2);
    row("staff/certified_target_percent", 90);
    row("staff/with_valid_health_certificate", 3);
    // Claimable: 甲 乙 丙 丁 and 己 (11 of 21 days is half, rounded up); 戊 and 庚 came too few days.
    row("operating_subsidy/children_considered", 7);
    row("operating_subsidy/child_months", 5);
    row("operating_subsidy/amount_fen", 5 * 50000);
}

void TestMonthlyReportContent::figures()
{
    QFETCH(QString, path);
    QFETCH(qint64, expected);
    const QJsonValue value = at(reported(), path);
    QVERIFY2(value.isDouble(), qPrintable(path));
    QCOMPARE(value.toInteger(), expected);
}

void TestMonthlyReportContent::classesByNameThenType()
{
    const QJsonObject figures = reported();
    const QJsonArray list = at(figures, u"classes/list"_s).toArray();
    QStringList lines;
    for (const QJsonValue& c : list)
        lines << u"%1 %2 %3 %4 %5/%6"_s.arg(c[u"name"_s].toString(), c[u"type"_s].toString())
                     .arg(c[u"capacity"_s].toInt())
                     .arg(c[u"children"_s].toInt())
                     .arg(c[u"caregivers"_s].toInt())
                     .arg(c[u"caregivers_required"_s].toInt());
    QCOMPARE(lines, QStringList({u"大一班 older 20 3 0/1"_s, u"小一班 young 15 3 2/1"_s, u"小二班 young 15 0 0/0"_s}));
    QCOMPARE(at(figures, u"classes/by_type"_s).toObject(),
             (QJsonObject {{u"young"_s, QJsonObject {{u"classes"_s, 2}, {u"places"_s, 30}, {u"children"_s, 3}}},
                           {u"older"_s, QJsonObject {{u"classes"_s, 1}, {u"places"_s, 20}, {u"children"_s, 3}}}}));
}

void TestMonthlyReportContent::feesOfTheFrozenBills()
{
    const QJsonObject fees = at(reported(), u"fees"_s).toObject();
    // Care fees: 1,700.00 × 3 (甲 乙 丙) + 1,400.00 × 2 (丁 戊) + 己 910.00 (half day, 65%) × 11/21 = 476.67
    // + 庚 1,700.00 × 10/21 = 809.52. Reductions: 300.00 × 5 + 300.00 × 11/21 = 157.14 + 300.00 × 10/21 = 142.86.
    // Meals: 111 days present × 15.00. 戊 came 10 of 21 days, at most half: 10% of 1,100.00 back.
    const QJsonObject byLine {
        {u"care_fee"_s, 918619},       {u"inclusive_reduction"_s, -180000},
        {u"absence_refund"_s, -11000}, {u"meals"_s, 166500},
        {u"hourly_care"_s, 0},         {u"home_care"_s, 0},
        {u"other_item"_s, 0},
    };
    QCOMPARE(fees[u"by_line_fen"_s].toObject(), byLine);
    QCOMPARE(fees[u"bills"_s].toInt(), 7);
    QCOMPARE(fees[u"billed_fen"_s].toInteger(), 918619 - 180000 - 11000 + 166500);
    QCOMPARE(fees[u"reductions_fen"_s].toInteger(), 180000);
    QCOMPARE(fees[u"absence_refunds_fen"_s].toInteger(), 11000);
    QCOMPARE(fees[u"inclusive_in_month"_s].toBool(), true);
    // Paid within November: 甲 her 1,715.00, 乙 1,000.00 of hers, 丙 1,800.00 of which 85.00 went back.
    QCOMPARE(fees[u"collected_fen"_s].toInteger(), (1715 + 1000 + 1800 - 85) * 100);
    QCOMPARE(fees[u"refunds_paid_fen"_s].toInteger(), 8500);
    QCOMPARE(fees[u"bills_outstanding"_s].toInt(), 5);
    QCOMPARE(fees[u"outstanding_fen"_s].toInteger(), 894119 - (1715 + 1000 + 1715) * 100);
}

void TestMonthlyReportContent::collectedIsTheMonthsCash()
{
    // 甲's family pays December ahead on 25 November: November's cash, whichever bill it is for; the arrears of
    // November's bills do not change.
    const QJsonObject before = at(reported(), u"fees"_s).toObject();
    PaymentRequest ahead;
    ahead.childId = m_children.value(u"甲"_s);
    ahead.firstMonth = m_november.next();
    ahead.amountPerMonth = Money::fromYuan(500);
    ahead.paidOn = QDate(2026, 11, 25);
    ahead.payer = u"家长"_s;
    const Result<QString> receipt = PaymentRepository(*m_t->db).record(ahead);
    QVERIFY2(receipt, qPrintable(receipt.error()));
    const QJsonObject after = at(reported(), u"fees"_s).toObject();
    QCOMPARE(after[u"collected_fen"_s].toInteger(), before[u"collected_fen"_s].toInteger() + 50000);
    QCOMPARE(after[u"outstanding_fen"_s].toInteger(), before[u"outstanding_fen"_s].toInteger());
    QCOMPARE(after[u"billed_fen"_s].toInteger(), before[u"billed_fen"_s].toInteger());
}

void TestMonthlyReportContent::claimRowsCarryWholeIdNumbers()
{
    const QJsonArray rows = at(reported(), u"operating_subsidy/children"_s).toArray();
    QStringList lines;
    for (const QJsonValue& r : rows)
        lines << u"%1 %2 %3 %4 %5/%6 %7 %8"_s
                     .arg(r[u"id_number"_s].toString(), r[u"name"_s].toString(), r[u"class"_s].toString())
                     .arg(r[u"age_months"_s].toInt())
                     .arg(r[u"attended_days"_s].toInt())
                     .arg(r[u"care_days"_s].toInt())
                     .arg(r[u"amount_fen"_s].toInteger())
                     .arg(r[u"claimable"_s].toBool() ? u"claimable"_s : r[u"reason"_s].toString());
    // By ID number: the birth dates, oldest first. Ages on the 1st of November.
    const auto line = [this](const char* name, const char* rest) -> QString {
        return m_idNumbers.value(QString::fromUtf8(name)) + u' ' + QString::fromUtf8(name) + u' '
            + QString::fromUtf8(rest);
    };
    QCOMPARE(lines,
             QStringList({line("戊", "大一班 35 10/21 0 too_few_days"), line("己", "大一班 29 11/21 50000 claimable"),
                          line("丁", "大一班 23 20/21 50000 claimable"), line("丙", "小一班 23 21/21 50000 claimable"),
                          line("庚", "小一班 17 9/21 0 too_few_days"), line("乙", "小一班 11 19/21 50000 claimable"),
                          line("甲", "小一班 11 21/21 50000 claimable")}));
    for (const QJsonValue& r : rows)
        QVERIFY(!r[u"id_number"_s].toString().contains(u'*'));
}

void TestMonthlyReportContent::claimStandingFollowsTheBatch_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<QString>("status");
    QTest::addColumn<int>("version"); // 0: null, a claim built now

    const QString submit = u"submit"_s;
    QTest::newRow("never started") << QStringList() << u"draft"_s << 0;
    QTest::newRow("submitted") << QStringList {submit} << u"submitted"_s << 1;
    QTest::newRow("approved in part") << QStringList {submit, u"approve"_s} << u"approved_part"_s << 1;
    QTest::newRow("returned") << QStringList {submit, u"return"_s} << u"returned"_s << 1;
    QTest::newRow("corrected as a new draft") << QStringList {submit, u"return"_s, u"draft"_s} << u"draft"_s << 0;
}

void TestMonthlyReportContent::claimStandingFollowsTheBatch()
{
    QFETCH(QStringList, steps);
    QFETCH(QString, status);
    QFETCH(int, version);
    Database& db = *m_t->db;
    for (const QString& step : steps) {
        const Result<ClaimBatch> done = step == u"submit"_s ? ClaimBatches::submit(db, m_november)
            : step == u"approve"_s ? ClaimBatches::approve(db, m_november, Money::fromYuan(2000))
            : step == u"return"_s  ? ClaimBatches::returnForCorrection(db, m_november, u"请核对出勤天数"_s)
                                   : ClaimBatches::draft(db, m_november);
        QVERIFY2(done, qPrintable(done.error()));
    }
    const QJsonObject claim = at(reported(), u"operating_subsidy"_s).toObject();
    QCOMPARE(claim[u"standing"_s].toObject(),
             (QJsonObject {{u"status"_s, status}, {u"version"_s, version ? QJsonValue(version) : QJsonValue()}}));
    QCOMPARE(claim[u"child_months"_s].toInt(), 5);
    QCOMPARE(claim[u"amount_fen"_s].toInteger(), 250000);
}

void TestMonthlyReportContent::birthSubsidyApplicantsByTheMonthsEnd()
{
    const QJsonObject birth = at(reported(), u"birth_subsidy"_s).toObject();
    QCOMPARE(birth[u"eligible"_s].toInt(), 5); // 甲 is a first child, 庚 has left
    QCOMPARE(birth[u"applicants"_s].toInt(), 1);
    QCOMPARE(birth[u"applied_fen"_s].toInteger(), 500000);
    QStringList lines;
    for (const QJsonValue& c : birth[u"children"_s].toArray())
        lines << u"%1 %2 %3 %4"_s.arg(c[u"name"_s].toString())
                     .arg(c[u"birth_order"_s].toInt())
                     .arg(c[u"amount_fen"_s].toInteger())
                     .arg(c[u"applied_on"_s].isNull() ? u"-"_s : c[u"applied_on"_s].toString());
    QCOMPARE(lines,
             QStringList({u"戊 2 300000 -"_s, u"己 2 300000 -"_s, u"丁 2 300000 -"_s, u"丙 3 500000 2026-11-10"_s,
                          u"乙 2 300000 -"_s}));
    QCOMPARE(birth[u"children"_s][3][u"id_number"_s].toString(), m_idNumbers.value(u"丙"_s));
}

void TestMonthlyReportContent::unrecordedRecordsAreSaidSo()
{
    const QJsonObject figures = reported();
    for (const QString& section : {u"health_checks"_s, u"incidents"_s, u"medical_agreement"_s})
        QCOMPARE(figures[section].toObject(), (QJsonObject {{u"recorded"_s, false}}));
    QCOMPARE(figures[u"month"_s].toString(), u"2026-11"_s);
}

void TestMonthlyReportContent::refusals_data()
{
    QTest::addColumn<Month>("month");
    QTest::addColumn<bool>("reopen");
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("message");

    QTest::newRow("a month not over") << Month(2026, 12) << false << int(Role::Director) << u"2026-12"_s;
    QTest::newRow("a month never closed") << Month(2026, 10) << false << int(Role::Director) << u"2026-10"_s;
    QTest::newRow("a reopened month") << m_november << true << int(Role::Director) << u"2026-11 is not closed"_s;
    QTest::newRow("a caregiver") << m_november << false << int(Role::Caregiver) << u"someone"_s;
}

void TestMonthlyReportContent::refusals()
{
    QFETCH(Month, month);
    QFETCH(bool, reopen);
    QFETCH(int, role);
    QFETCH(QString, message);
    m_t->db->setActor(actorWithRole(Role::Director));
    if (reopen)
        QVERIFY(MonthClose::reopen(*m_t->db, m_november, u"账目更正"_s));
    m_t->db->setActor(actorWithRole(static_cast<Role>(role)));
    const Result<MonthlyReportContent> report = MonthlyReportBuilder::build(*m_t->db, month);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(message), qPrintable(report.error()));
}

void TestMonthlyReportContent::sameDatabaseSameBytes()
{
    const QByteArray first = QJsonDocument(built()).toJson(QJsonDocument::Compact);
    QVERIFY(first.size() > 100);
    QCOMPARE(QJsonDocument(built()).toJson(QJsonDocument::Compact), first);
    // December's attendance, a payment in December for November's bill and a later day do not touch November's
    // report: its fees are as at the month's end.
    m_t->db->setActor(Actor::systemActor());
    QVERIFY(recordPresent(*m_t->db, m_children.value(u"甲"_s), QDate(2026, 12, 1), 1));
    Clock::setFixed(QDateTime(QDate(2027, 1, 15), QTime(16, 30)));
    m_t->db->setActor(actorWithRole(Role::Finance));
    QVERIFY(pay(m_children.value(u"乙"_s), Money::fromFen(10000), QDate(2026, 12, 2)));
    m_t->db->setActor(actorWithRole(Role::Director));
    QCOMPARE(QJsonDocument(built()).toJson(QJsonDocument::Compact), first);
}

QTEST_GUILESS_MAIN(TestMonthlyReportContent)
#include "tst_monthlyreportcontent.moc"
