// The roster store: a child's placement history as enrolments, moves, care-type changes and leaving write it; the
// waiting list; removal; and that a role without the right writes nothing (the classes' and staff's own rules are in
// tst_classstaffrepository).

#include "RosterFixtures.h"
#include "attendance/AttendanceRepository.h"
#include "common/Clock.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "roster/StaffRepository.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(StaffRecord)
Q_DECLARE_METATYPE(std::optional<CareType>)

namespace {

Status asStatus(const Result<qint64>& r)
{
    return r ? Status() : Status::failure(r.error());
}

} // namespace

class TestChildRepository : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addsAnEnrolledChildWithHerFirstPlacement();
    void moveClassSplitsTheHistory();
    void placementChanges_data();
    void placementChanges();
    void refusedChanges_data();
    void refusedChanges();
    void withdrawEndsAndDeletesLaterPlacements();
    void lastDayChangedAgain_data();
    void lastDayChangedAgain();
    void withdrawBeforeEnrolmentIsRefused();
    void enrolFromTheWaitingList();
    void removeOnlyWithoutAttendance();
    void findByIdNumber();
    void updateChangesDetailsButNotEnrolment();

    void caregiverWritesNothing_data();
    void caregiverWritesNothing();

private:
    qint64 addGirl() { return addEnrolledGirl(*m_t->db, m_classA); }
    // "A full_day 2026-09-01..2026-10-14", one line per placement, so a failure shows the whole history.
    QStringList history(qint64 childId) const;
    // Every row of every roster table and of the audit trail, to prove a refusal wrote nothing.
    QString contents() const;
    qint64 count(const QString& statement) const;

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
};

void TestChildRepository::init()
{
    m_t = rosterDatabase(m_classA, m_classB);
    QVERIFY(m_t);
}

void TestChildRepository::cleanup()
{
    m_t.reset();
    Clock::setFixed({});
}

QStringList TestChildRepository::history(qint64 childId) const
{
    return placementHistory(*m_t->db, childId, m_classA, m_classB);
}

QString TestChildRepository::contents() const
{
    return rosterContents(*m_t->db);
}

qint64 TestChildRepository::count(const QString& statement) const
{
    return Sql::scalar(m_t->db->connection(), statement).toLongLong();
}

void TestChildRepository::addsAnEnrolledChildWithHerFirstPlacement()
{
    const qint64 id = addGirl();
    QVERIFY(id > 0);
    const Result<ChildRecord> loaded = ChildRepository(*m_t->db).load(id);
    QVERIFY2(loaded, qPrintable(loaded.error()));
    QCOMPARE(loaded->name, u"李小雨"_s);
    QCOMPARE(loaded->gender, Gender::Female);
    QCOMPARE(loaded->birthDate, QDate(2025, 3, 15));
    QCOMPARE(loaded->idNumber, u"140402202503151523"_s);
    QCOMPARE(loaded->birthOrder, 2);
    QCOMPARE(loaded->enrolledOn, QDate(2026, 9, 1));
    QVERIFY(!loaded->withdrawnOn.isValid());
    QVERIFY(loaded->consentRecorded());
    QCOMPARE(loaded->guardians, enrolledGirl().guardians);
    QCOMPARE(history(id), QStringList {u"A full_day 2026-09-01..open"_s});
}

void TestChildRepository::moveClassSplitsTheHistory()
{
    const qint64 id = addGirl();
    const Status moved = ChildRepository(*m_t->db).changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt);
    QVERIFY2(moved, qPrintable(moved.error()));
    QCOMPARE(history(id), QStringList({u"A full_day 2026-09-01..2026-10-14"_s, u"B full_day 2026-10-15..open"_s}));
}

void TestChildRepository::placementChanges_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<int>("toClass"); // 0: unchanged, 1: class A, 2: class B
    QTest::addColumn<std::optional<CareType>>("careType");
    QTest::addColumn<QStringList>("expected");

    // Each change is made after the move to class B on 2026-10-15.
    const QString a = u"A full_day 2026-09-01..2026-10-14"_s;
    QTest::newRow("care type only: the class is kept")
        << QDate(2026, 11, 1) << 0 << std::optional(CareType::HalfDay)
        << QStringList({a, u"B full_day 2026-10-15..2026-10-31"_s, u"B half_day 2026-11-01..open"_s});
    QTest::newRow("on the day of the move: corrected in place")
        << QDate(2026, 10, 15) << 0 << std::optional(CareType::Hourly)
        << QStringList({a, u"B hourly 2026-10-15..open"_s});
    QTest::newRow("on the enrolment day: the first placement corrected, its end kept")
        << QDate(2026, 9, 1) << 2 << std::optional(CareType::HalfDay)
        << QStringList({u"B half_day 2026-09-01..2026-10-14"_s, u"B full_day 2026-10-15..open"_s});
    QTest::newRow("in the middle: until the change already recorded")
        << QDate(2026, 10, 1) << 0 << std::optional(CareType::HalfDay)
        << QStringList({u"A full_day 2026-09-01..2026-09-30"_s, u"A half_day 2026-10-01..2026-10-14"_s,
                        u"B full_day 2026-10-15..open"_s});
    QTest::newRow("back to class A from December")
        << QDate(2026, 12, 1) << 1 << std::optional<CareType>()
        << QStringList({a, u"B full_day 2026-10-15..2026-11-30"_s, u"A full_day 2026-12-01..open"_s});
}

void TestChildRepository::placementChanges()
{
    QFETCH(QDate, from);
    QFETCH(int, toClass);
    QFETCH(std::optional<CareType>, careType);
    QFETCH(QStringList, expected);

    const qint64 id = addGirl();
    ChildRepository children(*m_t->db);
    QVERIFY(children.changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt));
    const std::optional<qint64> classId
        = toClass == 0 ? std::nullopt : std::optional<qint64>(toClass == 1 ? m_classA : m_classB);
    const Status changed = children.changePlacement(id, from, classId, careType);
    QVERIFY2(changed, qPrintable(changed.error()));
    QCOMPARE(history(id), expected);
}

void TestChildRepository::refusedChanges_data()
{
    QTest::addColumn<QDate>("lastDay"); // valid: the child leaves care on this day first
    QTest::addColumn<QDate>("from");
    QTest::addColumn<bool>("toClassA"); // false: to class B
    QTest::addColumn<bool>("giveClass");
    QTest::addColumn<std::optional<CareType>>("careType");
    QTest::addColumn<QString>("fragment");

    const std::optional<CareType> keep;
    const QString beforeEnrolment = u"The change must take effect on or after the enrolment date 2026-09-01."_s;
    const QString same = u"李小雨 is already in that class with that care type."_s;
    QTest::newRow("the day before the enrolment")
        << QDate() << QDate(2026, 8, 31) << false << true << keep << beforeEnrolment;
    QTest::newRow("no date") << QDate() << QDate() << false << true << keep << beforeEnrolment;
    QTest::newRow("the class and care type she has")
        << QDate() << QDate(2026, 9, 20) << true << true << std::optional<CareType>(CareType::FullDay)
        << u"On 2026-09-20 "_s + same;
    QTest::newRow("the class she has, care type unchanged")
        << QDate() << QDate(2026, 10, 20) << false << true << keep << u"On 2026-10-20 "_s + same;
    QTest::newRow("nothing given") << QDate() << QDate(2026, 11, 2) << false << false << keep
                                   << u"On 2026-11-02 "_s + same;
    QTest::newRow("the day after the last day")
        << QDate(2026, 11, 10) << QDate(2026, 11, 11) << true << true << keep
        << u"李小雨 left care on 2026-11-10; a change after that date has no effect."_s;
}

void TestChildRepository::refusedChanges()
{
    QFETCH(QDate, lastDay);
    QFETCH(QDate, from);
    QFETCH(bool, toClassA);
    QFETCH(bool, giveClass);
    QFETCH(std::optional<CareType>, careType);
    QFETCH(QString, fragment);

    const qint64 id = addGirl();
    ChildRepository children(*m_t->db);
    QVERIFY(children.changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt));
    if (lastDay.isValid())
        QVERIFY(children.withdraw(id, lastDay));
    const QStringList before = history(id);
    const QString stored = contents();

    const std::optional<qint64> classId
        = giveClass ? std::optional<qint64>(toClassA ? m_classA : m_classB) : std::nullopt;
    const Status refused = children.changePlacement(id, from, classId, careType);
    QVERIFY(!refused);
    QCOMPARE(refused.error(), fragment);
    QCOMPARE(history(id), before);
    QCOMPARE(contents(), stored);
}

void TestChildRepository::withdrawEndsAndDeletesLaterPlacements()
{
    const qint64 id = addGirl();
    ChildRepository children(*m_t->db);
    QVERIFY(children.changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt));
    QVERIFY(children.changePlacement(id, QDate(2026, 11, 1), std::nullopt, CareType::HalfDay));
    // A move planned for later in November, which the leaving cancels.
    QVERIFY(children.changePlacement(id, QDate(2026, 11, 20), m_classA, std::nullopt));
    QCOMPARE(history(id).size(), 4);

    const Status left = children.withdraw(id, QDate(2026, 11, 10));
    QVERIFY2(left, qPrintable(left.error()));
    QCOMPARE(children.load(id)->withdrawnOn, QDate(2026, 11, 10));
    QCOMPARE(history(id),
             QStringList({u"A full_day 2026-09-01..2026-10-14"_s, u"B full_day 2026-10-15..2026-10-31"_s,
                          u"B half_day 2026-11-01..2026-11-10"_s}));
}

void TestChildRepository::lastDayChangedAgain_data()
{
    QTest::addColumn<QDate>("secondLastDay");
    QTest::addColumn<QStringList>("expected");

    // A child whose last day is still ahead stands as enrolled, so the page lets the director give another one.
    const QString a = u"A full_day 2026-09-01..2026-10-14"_s;
    QTest::newRow("the same day") << QDate(2026, 11, 27) << QStringList({a, u"B full_day 2026-10-15..2026-11-27"_s});
    QTest::newRow("later: the family stays until mid-December")
        << QDate(2026, 12, 15) << QStringList({a, u"B full_day 2026-10-15..2026-12-15"_s});
    QTest::newRow("earlier") << QDate(2026, 11, 20) << QStringList({a, u"B full_day 2026-10-15..2026-11-20"_s});
    QTest::newRow("earlier, before the move")
        << QDate(2026, 10, 10) << QStringList {u"A full_day 2026-09-01..2026-10-10"_s};
}

void TestChildRepository::lastDayChangedAgain()
{
    QFETCH(QDate, secondLastDay);
    QFETCH(QStringList, expected);

    const qint64 id = addGirl();
    ChildRepository children(*m_t->db);
    QVERIFY(children.changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt));
    QVERIFY(children.withdraw(id, QDate(2026, 11, 27)));
    const Status changed = children.withdraw(id, secondLastDay);
    QVERIFY2(changed, qPrintable(changed.error()));
    QCOMPARE(children.load(id)->withdrawnOn, secondLastDay);
    // Every day in care has a class and a care type, up to the last day and no further.
    QCOMPARE(history(id), expected);
}

void TestChildRepository::withdrawBeforeEnrolmentIsRefused()
{
    const qint64 id = addGirl();
    ChildRepository children(*m_t->db);
    const QString stored = contents();
    const Status refused = children.withdraw(id, QDate(2026, 8, 31));
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"The last day in care cannot be before the enrolment date 2026-09-01."_s);
    QCOMPARE(contents(), stored);

    const Result<qint64> waiting = children.add(waitingBoy(), std::nullopt);
    QVERIFY(waiting);
    QCOMPARE(children.withdraw(waiting.value(), QDate(2026, 11, 10)).error(), u"张小宝 was never enrolled."_s);
}

void TestChildRepository::enrolFromTheWaitingList()
{
    ChildRepository children(*m_t->db);
    const Result<qint64> added = children.add(waitingBoy(), std::nullopt);
    QVERIFY2(added, qPrintable(added.error()));
    const qint64 id = added.value();
    QVERIFY(children.load(id)->isWaiting());
    QCOMPARE(children.load(id)->appliedOn, QDate(2026, 10, 10));
    QCOMPARE(history(id), QStringList());
    QCOMPARE(children.changePlacement(id, QDate(2026, 12, 1), m_classB, CareType::FullDay).error(),
             u"张小宝 is not enrolled yet; enrol first."_s);

    const Placement december {m_classB, CareType::HalfDay, QDate(2026, 12, 1), QDate(2026, 12, 31)};
    const QString stored = contents();
    const Status noConsent = children.enrol(id, december);
    QVERIFY(!noConsent);
    QCOMPARE(noConsent.error(), u"Record the guardian's consent for 张小宝 before enrolling."_s);
    QCOMPARE(contents(), stored);

    ChildRecord consented = children.load(id).value();
    consented.consentBy = u"张伟"_s;
    consented.consentOn = QDate(2026, 11, 25);
    QVERIFY(children.update(consented));
    QCOMPARE(children.enrol(id, {m_classB, CareType::HalfDay, QDate(2024, 6, 19), {}}).error(),
             u"The enrolment date is before 张小宝's birth date."_s);

    const Status enrolled = children.enrol(id, december);
    QVERIFY2(enrolled, qPrintable(enrolled.error()));
    const ChildRecord now = children.load(id).value();
    QCOMPARE(now.enrolledOn, QDate(2026, 12, 1));
    QVERIFY(!now.isWaiting());
    QCOMPARE(now.appliedOn, QDate(2026, 10, 10)); // the application stays on record
    // Enrolment is open-ended whatever end the placement was given.
    QCOMPARE(history(id), QStringList {u"B half_day 2026-12-01..open"_s});
    QCOMPARE(children.enrol(id, december).error(), u"张小宝 is already enrolled (since 2026-12-01)."_s);
}

void TestChildRepository::removeOnlyWithoutAttendance()
{
    ChildRepository children(*m_t->db);
    const qint64 attended = addGirl();
    const Result<qint64> mistaken = children.add(waitingBoy(), std::nullopt);
    QVERIFY(attended > 0 && mistaken);

    AttendanceRecord day;
    day.childId = attended;
    day.day = QDate(2026, 11, 2);
    QVERIFY(AttendanceRepository(*m_t->db).save({day}));
    const QString stored = contents();
    const Status refused = children.remove(attended);
    QVERIFY(!refused);
    QVERIFY2(refused.error().startsWith(u"This child has 1 attendance record"_s), qPrintable(refused.error()));
    QVERIFY2(refused.error().endsWith(u"the child can leave care but cannot be removed."_s),
             qPrintable(refused.error()));
    QCOMPARE(contents(), stored);
    QVERIFY(children.load(attended));

    const Status removed = children.remove(mistaken.value());
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!children.load(mistaken.value()));
    QCOMPARE(count(u"SELECT count(*) FROM guardians WHERE child_id = %1"_s.arg(mistaken.value())), 0);
    QCOMPARE(count(u"SELECT count(*) FROM children"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM guardians"_s), 2);

    // Without attendance an enrolled child goes with her placements.
    const Result<qint64> second = children.add(
        [] {
            ChildRecord c = enrolledGirl();
            c.idNumber.clear();
            return c;
        }(),
        Placement {m_classB, CareType::FullDay, QDate(2026, 9, 1), {}});
    QVERIFY(second);
    QVERIFY(children.remove(second.value()));
    QCOMPARE(count(u"SELECT count(*) FROM placements WHERE child_id = %1"_s.arg(second.value())), 0);
    QCOMPARE(count(u"SELECT count(*) FROM placements"_s), 1);
}

void TestChildRepository::findByIdNumber()
{
    ChildRepository children(*m_t->db);
    const qint64 girlId = addGirl();
    ChildRecord noNumber = waitingBoy();
    noNumber.idNumber.clear();
    const Result<qint64> boy = children.add(waitingBoy(), std::nullopt);
    const Result<qint64> unnumbered = children.add(noNumber, std::nullopt);
    QVERIFY(boy && unnumbered);

    const auto found = [&](const QString& idNumber) {
        const Result<std::optional<qint64>> id = children.findByIdNumber(idNumber);
        return id ? id->value_or(0) : -1;
    };
    QCOMPARE(found(u"140402202503151523"_s), girlId);
    QCOMPARE(found(u"140402202406200311"_s), boy.value());
    QCOMPARE(found(u"140402202501012044"_s), 0);
    // A child without a number is not found by an empty one.
    QCOMPARE(found(QString()), 0);
}

void TestChildRepository::updateChangesDetailsButNotEnrolment()
{
    ChildRepository children(*m_t->db);
    const qint64 id = addGirl();
    QVERIFY(children.changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt));
    const QStringList placements = history(id);

    ChildRecord edited = children.load(id).value();
    edited.name = u"李晓雨"_s;
    edited.allergies = u"花生"_s;
    edited.notes = u"午睡需要小毯子"_s;
    edited.vaccinationChecked = true;
    edited.guardians = {Guardian {u"李奶奶"_s, u"祖母"_s, u"13500002222"_s, {}, true, false, false},
                        Guardian {u"李明"_s, u"父亲"_s, u"13812345679"_s, {}, true, true, true}};
    // Dates that only the placement calls may change.
    edited.enrolledOn = QDate(2026, 1, 5);
    edited.withdrawnOn = QDate(2026, 12, 31);
    const Status updated = children.update(edited);
    QVERIFY2(updated, qPrintable(updated.error()));

    const ChildRecord now = children.load(id).value();
    QCOMPARE(now.name, u"李晓雨"_s);
    QCOMPARE(now.allergies, u"花生"_s);
    QCOMPARE(now.notes, u"午睡需要小毯子"_s);
    QVERIFY(now.vaccinationChecked);
    QCOMPARE(now.guardians, edited.guardians);
    QCOMPARE(now.enrolledOn, QDate(2026, 9, 1));
    QVERIFY(!now.withdrawnOn.isValid());
    QCOMPARE(history(id), placements);

    // Nor does an edit of a child who left bring her back.
    QVERIFY(children.withdraw(id, QDate(2026, 11, 10)));
    ChildRecord again = children.load(id).value();
    again.withdrawnOn = {};
    again.notes.clear();
    QVERIFY(children.update(again));
    QCOMPARE(children.load(id)->withdrawnOn, QDate(2026, 11, 10));
    QCOMPARE(children.load(id)->notes, QString());

    ChildRecord missing = enrolledGirl();
    missing.id = 999;
    missing.idNumber.clear(); // with the number, the update would be refused as a duplicate first
    QCOMPARE(children.update(missing).error(), u"There is no child with number 999."_s);
}

void TestChildRepository::caregiverWritesNothing_data()
{
    QTest::addColumn<QString>("operation");
    for (const char* operation : {"add child", "add waiting child", "update child", "enrol", "move class", "withdraw",
                                  "remove child", "restore child", "add class", "update class", "remove class",
                                  "restore class", "add staff", "update staff", "remove staff", "restore staff"})
        QTest::newRow(operation) << QString::fromLatin1(operation);
}

void TestChildRepository::caregiverWritesNothing()
{
    QFETCH(QString, operation);
    Database& db = *m_t->db;
    const qint64 child = addGirl();
    const Result<qint64> waiting = ChildRepository(db).add(
        [] {
            ChildRecord c = waitingBoy();
            c.consentBy = u"张伟"_s;
            c.consentOn = QDate(2026, 11, 25);
            return c;
        }(),
        std::nullopt);
    const Result<qint64> staffId = StaffRepository(db).add(certifiedCaregiver());
    const Result<qint64> spareClass = ClassRepository(db).add({0, u"托大一班"_s, ClassType::OlderToddler, 20, {}, {}});
    QVERIFY(child > 0 && waiting && staffId && spareClass);
    const ChildSnapshot snapshot = ChildRepository(db).snapshot(child).value();
    const ClassRecord classRecord = ClassRepository(db).load(m_classA).value();
    const StaffRecord staffRecord = StaffRepository(db).load(staffId.value()).value();

    const QHash<QString, std::function<Status()>> operations = {
        {u"add child"_s,
         [&] {
             ChildRecord c = enrolledGirl();
             c.idNumber.clear();
             return asStatus(
                 ChildRepository(db).add(c, Placement {m_classA, CareType::FullDay, QDate(2026, 9, 1), {}}));
         }},
        {u"add waiting child"_s,
         [&] {
             ChildRecord c = waitingBoy();
             c.idNumber.clear();
             return asStatus(ChildRepository(db).add(c, std::nullopt));
         }},
        {u"update child"_s,
         [&] {
             ChildRecord c = snapshot.record;
             c.notes = u"caregiver's note"_s;
             return ChildRepository(db).update(c);
         }},
        {u"enrol"_s,
         [&] {
             return ChildRepository(db).enrol(waiting.value(), {m_classB, CareType::FullDay, QDate(2026, 12, 1), {}});
         }},
        {u"move class"_s,
         [&] { return ChildRepository(db).changePlacement(child, QDate(2026, 11, 2), m_classB, std::nullopt); }},
        {u"withdraw"_s, [&] { return ChildRepository(db).withdraw(child, QDate(2026, 11, 10)); }},
        {u"remove child"_s, [&] { return ChildRepository(db).remove(waiting.value()); }},
        {u"restore child"_s,
         [&] {
             ChildSnapshot s = snapshot;
             s.record.name = u"改名"_s;
             return ChildRepository(db).restore(s);
         }},
        {u"add class"_s,
         [&] {
             return asStatus(ClassRepository(db).add({0, u"托大二班"_s, ClassType::OlderToddler, 20, {}, {}}));
         }},
        {u"update class"_s,
         [&] {
             ClassRecord c = classRecord;
             c.capacity = 12;
             return ClassRepository(db).update(c);
         }},
        {u"remove class"_s, [&] { return ClassRepository(db).remove(spareClass.value()); }},
        {u"restore class"_s,
         [&] {
             ClassRecord c = classRecord;
             c.room = u"201"_s;
             return ClassRepository(db).restore(c);
         }},
        {u"add staff"_s,
         [&] {
             StaffRecord s = certifiedCaregiver();
             s.idNumber.clear();
             return asStatus(StaffRepository(db).add(s));
         }},
        {u"update staff"_s,
         [&] {
             StaffRecord s = staffRecord;
             s.phone = u"13900000000"_s;
             return StaffRepository(db).update(s);
         }},
        {u"remove staff"_s, [&] { return StaffRepository(db).remove(staffId.value()); }},
        {u"restore staff"_s,
         [&] {
             StaffRecord s = staffRecord;
             s.leftOn = QDate(2026, 11, 30);
             return StaffRepository(db).restore(s);
         }},
    };
    QVERIFY(operations.contains(operation));
    // Each operation is allowed to the director, so a refusal below is the role's, not the data's.
    // The trial is rolled back.
    Status allowed;
    const QString beforeTrial = contents();
    db.transaction([&] {
        allowed = operations.value(operation)();
        return Status::failure(u"trial only"_s);
    });
    QVERIFY2(allowed, qPrintable(allowed.error()));
    QCOMPARE(contents(), beforeTrial);

    const QString stored = contents();
    db.setActor(caregiverActor({m_classA}));
    const Status refused = operations.value(operation)();
    db.setActor(Actor::systemActor());
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"wangfang (Caregiver) may not"_s), qPrintable(refused.error()));
    QCOMPARE(contents(), stored);
}

QTEST_GUILESS_MAIN(TestChildRepository)
#include "tst_childrepository.moc"
