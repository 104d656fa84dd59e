#include "RosterFixtures.h"
#include "common/PolicyParameters.h"
#include "roster/StaffQualificationList.h"
#include "roster/StaffRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The qualification list's content: who is on it (people in post, by role), how each certificate is flagged
// (expired, due within the warning period, valid; a renewed one left out), the health certificate apart, and the
// rate exactly as StaffOverview gives it.
class TestStaffQualificationList : public QObject
{
    Q_OBJECT

private slots:
    void certificateStanding_data();
    void certificateStanding();
    void renewedCertificateIsLeftOut();
    void inPostByRoleWithTheRate();
    void loadsFromTheDatabase();

private:
    static QList<QualificationType> types();
    static StaffRecord person(qint64 id, const QString& name, StaffRole role = StaffRole::Caregiver);
    static Qualification certificate(const QString& type, QDate expires = {});
    static StaffQualificationList listOf(const QList<StaffRecord>& staff);

    static inline const QDate Day {2026, 11, 20};
};

QList<QualificationType> TestStaffQualificationList::types()
{
    return {{u"childcare_worker"_s, u"保育师"_s, u"Childcare worker"_s, true, false},
            {u"infant_carer"_s, u"育婴员"_s, u"Infant carer"_s, true, false},
            {u"teacher"_s, u"教师资格证"_s, u"Teacher"_s, false, false},
            {u"health_certificate"_s, u"健康合格证"_s, u"Health certificate"_s, false, true}};
}

StaffRecord TestStaffQualificationList::person(qint64 id, const QString& name, StaffRole role)
{
    StaffRecord s;
    s.id = id;
    s.name = name;
    s.role = role;
    s.hiredOn = QDate(2025, 3, 1);
    return s;
}

Qualification TestStaffQualificationList::certificate(const QString& type, QDate expires)
{
    Qualification q;
    q.typeCode = type;
    q.issuedOn = QDate(2024, 5, 1);
    q.expiresOn = expires;
    return q;
}

StaffQualificationList TestStaffQualificationList::listOf(const QList<StaffRecord>& staff)
{
    return StaffQualificationList::of(staff, types(), {{1, u"小一班"_s}}, PolicyParameters::defaults(), Day);
}

void TestStaffQualificationList::certificateStanding_data()
{
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<ListedCertificate::Standing>("standing");
    QTest::addColumn<int>("daysLeft");
    QTest::newRow("no expiry") << QDate() << ListedCertificate::Standing::Valid << 0;
    QTest::newRow("31 days left") << Day.addDays(31) << ListedCertificate::Standing::Valid << 0;
    QTest::newRow("30 days left") << Day.addDays(30) << ListedCertificate::Standing::Due << 30;
    QTest::newRow("last valid day") << Day << ListedCertificate::Standing::Due << 0;
    QTest::newRow("expired yesterday") << Day.addDays(-1) << ListedCertificate::Standing::Expired << -1;
}

void TestStaffQualificationList::certificateStanding()
{
    QFETCH(QDate, expires);
    QFETCH(ListedCertificate::Standing, standing);
    QFETCH(int, daysLeft);
    StaffRecord s = person(1, u"王芳"_s);
    s.qualifications << certificate(u"childcare_worker"_s, expires) << certificate(u"health_certificate"_s, expires);
    const StaffQualificationList list = listOf({s});
    QCOMPARE(list.staff.size(), 1);
    const ListedStaff& listed = list.staff.first();
    QCOMPARE(listed.certificates.size(), 1);
    QCOMPARE(listed.certificates.first().standing, standing);
    QCOMPARE(listed.certificates.first().daysLeft, daysLeft);
    QVERIFY(listed.healthCertificate.has_value());
    QCOMPARE(listed.healthCertificate->standing, standing);
    QCOMPARE(listed.certified, standing != ListedCertificate::Standing::Expired);
}

void TestStaffQualificationList::renewedCertificateIsLeftOut()
{
    StaffRecord s = person(1, u"王芳"_s);
    s.qualifications << certificate(u"health_certificate"_s, QDate(2026, 2, 28))
                     << certificate(u"health_certificate"_s, QDate(2027, 2, 28));
    const StaffQualificationList list = listOf({s});
    QVERIFY(list.staff.first().healthCertificate.has_value());
    QCOMPARE(list.staff.first().healthCertificate->qualification.expiresOn, QDate(2027, 2, 28));
    QCOMPARE(list.staff.first().healthCertificate->standing, ListedCertificate::Standing::Valid);
    QVERIFY(list.staff.first().certificates.isEmpty());
}

void TestStaffQualificationList::inPostByRoleWithTheRate()
{
    StaffRecord cook = person(1, u"赵师傅"_s, StaffRole::Cook);
    StaffRecord certified = person(2, u"王芳"_s);
    certified.classIds = {1};
    certified.qualifications << certificate(u"infant_carer"_s) << certificate(u"teacher"_s);
    StaffRecord uncertified = person(3, u"陈静"_s);
    uncertified.qualifications << certificate(u"teacher"_s);
    StaffRecord head = person(4, u"李园长"_s, StaffRole::Head);
    StaffRecord gone = person(5, u"周离职"_s);
    gone.leftOn = QDate(2026, 10, 31);
    const QList<StaffRecord> staff {cook, certified, uncertified, head, gone};

    const StaffQualificationList list = listOf(staff);
    QStringList names;
    for (const ListedStaff& s : list.staff)
        names << s.staff.name;
    QCOMPARE(names, (QStringList {u"李园长"_s, u"王芳"_s, u"陈静"_s, u"赵师傅"_s}));
    QCOMPARE(list.staff.at(1).classNames, QStringList {u"小一班"_s});
    QCOMPARE(list.staff.at(1).certificates.size(), 2);
    QVERIFY(list.staff.at(1).certified);
    QVERIFY(!list.staff.at(2).certified);
    QVERIFY(!list.staff.at(0).certified); // the head is not a caregiver
    QVERIFY(!list.staff.at(1).healthCertificate.has_value());
    const CertifiedRate expected = StaffOverview::certifiedRate(staff, types(), Day, 90);
    QCOMPARE(list.rate.certified, expected.certified);
    QCOMPARE(list.rate.caregivers, expected.caregivers);
    QCOMPARE(list.rate.text(), u"1 / 2 = 50.0%"_s);
    QCOMPARE(list.rate.targetPercent, 90);
    QCOMPARE(list.warnDays, 30);
    QCOMPARE(list.certifyingTypes, (QStringList {u"Childcare worker"_s, u"Infant carer"_s}));
}

void TestStaffQualificationList::loadsFromTheDatabase()
{
    qint64 classA = 0;
    qint64 classB = 0;
    const std::unique_ptr<TempDatabase> t = rosterDatabase(classA, classB);
    QVERIFY(t);
    StaffRecord s = certifiedCaregiver();
    s.classIds = {classA};
    const Result<qint64> added = StaffRepository(*t->db).add(s);
    QVERIFY2(added, qPrintable(added.error()));
    const Result<StaffQualificationList> list = StaffQualificationList::load(*t->db, QDate(2026, 11, 29));
    QVERIFY2(list, qPrintable(list.error()));
    QCOMPARE(list->staff.size(), 1);
    QCOMPARE(list->staff.first().classNames, QStringList {u"小一班"_s});
    QCOMPARE(list->staff.first().certificates.first().qualification.number, u"BY-2023-0042"_s);
    QCOMPARE(list->staff.first().healthCertificate->qualification.expiresOn, QDate(2027, 2, 28));
    QCOMPARE(list->rate.text(), u"1 / 1 = 100.0%"_s);
    Clock::setFixed({});
}

QTEST_GUILESS_MAIN(TestStaffQualificationList)
#include "tst_staffqualificationlist.moc"
