#include "TempDatabase.h"
#include "access/AuditLog.h"
#include "access/UserRepository.h"
#include "attendance/AttendanceRepository.h"
#include "demo/DemoData.h"
#include "institution/InstitutionRepository.h"
#include "reports/InstitutionKeys.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "roster/StaffRepository.h"
#include "store/CalendarRepository.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

// Every guarded operation of the domain, tried by every role: allowed exactly where the policy says, and a refusal
// changes nothing. The expected matrix is written out here, independent of the table in models/access.
class TestPermissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void matrix_data();
    void matrix();
    void caregiverRecordsOnlyHerClasses();
    void nobodyLoggedInMayChangeNothing();

private:
    Actor actorFor(Role role) const;
    qint64 auditRows() const;

    TempDatabase m_t;
    qint64 m_caregiverClass = 0;
    qint64 m_otherClass = 0;
    qint64 m_childInCaregiverClass = 0;
    qint64 m_childInOtherClass = 0;
    QDate m_careDay;
};

namespace {

using Operation = std::function<Status(Database&, const QString& tag)>;

Status asStatus(const Result<qint64>& r)
{
    return r ? Status() : Status::failure(r.error());
}

InstitutionProfile someProfile(Database& db)
{
    return *InstitutionRepository(db).load().value();
}

} // namespace

void TestPermissions::initTestCase()
{
    QVERIFY(m_t.open());
    QVERIFY(DemoData::generate(*m_t.db, {30, 1, 4}).ok());
    const auto classes = ClassRepository(*m_t.db).classes();
    QVERIFY(classes.ok() && classes->size() >= 2);
    m_caregiverClass = classes->at(0).id;
    m_otherClass = classes->at(1).id;
    UserRepository users(*m_t.db);
    QVERIFY(users.add(u"caiwu"_s, Role::Finance, u"finance-pass"_s).ok());
    QVERIFY(users.add(u"baoyu"_s, Role::Caregiver, u"caregiver-pass"_s, u"王芳"_s, {m_caregiverClass}).ok());
    QVERIFY(users.add(u"rhd"_s, Role::Outreach, u"outreach-pass"_s).ok());
    QVERIFY(users.add(u"zhongxin"_s, Role::CenterOfficer, u"center-pass"_s).ok());

    QSqlQuery query(m_t.db->connection());
    QVERIFY(query.exec(u"SELECT p.class_id, min(p.child_id), max(c.enrolled_on) FROM placements p "
                       "JOIN children c ON c.id = p.child_id WHERE p.valid_to IS NULL GROUP BY p.class_id"_s));
    while (query.next()) {
        if (query.value(0).toLongLong() == m_caregiverClass)
            m_childInCaregiverClass = query.value(1).toLongLong();
        if (query.value(0).toLongLong() == m_otherClass)
            m_childInOtherClass = query.value(1).toLongLong();
    }
    QVERIFY(m_childInCaregiverClass > 0 && m_childInOtherClass > 0);
    m_careDay = QDate(2026, 11, 2); // a Monday, a care day
}

Actor TestPermissions::actorFor(Role role) const
{
    const QString name = QHash<Role, QString> {
        {Role::Director, u"admin"_s},
        {Role::Finance, u"caiwu"_s},
        {Role::Caregiver, u"baoyu"_s},
        {Role::Outreach, u"rhd"_s},
        {Role::CenterOfficer,
         u"zhongxin"_s}}.value(role);
    const User user = UserRepository(*m_t.db).find(name).value();
    Actor actor;
    actor.userId = user.id;
    actor.name = user.name;
    actor.role = user.role;
    actor.classIds = user.classIds;
    return actor;
}

qint64 TestPermissions::auditRows() const
{
    return Sql::scalar(m_t.db->connection(), u"SELECT count(*) FROM audit_log"_s).toLongLong();
}

void TestPermissions::matrix_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<QString>("operation");
    QTest::addColumn<bool>("allowed");

    using R = Role;
    // Who may do each operation.
    const QList<std::pair<QString, QList<Role>>> expected = {
        {u"save institution"_s, {R::Director}},
        {u"add closure day"_s, {R::Director}},
        {u"save policy value"_s, {R::Director, R::Finance}},
        {u"add class"_s, {R::Director}},
        {u"add child"_s, {R::Director}},
        {u"add staff"_s, {R::Director}},
        {u"record attendance"_s, {R::Director, R::Caregiver}},
        {u"add user"_s, {R::Director}},
        {u"reset password"_s, {R::Director}},
        {u"disable user"_s, {R::Director}},
        {u"read audit trail"_s, {R::Director}},
        {u"export audit trail"_s, {R::Director}},
        {u"make signing key"_s, {R::Director}},
    };
    for (const auto& [operation, roles] : expected)
        for (Role role : Roles::all())
            QTest::addRow("%s by %s", qPrintable(operation), qPrintable(Roles::key(role)))
                << int(role) << operation << roles.contains(role);
}

void TestPermissions::matrix()
{
    QFETCH(int, role);
    QFETCH(QString, operation);
    QFETCH(bool, allowed);
    const QString tag = QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'_');
    Database& db = *m_t.db;

    const QHash<QString, Operation> operations = {
        {u"save institution"_s,
         [](Database& d, const QString&) {
             InstitutionProfile p = someProfile(d);
             p.places += 1;
             const auto saved = InstitutionRepository(d).save(p);
             return saved ? Status() : Status::failure(saved.error());
         }},
        {u"add closure day"_s,
         [this](Database& d, const QString& t) {
             const QDate day = m_careDay.addDays(7 * (qHash(t) % 40));
             return CalendarRepository(d).addClosure(day, t);
         }},
        {u"save policy value"_s,
         [](Database& d, const QString& t) {
             return PolicyRepository(d).save(
                 {u"fee.meal_daily_rate"_s, Month(2027, 1 + int(qHash(t) % 12)), Month(), 1600, t});
         }},
        {u"add class"_s,
         [](Database& d, const QString& t) {
             return asStatus(ClassRepository(d).add({0, t, ClassType::Mixed, 18, {}, {}}));
         }},
        {u"add child"_s,
         [this](Database& d, const QString& t) {
             ChildRecord c;
             c.name = t;
             c.gender = Gender::Female;
             c.birthDate = QDate(2025, 3, 1);
             c.enrolledOn = m_careDay;
             return asStatus(ChildRepository(d).add(c, Placement {m_caregiverClass, CareType::FullDay, m_careDay, {}}));
         }},
        {u"add staff"_s,
         [](Database& d, const QString& t) {
             StaffRecord s;
             s.name = t;
             s.hiredOn = QDate(2026, 1, 5);
             return asStatus(StaffRepository(d).add(s));
         }},
        {u"record attendance"_s,
         [this](Database& d, const QString&) {
             AttendanceRecord r;
             r.childId = m_childInCaregiverClass;
             r.day = m_careDay;
             r.status = AttendanceStatus::Sick;
             r.symptom = u"发热"_s;
             return AttendanceRepository(d).save({r});
         }},
        {u"add user"_s,
         [](Database& d, const QString& t) {
             return asStatus(UserRepository(d).add(u"u%1"_s.arg(qHash(t)), Role::Caregiver, u"long-enough"_s));
         }},
        {u"reset password"_s,
         [](Database& d, const QString&) { return UserRepository(d).resetPassword(u"rhd"_s, u"new-password"_s); }},
        {u"disable user"_s,
         [](Database& d, const QString&) { return UserRepository(d).setDisabled(u"zhongxin"_s, false); }},
        {u"read audit trail"_s,
         [](Database& d, const QString&) {
             const auto entries = AuditLog::find(d, {});
             return entries ? Status() : Status::failure(entries.error());
         }},
        {u"export audit trail"_s,
         [this](Database& d, const QString& t) { return AuditLog::exportCsv(d, {}, m_t.dir.filePath(t + u".csv"_s)); }},
        {u"make signing key"_s,
         [](Database& d, const QString&) { return InstitutionKeys(d).create(u"a long enough passphrase"_s).status(); }},
    };
    QVERIFY(operations.contains(operation));

    const qint64 before = auditRows();
    db.setActor(actorFor(Role(role)));
    const Status status = operations.value(operation)(db, tag);
    db.setActor(Actor::systemActor());
    QVERIFY2(status.ok() == allowed, qPrintable(status.ok() ? u"allowed"_s : status.error()));
    if (!allowed) {
        QVERIFY2(status.error().contains(u"may not"_s), qPrintable(status.error()));
        QCOMPARE(auditRows(), before); // nothing was written, not even to the trail
    }
}

void TestPermissions::caregiverRecordsOnlyHerClasses()
{
    m_t.db->setActor(actorFor(Role::Caregiver));
    AttendanceRecord mine;
    mine.childId = m_childInCaregiverClass;
    mine.day = m_careDay.addDays(1);
    AttendanceRecord other = mine;
    other.childId = m_childInOtherClass;
    QVERIFY(AttendanceRepository(*m_t.db).save({mine}).ok());
    const Status refused = AttendanceRepository(*m_t.db).save({mine, other});
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(u"not assigned to this class"_s), qPrintable(refused.error()));
    m_t.db->setActor(Actor::systemActor());
}

void TestPermissions::nobodyLoggedInMayChangeNothing()
{
    m_t.db->setActor({});
    const Status refused = asStatus(ClassRepository(*m_t.db).add({0, u"无名班"_s, ClassType::Mixed, 18, {}, {}}));
    QVERIFY(!refused.ok());
    QVERIFY(refused.error().contains(u"log in"_s));
    m_t.db->setActor(Actor::systemActor());
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
