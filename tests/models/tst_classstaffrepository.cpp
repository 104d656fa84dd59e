// The classes' and staff's own rules in the store: names, capacities and removal of classes; validation,
// normalisation and the round trip of staff records.

#include "RosterFixtures.h"
#include "common/Clock.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "roster/StaffRepository.h"

#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(StaffRecord)

class TestClassStaffRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void classRules_data();
    void classRules();
    void classEditKeepsTheRules();
    void classRemovedOnlyBeforeAnyPlacement();
    void staffValidation_data();
    void staffValidation();
    void staffValidationNormalises();
    void staffRoundTrip();

private:
    qint64 addGirl() { return addEnrolledGirl(*m_t->db, m_classA); }
    QStringList history(qint64 childId) const { return placementHistory(*m_t->db, childId, m_classA, m_classB); }
    QString contents() const { return rosterContents(*m_t->db); }

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
};

void TestClassStaffRepository::init()
{
    m_t = rosterDatabase(m_classA, m_classB);
    QVERIFY(m_t);
}

void TestClassStaffRepository::cleanup()
{
    m_t.reset();
    Clock::setFixed({});
}

void TestClassStaffRepository::classRules_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("capacity");
    QTest::addColumn<QString>("error"); // empty: added

    QTest::newRow("a new name") << u"托大一班"_s << 20 << QString();
    QTest::newRow("over the national maximum (a warning elsewhere)") << u"混合一班"_s << 40 << QString();
    QTest::newRow("capacity 1") << u"家庭托育点"_s << 1 << QString();
    QTest::newRow("a taken name") << u"小一班"_s << 15 << u"There is already a class named 小一班."_s;
    QTest::newRow("a taken name with spaces") << u" 小二班 "_s << 15 << u"There is already a class named 小二班."_s;
    QTest::newRow("no name") << u"   "_s << 15 << u"The class needs a name, such as 小一班."_s;
    QTest::newRow("capacity 0") << u"托大二班"_s << 0 << u"The capacity of class 托大二班 must be at least 1, not 0."_s;
    QTest::newRow("negative capacity") << u"托大三班"_s << -3
                                       << u"The capacity of class 托大三班 must be at least 1, not -3."_s;
}

void TestClassStaffRepository::classRules()
{
    QFETCH(QString, name);
    QFETCH(int, capacity);
    QFETCH(QString, error);

    ClassRepository classes(*m_t->db);
    const QString stored = contents();
    const Result<qint64> added = classes.add({0, name, ClassType::OlderToddler, capacity, {}, {}});
    if (error.isEmpty()) {
        QVERIFY2(added, qPrintable(added.error()));
        const Result<ClassRecord> loaded = classes.load(added.value());
        QCOMPARE(loaded->name, name.trimmed());
        QCOMPARE(loaded->capacity, capacity);
        QCOMPARE(classes.classes()->size(), 3);
    } else {
        QVERIFY(!added);
        QCOMPARE(added.error(), error);
        QCOMPARE(contents(), stored);
    }
}

void TestClassStaffRepository::classEditKeepsTheRules()
{
    ClassRepository classes(*m_t->db);
    ClassRecord b = classes.load(m_classB).value();
    b.capacity = 12;
    b.room = u"201"_s;
    QVERIFY(classes.update(b)); // keeping its own name
    QCOMPARE(classes.load(m_classB)->capacity, 12);
    QCOMPARE(classes.load(m_classB)->room, u"201"_s);

    const QString stored = contents();
    ClassRecord renamed = b;
    renamed.name = u"小一班"_s;
    QCOMPARE(classes.update(renamed).error(), u"There is already a class named 小一班."_s);
    ClassRecord emptied = b;
    emptied.capacity = 0;
    QCOMPARE(classes.update(emptied).error(), u"The capacity of class 小二班 must be at least 1, not 0."_s);
    QCOMPARE(contents(), stored);
}

void TestClassStaffRepository::classRemovedOnlyBeforeAnyPlacement()
{
    ClassRepository classes(*m_t->db);
    const qint64 id = addGirl();
    // A move to class B that the child's leaving cancelled leaves no placement in B.
    QVERIFY(ChildRepository(*m_t->db).changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt));
    QVERIFY(ChildRepository(*m_t->db).withdraw(id, QDate(2026, 10, 14)));
    QCOMPARE(history(id), QStringList {u"A full_day 2026-09-01..2026-10-14"_s});

    const Result<qint64> unused = classes.add({0, u"托大一班"_s, ClassType::OlderToddler, 20, {}, {}});
    QVERIFY(unused);
    const QString stored = contents();
    const Status refused = classes.remove(m_classA);
    QVERIFY(!refused);
    QCOMPARE(refused.error(),
             u"Children have been placed in this class, so it keeps its history and cannot be removed."_s);
    QCOMPARE(contents(), stored);

    QVERIFY(classes.remove(unused.value()));
    QVERIFY(classes.remove(m_classB));
    QCOMPARE(classes.classes()->size(), 1);
    QCOMPARE(classes.classes()->first().id, m_classA);
}

void TestClassStaffRepository::staffValidation_data()
{
    QTest::addColumn<StaffRecord>("record");
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("fragment"); // of the first error

    const StaffRecord base = certifiedCaregiver();
    auto with = [&base](const std::function<void(StaffRecord&)>& change) {
        StaffRecord s = base;
        change(s);
        return s;
    };
    QTest::newRow("valid") << base << QStringList() << QString();
    QTest::newRow("name missing") << with([](StaffRecord& s) { s.name = u"  "_s; }) << QStringList {u"name"_s}
                                  << u"The name is missing."_s;
    QTest::newRow("gender unknown") << with([](StaffRecord& s) { s.gender = Gender::Unknown; })
                                    << QStringList {u"gender"_s} << u"Choose the gender (男 or 女)."_s;
    QTest::newRow("ID number with a bad check character")
        << with([](StaffRecord& s) { s.idNumber = u"140402199005061222"_s; }) << QStringList {u"id_number"_s}
        << u"should be 1, not 2"_s;
    QTest::newRow("a man's ID number for a woman")
        << with([](StaffRecord& s) { s.idNumber = u"140402199005061213"_s; }) << QStringList {u"id_number"_s}
        << u"belongs to a male (its 17th digit is odd), but the gender entered is female"_s;
    QTest::newRow("phone with letters") << with([](StaffRecord& s) { s.phone = u"139-1234-567a"_s; })
                                        << QStringList {u"phone"_s} << u"contains “a”"_s;
    QTest::newRow("landline number") << with([](StaffRecord& s) { s.phone = u"0355-2021234"_s; })
                                     << QStringList {u"phone"_s} << u"“0355-2021234” starts with 03"_s;
    QTest::newRow("hiring date missing") << with([](StaffRecord& s) { s.hiredOn = {}; }) << QStringList {u"hired_on"_s}
                                         << u"The date of hiring is missing."_s;
    QTest::newRow("left before hired") << with([](StaffRecord& s) { s.leftOn = QDate(2024, 1, 31); })
                                       << QStringList {u"left_on"_s}
                                       << u"The leaving date 2024-01-31 is before the hiring date 2024-02-01."_s;
    QTest::newRow("left on the day hired")
        << with([](StaffRecord& s) { s.leftOn = QDate(2024, 2, 1); }) << QStringList() << QString();
    QTest::newRow("unknown kind of certificate")
        << with([](StaffRecord& s) { s.qualifications[0].typeCode = u"nursery_nurse"_s; })
        << QStringList {u"qualification"_s} << u"nursery_nurse is not a known kind of certificate."_s;
    QTest::newRow("certificate expires before it was issued")
        << with([](StaffRecord& s) { s.qualifications[1].expiresOn = QDate(2026, 2, 28); })
        << QStringList {u"qualification"_s}
        << u"A certificate cannot expire (2026-02-28) before it was issued (2026-03-01)."_s;
}

void TestClassStaffRepository::staffValidation()
{
    QFETCH(StaffRecord, record);
    QFETCH(QStringList, fields);
    QFETCH(QString, fragment);

    const Result<QList<QualificationType>> types = StaffRepository(*m_t->db).qualificationTypes();
    QVERIFY(types);
    QCOMPARE(types->size(), 8);
    const FieldErrors errors = StaffRepository::validate(record, Clock::today(), types.value());
    QStringList reported;
    for (const FieldError& e : errors)
        reported << e.field;
    QCOMPARE(reported, fields);
    if (!fields.isEmpty())
        QVERIFY2(errors.first().message.contains(fragment), qPrintable(errors.first().message));
}

void TestClassStaffRepository::staffValidationNormalises()
{
    StaffRecord s = certifiedCaregiver();
    s.name = u" 王  芳 "_s;
    s.phone = u"+86 139-1234-5678"_s;
    s.idNumber = u" 140402199005061221 "_s;
    const FieldErrors errors
        = StaffRepository::validate(s, Clock::today(), StaffRepository(*m_t->db).qualificationTypes().value());
    QVERIFY2(errors.isEmpty(), qPrintable(errors.value(0).message));
    QCOMPARE(s.name, u"王 芳"_s);
    QCOMPARE(s.phone, u"13912345678"_s);
    QCOMPARE(s.idNumber, u"140402199005061221"_s);
}

void TestClassStaffRepository::staffRoundTrip()
{
    StaffRepository staff(*m_t->db);
    StaffRecord s = certifiedCaregiver();
    s.classIds = {m_classB, m_classA};
    const Result<qint64> id = staff.add(s);
    QVERIFY2(id, qPrintable(id.error()));
    const StaffRecord loaded = staff.load(id.value()).value();
    QCOMPARE(loaded.name, s.name);
    QCOMPARE(loaded.role, StaffRole::Caregiver);
    QCOMPARE(loaded.hiredOn, QDate(2024, 2, 1));
    QCOMPARE(loaded.classIds, QList<qint64>({m_classA, m_classB}));
    QCOMPARE(loaded.qualifications.size(), 2);
    QCOMPARE(loaded.qualifications.at(1).expiresOn, QDate(2027, 2, 28));
    QCOMPARE(ClassRepository(*m_t->db).load(m_classA)->staffIds, QList<qint64> {id.value()});
    QCOMPARE(staff.findByIdNumber(u"140402199005061221"_s)->value_or(0), id.value());

    StaffRecord missing = s;
    missing.id = 999;
    missing.idNumber.clear(); // with the number, the update would be refused as a duplicate first
    QCOMPARE(staff.update(missing).error(), u"There is no staff member with number 999."_s);
}

QTEST_MAIN(TestClassStaffRepository)
#include "tst_classstaffrepository.moc"
