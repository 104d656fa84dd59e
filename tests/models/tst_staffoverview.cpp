#include "TempDatabase.h"
#include "common/PolicyKey.h"
#include "roster/StaffOverview.h"
#include "store/PolicyRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

// 持证上岗率 and the certificates that need renewing: which caregivers count, which certificates are valid on the
// day, the 90% boundary decided in integers, and the 30-day warning window.
class TestStaffOverview : public QObject
{
    Q_OBJECT

private slots:
    void whoCountsForTheRate_data();
    void whoCountsForTheRate();
    void rateAgainstTheTarget_data();
    void rateAgainstTheTarget();
    void expiringCertificates_data();
    void expiringCertificates();
    void renewedCertificateIsNotListed();
    void loadReadsThePolicy();

private:
    static QList<QualificationType> types();
    static StaffRecord person(const QString& name, StaffRole role = StaffRole::Caregiver);
    static Qualification certificate(const QString& type, QDate issued = {}, QDate expires = {});
    static QList<StaffRecord> caregivers(int certified, int uncertified);

    static inline const QDate Day {2026, 11, 20};
};

QList<QualificationType> TestStaffOverview::types()
{
    return {{u"childcare_worker"_s, u"保育师"_s, u"Childcare worker"_s, true, false},
            {u"infant_carer"_s, u"育婴员"_s, u"Infant carer"_s, true, false},
            {u"development_guide"_s, u"婴幼儿发展引导员"_s, u"Development guide"_s, false, false},
            {u"health_certificate"_s, u"健康合格证"_s, u"Health certificate"_s, false, true}};
}

StaffRecord TestStaffOverview::person(const QString& name, StaffRole role)
{
    StaffRecord s;
    s.id = qHash(name);
    s.name = name;
    s.role = role;
    s.hiredOn = QDate(2025, 3, 1);
    return s;
}

Qualification TestStaffOverview::certificate(const QString& type, QDate issued, QDate expires)
{
    Qualification q;
    q.typeCode = type;
    q.issuedOn = issued;
    q.expiresOn = expires;
    return q;
}

QList<StaffRecord> TestStaffOverview::caregivers(int certified, int uncertified)
{
    QList<StaffRecord> list;
    for (int i = 0; i < certified + uncertified; ++i) {
        StaffRecord s = person(u"保育员%1"_s.arg(i));
        if (i < certified)
            s.qualifications << certificate(u"childcare_worker"_s, QDate(2024, 5, 1));
        list << s;
    }
    return list;
}

void TestStaffOverview::whoCountsForTheRate_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<int>("caregivers");
    QTest::addColumn<int>("certified");
    QTest::newRow("保育师 without expiry") << u"childcare worker"_s << 1 << 1;
    QTest::newRow("育婴员") << u"infant carer"_s << 1 << 1;
    QTest::newRow("expired yesterday") << u"expired"_s << 1 << 0;
    QTest::newRow("expires today: still valid") << u"expires today"_s << 1 << 1;
    QTest::newRow("issued tomorrow") << u"future"_s << 1 << 0;
    QTest::newRow("a kind that does not count") << u"guide"_s << 1 << 0;
    QTest::newRow("only a health certificate") << u"health"_s << 1 << 0;
    QTest::newRow("no certificate") << u"none"_s << 1 << 0;
    QTest::newRow("left yesterday") << u"left"_s << 0 << 0;
    QTest::newRow("leaves today") << u"leaves today"_s << 1 << 1;
    QTest::newRow("starts tomorrow") << u"starts tomorrow"_s << 0 << 0;
    QTest::newRow("a certified cook") << u"cook"_s << 0 << 0;
}

void TestStaffOverview::whoCountsForTheRate()
{
    QFETCH(QString, who);
    QFETCH(int, caregivers);
    QFETCH(int, certified);
    StaffRecord s = person(u"王丽"_s, who == u"cook"_s ? StaffRole::Cook : StaffRole::Caregiver);
    const QString counting = who == u"infant carer"_s ? u"infant_carer"_s
        : who == u"guide"_s                           ? u"development_guide"_s
        : who == u"health"_s                          ? u"health_certificate"_s
                                                      : u"childcare_worker"_s;
    QDate issued(2024, 5, 1);
    QDate expires;
    if (who == u"expired"_s)
        expires = Day.addDays(-1);
    else if (who == u"expires today"_s)
        expires = Day;
    else if (who == u"future"_s)
        issued = Day.addDays(1);
    if (who == u"left"_s)
        s.leftOn = Day.addDays(-1);
    else if (who == u"leaves today"_s)
        s.leftOn = Day;
    else if (who == u"starts tomorrow"_s)
        s.hiredOn = Day.addDays(1);
    if (who != u"none"_s)
        s.qualifications << certificate(counting, issued, expires);

    const CertifiedRate rate = StaffOverview::certifiedRate({s}, types(), Day, 90);
    QCOMPARE(rate.caregivers, caregivers);
    QCOMPARE(rate.certified, certified);
}

void TestStaffOverview::rateAgainstTheTarget_data()
{
    QTest::addColumn<int>("certified");
    QTest::addColumn<int>("uncertified");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("meets");
    QTest::newRow("no caregivers") << 0 << 0 << u"0 / 0"_s << true;
    QTest::newRow("exactly 90%") << 9 << 1 << u"9 / 10 = 90.0%"_s << true;
    QTest::newRow("18 of 20") << 18 << 2 << u"18 / 20 = 90.0%"_s << true;
    QTest::newRow("just under: 89.5% shown") << 17 << 2 << u"17 / 19 = 89.5%"_s << false;
    QTest::newRow("26 of 29") << 26 << 3 << u"26 / 29 = 89.7%"_s << false;
    QTest::newRow("just over") << 28 << 3 << u"28 / 31 = 90.3%"_s << true;
    QTest::newRow("rounds half up") << 1 << 15 << u"1 / 16 = 6.3%"_s << false;
    QTest::newRow("everyone") << 5 << 0 << u"5 / 5 = 100.0%"_s << true;
    QTest::newRow("nobody") << 0 << 4 << u"0 / 4 = 0.0%"_s << false;
}

void TestStaffOverview::rateAgainstTheTarget()
{
    QFETCH(int, certified);
    QFETCH(int, uncertified);
    QFETCH(QString, text);
    QFETCH(bool, meets);
    const CertifiedRate rate = StaffOverview::certifiedRate(caregivers(certified, uncertified), types(), Day, 90);
    QCOMPARE(rate.certified, certified);
    QCOMPARE(rate.caregivers, certified + uncertified);
    QCOMPARE(rate.text(), text);
    QCOMPARE(rate.meetsTarget(), meets);
}

void TestStaffOverview::expiringCertificates_data()
{
    QTest::addColumn<int>("daysLeft");
    QTest::addColumn<bool>("listed");
    QTest::addColumn<QString>("words");
    QTest::newRow("expired 40 days ago") << -40 << true << u"expired on 2026-10-11 (40 day"_s;
    QTest::newRow("expired yesterday") << -1 << true << u"expired on 2026-11-19"_s;
    QTest::newRow("last valid day") << 0 << true << u"expires today"_s;
    QTest::newRow("in 30 days") << 30 << true << u"expires on 2026-12-20 (in 30 day"_s;
    QTest::newRow("in 31 days") << 31 << false << QString();
}

void TestStaffOverview::expiringCertificates()
{
    QFETCH(int, daysLeft);
    QFETCH(bool, listed);
    QFETCH(QString, words);
    StaffRecord inPost = person(u"李娜"_s, StaffRole::Cook);
    inPost.qualifications << certificate(u"health_certificate"_s, {}, Day.addDays(daysLeft))
                          << certificate(u"childcare_worker"_s);
    StaffRecord gone = person(u"赵敏"_s);
    gone.leftOn = Day.addDays(-2);
    gone.qualifications << certificate(u"health_certificate"_s, {}, Day.addDays(daysLeft));

    const QList<ExpiringQualification> list = StaffOverview::expiringWithin({inPost, gone}, types(), Day, 30);
    QCOMPARE(list.size(), listed ? 1 : 0);
    if (!listed)
        return;
    QCOMPARE(list.first().staffName, u"李娜"_s);
    QCOMPARE(list.first().daysLeft, daysLeft);
    QCOMPARE(list.first().expired(), daysLeft < 0);
    QVERIFY(list.first().type.isHealthCertificate);
    const QString sentence = list.first().describe();
    QVERIFY2(sentence.startsWith(u"李娜: Health certificate"_s) && sentence.contains(words), qPrintable(sentence));
}

void TestStaffOverview::renewedCertificateIsNotListed()
{
    StaffRecord s = person(u"李娜"_s);
    s.qualifications << certificate(u"health_certificate"_s, QDate(2025, 11, 1), QDate(2026, 10, 31))
                     << certificate(u"health_certificate"_s, QDate(2026, 10, 25), QDate(2027, 10, 24))
                     << certificate(u"infant_carer"_s, QDate(2024, 1, 1), Day.addDays(3))
                     << certificate(u"childcare_worker"_s, QDate(2023, 1, 1), Day.addDays(10));
    const QList<ExpiringQualification> list = StaffOverview::expiringWithin({s}, types(), Day, 30);
    QCOMPARE(list.size(), 2);
    QCOMPARE(list.at(0).type.code, u"infant_carer"_s); // soonest first
    QCOMPARE(list.at(1).type.code, u"childcare_worker"_s);
}

void TestStaffOverview::loadReadsThePolicy()
{
    TempDatabase t;
    QVERIFY(t.open());
    PolicyRepository policy(*t.db);
    QVERIFY(policy.save({PolicyKey::CertifiedStaffTargetPercent, Month(2026, 1), {}, 95, u"test"_s}).ok());
    QVERIFY(policy.save({PolicyKey::HealthCertificateWarnDays, Month(2026, 1), {}, 45, u"test"_s}).ok());
    StaffRepository staff(*t.db);
    QList<StaffRecord> people = caregivers(19, 1);
    people.first().qualifications << certificate(u"health_certificate"_s, {}, Day.addDays(40));
    for (StaffRecord& s : people) {
        s.id = 0;
        QVERIFY(staff.add(s).ok());
    }
    const Result<StaffOverview> overview = StaffOverview::load(*t.db, Day);
    QVERIFY2(overview.ok(), qPrintable(overview.error()));
    QCOMPARE(overview->rate.targetPercent, 95);
    QCOMPARE(overview->rate.text(), u"19 / 20 = 95.0%"_s);
    QVERIFY(overview->rate.meetsTarget());
    QCOMPARE(overview->warnDays, 45);
    QCOMPARE(overview->expiring.size(), 1);
}

QTEST_GUILESS_MAIN(TestStaffOverview)
#include "tst_staffoverview.moc"
