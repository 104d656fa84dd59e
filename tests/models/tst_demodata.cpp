#include "TempDatabase.h"
#include "common/CareCalendar.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "common/MobileNumber.h"
#include "demo/DemoData.h"
#include "roster/RosterTypes.h"
#include "store/Sql.h"
#include "subsidy/BirthSubsidies.h"
#include "subsidy/InsuranceRoll.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace Qt::StringLiterals;

// Demo data must look like a real Changzhi day care and pass the same checks real data must pass.
class TestDemoData : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0))); }
    void cleanup() { Clock::setFixed({}); }
    void makesTheRequestedInstitution_data();
    void makesTheRequestedInstitution();
    void everyIdNumberIsValidAndMatchesTheChild();
    void childrenFitTheirClassesAndCapacities();
    void attendanceOnlyOnCareDaysWhileEnrolled();
    void familiesHaveSubsidiesAndInsurance();
    void sameSeedGivesSameData();
    void refusesADatabaseThatIsInUse();
    void rejectsBadOptions_data();
    void rejectsBadOptions();

private:
    static QString dump(Database& db, const QString& sql);
};

QString TestDemoData::dump(Database& db, const QString& sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql))
        return {};
    QStringList rows;
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << query.value(i).toString();
        rows << fields.join(u'|');
    }
    return rows.join(u'\n');
}

void TestDemoData::makesTheRequestedInstitution_data()
{
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("months");
    QTest::newRow("default size") << 60 << 3;
    QTest::newRow("small family-sized") << 5 << 1;
    QTest::newRow("large, a year") << 200 << 12;
}

void TestDemoData::makesTheRequestedInstitution()
{
    QFETCH(int, children);
    QFETCH(int, months);
    TempDatabase t;
    QVERIFY(t.open());
    const auto summary = DemoData::generate(*t.db, {children, months, 7});
    QVERIFY2(summary.ok(), qPrintable(summary.error()));
    QCOMPARE(summary->children, children);
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM children"_s).toInt(), children);
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM placements"_s).toInt(), children);
    QVERIFY(summary->classes >= 1);
    QVERIFY(summary->staff >= summary->classes + 1);
    QVERIFY(summary->attendanceRecords > 0);
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM attendance"_s).toInt(), summary->attendanceRecords);
    // Every guardian's phone is a valid mainland mobile number.
    QSqlQuery phones(t.db->connection());
    QVERIFY(phones.exec(u"SELECT phone FROM guardians"_s));
    while (phones.next())
        QVERIFY2(MobileNumber::normalize(phones.value(0).toString()).ok(), qPrintable(phones.value(0).toString()));
    QCOMPARE(Sql::scalar(t.db->connection(), u"PRAGMA foreign_key_check"_s), QVariant());
}

void TestDemoData::familiesHaveSubsidiesAndInsurance()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {60, 1, 5}).ok());
    const Result<QList<BirthSubsidyEntry>> eligible = BirthSubsidies(*t.db).eligible(Clock::today());
    QVERIFY2(eligible, qPrintable(eligible.error()));
    QSet<int> orders;
    int applied = 0;
    for (const BirthSubsidyEntry& e : eligible.value()) {
        orders << std::min(e.birthOrder, 3);
        applied += e.applied() ? 1 : 0;
        QVERIFY(e.amount == Money::fromYuan(e.birthOrder == 2 ? 3000 : 5000));
    }
    QCOMPARE(orders, (QSet<int> {2, 3}));
    QVERIFY(applied > 0 && applied < eligible->size());
    QVERIFY(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM family_subsidies WHERE childcare_subsidy = 'yes'"_s)
                .toInt()
            > 0);
    // The city's policy covers the children enrolled before this month, and the roster says so.
    const Result<InsuranceCover> cover = InsuranceRoll(*t.db).coverOn(Clock::today());
    QVERIFY2(cover, qPrintable(cover.error()));
    QVERIFY(cover->insured.size() > 30);
    for (const InsuredLine& line : cover->insured) {
        QCOMPARE(line.policy.payer, InsurancePayer::City);
        QCOMPARE(line.policy.premium, Money::fromYuan(100));
    }
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM children WHERE insured = 1"_s).toInt(),
             int(cover->insured.size()));
}

void TestDemoData::everyIdNumberIsValidAndMatchesTheChild()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {80, 2, 3}).ok());
    QSqlQuery query(t.db->connection());
    QVERIFY(query.exec(u"SELECT id_number, birth_date, gender FROM children UNION ALL "
                       "SELECT id_number, NULL, gender FROM staff"_s));
    int checked = 0;
    while (query.next()) {
        const QDate birth = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        const Gender gender = query.value(2).toString() == u"male"_s ? Gender::Male : Gender::Female;
        const auto id = IdNumber::parseMatching(query.value(0).toString(), Clock::today(), birth, gender);
        QVERIFY2(id.ok(), qPrintable(query.value(0).toString() + u": "_s + id.error()));
        QVERIFY2(id->regionCode().startsWith(u"1404"_s), qPrintable(id->text()));
        ++checked;
    }
    QVERIFY(checked > 80);
}

void TestDemoData::childrenFitTheirClassesAndCapacities()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {120, 1, 11}).ok());
    QSqlQuery query(t.db->connection());
    QVERIFY(query.exec(u"SELECT c.class_type, c.capacity, count(*), min(ch.birth_date), max(ch.birth_date) "
                       "FROM placements p JOIN classes c ON c.id = p.class_id JOIN children ch ON ch.id = p.child_id "
                       "GROUP BY c.id"_s));
    const QDate today = Clock::today();
    while (query.next()) {
        const ClassType type = *RosterTypes::classTypeFromKey(query.value(0).toString());
        const ClassStandard standard = RosterTypes::standard(type);
        QCOMPARE(query.value(1).toInt(), standard.maxChildren);
        QVERIFY(query.value(2).toInt() <= standard.maxChildren);
        const int oldest = ageInCompletedMonths(QDate::fromString(query.value(3).toString(), Qt::ISODate), today);
        const int youngest = ageInCompletedMonths(QDate::fromString(query.value(4).toString(), Qt::ISODate), today);
        QVERIFY2(youngest >= standard.minAgeMonths && oldest < standard.maxAgeMonths,
                 qPrintable(u"%1: %2-%3 months"_s.arg(query.value(0).toString()).arg(youngest).arg(oldest)));
    }
}

void TestDemoData::attendanceOnlyOnCareDaysWhileEnrolled()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {40, 3, 5}).ok());
    const CareCalendar calendar;
    QSqlQuery query(t.db->connection());
    QVERIFY(query.exec(u"SELECT a.day, c.enrolled_on, c.withdrawn_on FROM attendance a "
                       "JOIN children c ON c.id = a.child_id"_s));
    while (query.next()) {
        const QDate day = QDate::fromString(query.value(0).toString(), Qt::ISODate);
        QVERIFY2(calendar.isCareDay(day), qPrintable(query.value(0).toString()));
        QVERIFY(day >= QDate::fromString(query.value(1).toString(), Qt::ISODate));
        QVERIFY(day <= Clock::today());
        if (!query.value(2).isNull())
            QVERIFY(day <= QDate::fromString(query.value(2).toString(), Qt::ISODate));
    }
}

void TestDemoData::sameSeedGivesSameData()
{
    TempDatabase a;
    TempDatabase b;
    TempDatabase c;
    QVERIFY(a.open() && b.open() && c.open());
    QVERIFY(DemoData::generate(*a.db, {30, 2, 42}).ok());
    QVERIFY(DemoData::generate(*b.db, {30, 2, 42}).ok());
    QVERIFY(DemoData::generate(*c.db, {30, 2, 43}).ok());
    const QString children = u"SELECT * FROM children ORDER BY id"_s;
    const QString attendance = u"SELECT * FROM attendance ORDER BY child_id, day"_s;
    QCOMPARE(dump(*a.db, children), dump(*b.db, children));
    QCOMPARE(dump(*a.db, attendance), dump(*b.db, attendance));
    QVERIFY(dump(*a.db, children) != dump(*c.db, children));
}

void TestDemoData::refusesADatabaseThatIsInUse()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {10, 1, 1}).ok());
    const QString before = dump(*t.db, u"SELECT * FROM children ORDER BY id"_s);
    const auto again = DemoData::generate(*t.db, {10, 1, 2});
    QVERIFY(!again.ok());
    QVERIFY2(again.error().contains(u"already holds the institution"_s), qPrintable(again.error()));
    QCOMPARE(dump(*t.db, u"SELECT * FROM children ORDER BY id"_s), before);
}

void TestDemoData::rejectsBadOptions_data()
{
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("months");
    QTest::addColumn<QString>("message");
    QTest::newRow("no children") << 0 << 3 << u"--children"_s;
    QTest::newRow("too many months") << 10 << 37 << u"--months"_s;
}

void TestDemoData::rejectsBadOptions()
{
    QFETCH(int, children);
    QFETCH(int, months);
    QFETCH(QString, message);
    TempDatabase t;
    QVERIFY(t.open());
    const auto made = DemoData::generate(*t.db, {children, months, 1});
    QVERIFY(!made.ok());
    QVERIFY(made.error().contains(message));
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM institution"_s).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
