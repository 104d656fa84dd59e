// Undo and redo of roster edits: each step writes back exactly the state the edit found or left (details,
// guardians, the whole placement history), a step that cannot be written says why and changes nothing, and the audit
// trail, which records undo and redo like any other change, still verifies.

#include "RosterFixtures.h"
#include "access/AuditLog.h"
#include "attendance/AttendanceRepository.h"
#include "common/Clock.h"
#include "roster/ClassRepository.h"
#include "roster/RosterUndo.h"
#include "roster/StaffRepository.h"
#include "store/Sql.h"

#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace {

// The shared girl with every other field filled in too, so a field undo forgot would show.
ChildRecord girl()
{
    ChildRecord c = enrolledGirl();
    c.hukou = u"山西省长治市潞州区"_s;
    c.allergies = u"鸡蛋"_s;
    c.admissionCheckDate = QDate(2026, 8, 25);
    c.vaccinationChecked = true;
    c.insured = true;
    c.guardians[0].idNumber = u"140402199005061213"_s;
    c.guardians << Guardian {u"李奶奶"_s, u"祖母"_s, u"13500002222"_s, {}, true, false, false};
    return c;
}

QString date(QDate d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : u"-"_s;
}

// Every stored field of the child, one line each, so two snapshots compare field by field with a readable failure.
QStringList describe(const ChildSnapshot& s)
{
    const ChildRecord& c = s.record;
    QStringList lines = {u"id %1"_s.arg(c.id),
                         u"name %1"_s.arg(c.name),
                         u"gender %1"_s.arg(int(c.gender)),
                         u"born %1"_s.arg(date(c.birthDate)),
                         u"id_number %1"_s.arg(c.idNumber),
                         u"order %1"_s.arg(c.birthOrder),
                         u"hukou %1"_s.arg(c.hukou),
                         u"allergies %1"_s.arg(c.allergies),
                         u"notes %1"_s.arg(c.notes),
                         u"check %1 vaccination %2"_s.arg(date(c.admissionCheckDate)).arg(int(c.vaccinationChecked)),
                         u"consent %1 %2 %3"_s.arg(c.consentBy, date(c.consentOn), c.consentVersion),
                         u"insured %1"_s.arg(int(c.insured)),
                         u"enrolled %1 withdrawn %2"_s.arg(date(c.enrolledOn), date(c.withdrawnOn)),
                         u"applied %1 wants %2"_s.arg(date(c.appliedOn), c.wantedMonth)};
    for (const Guardian& g : c.guardians)
        lines << u"guardian %1 %2 %3 %4 %5%6%7"_s.arg(g.name, g.relation, g.phone, g.idNumber)
                     .arg(int(g.mayPickUp))
                     .arg(int(g.primary))
                     .arg(int(g.isGuardian));
    for (const Placement& p : s.placements)
        lines << u"placement %1 %2 %3..%4"_s.arg(QString::number(p.classId), RosterTypes::key(p.careType), date(p.from),
                                                 date(p.to));
    return lines;
}

QStringList describe(const ClassRecord& c)
{
    QStringList lines = {u"%1 %2 %3 %4 %5"_s.arg(QString::number(c.id), c.name, RosterTypes::key(c.type),
                                                 QString::number(c.capacity), c.room)};
    for (qint64 staffId : c.staffIds)
        lines << u"staff %1"_s.arg(staffId);
    return lines;
}

QStringList describe(const StaffRecord& s)
{
    QStringList lines
        = {u"%1 %2 %3 %4"_s.arg(QString::number(s.id), s.name, RosterTypes::key(s.role), s.phone),
           u"%1 full-time %2 %3..%4"_s.arg(s.idNumber).arg(int(s.fullTime)).arg(date(s.hiredOn), date(s.leftOn))};
    for (qint64 classId : s.classIds)
        lines << u"class %1"_s.arg(classId);
    for (const Qualification& q : s.qualifications)
        lines << u"qualification %1 %2 %3 %4 %5..%6"_s.arg(q.typeCode, q.level, q.number, q.issuer, date(q.issuedOn),
                                                           date(q.expiresOn));
    return lines;
}

template<typename T> Result<qint64> idOr(const Status& status, T id)
{
    return status ? Result<qint64>(id) : Result<qint64>::failure(status.error());
}

} // namespace

class TestRosterUndo : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void addChildUndoRedo();
    void moveClassUndoRedo();
    void editDetailsUndoRedo();
    void withdrawUndoRedo();
    void removeChildUndoRedo();
    void classAddAndEditUndoRedo();
    void staffEditUndoRedo();
    void failedEditPushesNothing();
    void undoThatCannotBeWrittenChangesNothing();

private:
    Result<qint64> perform(const QString& text, RosterState::Kind kind, qint64 id, const RosterUndo::Edit& edit);
    QStringList child(qint64 id) const;
    qint64 addGirl();
    qint64 auditRows() const;
    void verifyAuditTrail();

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<QUndoStack> m_stack;
    QStringList m_failures;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
};

void TestRosterUndo::init()
{
    m_t = rosterDatabase(m_classA, m_classB);
    QVERIFY(m_t);
    m_stack = std::make_unique<QUndoStack>();
    m_failures.clear();
}

void TestRosterUndo::cleanup()
{
    m_stack.reset();
    m_t.reset();
    Clock::setFixed({});
}

Result<qint64> TestRosterUndo::perform(const QString& text, RosterState::Kind kind, qint64 id,
                                       const RosterUndo::Edit& edit)
{
    return RosterUndo::perform(*m_stack, *m_t->db, text, kind, id, edit,
                               [this](const QString& message) { m_failures << message; });
}

QStringList TestRosterUndo::child(qint64 id) const
{
    const Result<ChildSnapshot> s = ChildRepository(*m_t->db).snapshot(id);
    return s ? describe(s.value()) : QStringList {s.error()};
}

qint64 TestRosterUndo::addGirl()
{
    return ChildRepository(*m_t->db)
        .add(girl(), Placement {m_classA, CareType::FullDay, QDate(2026, 9, 1), {}})
        .value_or(0);
}

qint64 TestRosterUndo::auditRows() const
{
    return Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM audit_log"_s).toLongLong();
}

void TestRosterUndo::verifyAuditTrail()
{
    const Result<AuditTrail::Verdict> verdict = AuditLog::verify(*m_t->db);
    QVERIFY2(verdict, qPrintable(verdict.error()));
    QVERIFY2(verdict->intact, qPrintable(verdict->message));
    QCOMPARE(qint64(verdict->rowsChecked), auditRows());
}

void TestRosterUndo::addChildUndoRedo()
{
    ChildRepository children(*m_t->db);
    const Result<qint64> added = perform(u"Add 李小雨"_s, RosterState::Kind::Child, 0, [&] {
        return children.add(girl(), Placement {m_classA, CareType::FullDay, QDate(2026, 9, 1), {}});
    });
    QVERIFY2(added, qPrintable(added.error()));
    const qint64 id = added.value();
    const QStringList stored = child(id);
    QCOMPARE(stored.filter(u"guardian "_s).size(), 3);
    QCOMPARE(stored.filter(u"placement "_s), QStringList {u"placement %1 full_day 2026-09-01..-"_s.arg(m_classA)});
    QCOMPARE(m_stack->count(), 1);
    QCOMPARE(m_stack->undoText(), u"Add 李小雨"_s);

    const qint64 rows = auditRows();
    m_stack->undo();
    QCOMPARE(child(id), QStringList {u"There is no child with number %1."_s.arg(id)});
    QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM guardians"_s).toInt(), 0);
    QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM placements"_s).toInt(), 0);
    QVERIFY(auditRows() > rows); // the undo is in the trail too
    verifyAuditTrail();

    m_stack->redo();
    QCOMPARE(child(id), stored);
    QCOMPARE(ChildRepository(*m_t->db).findByIdNumber(u"140402202503151523"_s)->value_or(0), id);
    QCOMPARE(m_failures, QStringList());
    verifyAuditTrail();

    // Back and forth once more: the command can be replayed.
    m_stack->undo();
    m_stack->redo();
    QCOMPARE(child(id), stored);
    QCOMPARE(m_failures, QStringList());
}

void TestRosterUndo::moveClassUndoRedo()
{
    ChildRepository children(*m_t->db);
    const qint64 id = addGirl();
    QVERIFY(children.changePlacement(id, QDate(2026, 10, 1), std::nullopt, CareType::HalfDay));
    QVERIFY(children.changePlacement(id, QDate(2026, 11, 20), std::nullopt, CareType::FullDay));
    const QStringList before = child(id);
    QCOMPARE(before.filter(u"placement "_s).size(), 3);

    const Result<qint64> moved = perform(u"Move 李小雨 to 小二班"_s, RosterState::Kind::Child, id, [&] {
        return idOr(children.changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt), id);
    });
    QVERIFY2(moved, qPrintable(moved.error()));
    const QStringList after = child(id);
    QCOMPARE(after.filter(u"placement "_s),
             QStringList({u"placement %1 full_day 2026-09-01..2026-09-30"_s.arg(m_classA),
                          u"placement %1 half_day 2026-10-01..2026-10-14"_s.arg(m_classA),
                          u"placement %1 half_day 2026-10-15..2026-11-19"_s.arg(m_classB),
                          u"placement %1 full_day 2026-11-20..-"_s.arg(m_classA)}));

    m_stack->undo();
    QCOMPARE(child(id), before);
    verifyAuditTrail();
    m_stack->redo();
    QCOMPARE(child(id), after);
    verifyAuditTrail();
    QCOMPARE(m_failures, QStringList());
}

void TestRosterUndo::editDetailsUndoRedo()
{
    ChildRepository children(*m_t->db);
    const qint64 id = addGirl();
    const QStringList before = child(id);
    ChildRecord edited = children.load(id).value();
    edited.name = u"李晓雨"_s;
    edited.allergies.clear();
    edited.notes = u"午睡需要小毯子"_s;
    edited.insured = false;
    edited.guardians.removeLast();
    edited.guardians[1].phone = u"13998765433"_s;

    const Result<qint64> saved
        = perform(u"Edit 李晓雨"_s, RosterState::Kind::Child, id, [&] { return idOr(children.update(edited), id); });
    QVERIFY2(saved, qPrintable(saved.error()));
    const QStringList after = child(id);
    QVERIFY(after.contains(u"name 李晓雨"_s));
    QCOMPARE(after.filter(u"guardian "_s).size(), 2);

    m_stack->undo();
    QCOMPARE(child(id), before);
    m_stack->redo();
    QCOMPARE(child(id), after);
    verifyAuditTrail();
    QCOMPARE(m_failures, QStringList());
}

void TestRosterUndo::withdrawUndoRedo()
{
    ChildRepository children(*m_t->db);
    const qint64 id = addGirl();
    QVERIFY(children.changePlacement(id, QDate(2026, 10, 15), m_classB, std::nullopt));
    // A move planned for December, which leaving in November cancels.
    QVERIFY(children.changePlacement(id, QDate(2026, 12, 1), m_classA, std::nullopt));
    const QStringList before = child(id);

    const Result<qint64> left = perform(u"李小雨 leaves care"_s, RosterState::Kind::Child, id,
                                        [&] { return idOr(children.withdraw(id, QDate(2026, 11, 10)), id); });
    QVERIFY2(left, qPrintable(left.error()));
    const QStringList after = child(id);
    QVERIFY(after.contains(u"enrolled 2026-09-01 withdrawn 2026-11-10"_s));
    QCOMPARE(after.filter(u"placement "_s).size(), 2);

    m_stack->undo();
    QCOMPARE(child(id), before);
    QVERIFY(!children.load(id)->withdrawnOn.isValid());
    QCOMPARE(children.placements(id)->size(), 3);
    m_stack->redo();
    QCOMPARE(child(id), after);
    verifyAuditTrail();
    QCOMPARE(m_failures, QStringList());
}

void TestRosterUndo::removeChildUndoRedo()
{
    ChildRepository children(*m_t->db);
    const qint64 id = addGirl();
    QVERIFY(children.changePlacement(id, QDate(2026, 10, 15), m_classB, CareType::HalfDay));
    const QStringList before = child(id);

    const Result<qint64> removed
        = perform(u"Remove 李小雨"_s, RosterState::Kind::Child, id, [&] { return idOr(children.remove(id), id); });
    QVERIFY2(removed, qPrintable(removed.error()));
    QVERIFY(!children.load(id));

    m_stack->undo();
    QCOMPARE(child(id), before);
    m_stack->redo();
    QVERIFY(!children.load(id));
    QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM placements"_s).toInt(), 0);
    verifyAuditTrail();
    QCOMPARE(m_failures, QStringList());
}

void TestRosterUndo::classAddAndEditUndoRedo()
{
    ClassRepository classes(*m_t->db);
    StaffRecord s;
    s.name = u"王芳"_s;
    s.hiredOn = QDate(2024, 2, 1);
    const qint64 staffId = StaffRepository(*m_t->db).add(s).value_or(0);
    QVERIFY(staffId > 0);

    const Result<qint64> added = perform(u"Add 托大一班"_s, RosterState::Kind::Class, 0, [&] {
        return classes.add({0, u"托大一班"_s, ClassType::OlderToddler, 20, u"103"_s, {staffId}});
    });
    QVERIFY2(added, qPrintable(added.error()));
    const qint64 id = added.value();
    const QStringList made = describe(classes.load(id).value());
    QCOMPARE(made, QStringList({u"%1 托大一班 older 20 103"_s.arg(id), u"staff %1"_s.arg(staffId)}));

    ClassRecord edited = classes.load(id).value();
    edited.name = u"托大甲班"_s;
    edited.type = ClassType::Mixed;
    edited.capacity = 18;
    edited.room = u"201"_s;
    edited.staffIds.clear();
    QVERIFY(
        perform(u"Edit 托大甲班"_s, RosterState::Kind::Class, id, [&] { return idOr(classes.update(edited), id); }));
    const QStringList after = describe(classes.load(id).value());
    QCOMPARE(after, QStringList {u"%1 托大甲班 mixed 18 201"_s.arg(id)});

    m_stack->undo();
    QCOMPARE(describe(classes.load(id).value()), made);
    m_stack->undo();
    QCOMPARE(classes.load(id).error(), u"There is no class with number %1."_s.arg(id));
    QCOMPARE(classes.classes()->size(), 2);
    m_stack->redo();
    QCOMPARE(describe(classes.load(id).value()), made);
    m_stack->redo();
    QCOMPARE(describe(classes.load(id).value()), after);
    verifyAuditTrail();
    QCOMPARE(m_failures, QStringList());
}

void TestRosterUndo::staffEditUndoRedo()
{
    StaffRepository staff(*m_t->db);
    StaffRecord s;
    s.name = u"王芳"_s;
    s.role = StaffRole::Caregiver;
    s.phone = u"13912345678"_s;
    s.idNumber = u"140402199005061221"_s;
    s.hiredOn = QDate(2024, 2, 1);
    s.classIds = {m_classA};
    s.qualifications
        = {{u"childcare_worker"_s, u"四级"_s, u"BY-2023-0042"_s, u"长治市人社局"_s, QDate(2023, 6, 1), {}},
           {u"health_certificate"_s, {}, u"JK-2025-117"_s, u"潞州区疾控中心"_s, QDate(2025, 3, 1), QDate(2026, 2, 28)}};
    const qint64 id = staff.add(s).value_or(0);
    QVERIFY(id > 0);
    const QStringList before = describe(staff.load(id).value());
    QCOMPARE(before.size(), 5);

    StaffRecord edited = staff.load(id).value();
    edited.phone = u"13912345679"_s;
    edited.role = StaffRole::Head;
    edited.classIds = {m_classB};
    edited.qualifications[1]
        = {u"health_certificate"_s, {}, u"JK-2026-203"_s, u"潞州区疾控中心"_s, QDate(2026, 3, 1), QDate(2027, 2, 28)};
    edited.leftOn = QDate(2026, 12, 31);
    QVERIFY(perform(u"Edit 王芳"_s, RosterState::Kind::Staff, id, [&] { return idOr(staff.update(edited), id); }));
    const QStringList after = describe(staff.load(id).value());
    QVERIFY(after.contains(u"class %1"_s.arg(m_classB)));
    QVERIFY(after.contains(u"140402199005061221 full-time 1 2024-02-01..2026-12-31"_s));

    m_stack->undo();
    QCOMPARE(describe(staff.load(id).value()), before);
    QCOMPARE(ClassRepository(*m_t->db).load(m_classA)->staffIds, QList<qint64> {id});
    QCOMPARE(ClassRepository(*m_t->db).load(m_classB)->staffIds, QList<qint64>());
    m_stack->redo();
    QCOMPARE(describe(staff.load(id).value()), after);
    verifyAuditTrail();
    QCOMPARE(m_failures, QStringList());
}

void TestRosterUndo::failedEditPushesNothing()
{
    ChildRepository children(*m_t->db);
    const qint64 id = addGirl();
    const Result<qint64> refused = perform(u"Move"_s, RosterState::Kind::Child, id, [&] {
        return idOr(children.changePlacement(id, QDate(2026, 8, 1), m_classB, std::nullopt), id);
    });
    QVERIFY(!refused);
    QCOMPARE(refused.error(), u"The change must take effect on or after the enrolment date 2026-09-01."_s);
    QCOMPARE(m_stack->count(), 0);

    // Nor does an edit the actor may not make.
    m_t->db->setActor(caregiverActor());
    const Result<qint64> notAllowed = perform(u"Leaves"_s, RosterState::Kind::Child, id,
                                              [&] { return idOr(children.withdraw(id, QDate(2026, 11, 10)), id); });
    m_t->db->setActor(Actor::systemActor());
    QVERIFY(!notAllowed);
    QVERIFY2(notAllowed.error().contains(u"may not"_s), qPrintable(notAllowed.error()));
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!children.load(id)->withdrawnOn.isValid());
}

void TestRosterUndo::undoThatCannotBeWrittenChangesNothing()
{
    ChildRepository children(*m_t->db);
    const Result<qint64> added = perform(u"Add 李小雨"_s, RosterState::Kind::Child, 0, [&] {
        return children.add(girl(), Placement {m_classA, CareType::FullDay, QDate(2026, 9, 1), {}});
    });
    QVERIFY(added);
    const qint64 id = added.value();
    AttendanceRecord day;
    day.childId = id;
    day.day = QDate(2026, 11, 2);
    QVERIFY(AttendanceRepository(*m_t->db).save({day}));
    const QStringList stored = child(id);
    const qint64 rows = auditRows();

    m_stack->undo();
    QCOMPARE(m_failures.size(), 1);
    QVERIFY2(m_failures.first().startsWith(u"This child has 1 attendance record"_s), qPrintable(m_failures.first()));
    QCOMPARE(child(id), stored);
    QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM attendance"_s).toInt(), 1);
    QCOMPARE(auditRows(), rows);
    // The step that failed is dropped: the history no longer matches the data.
    QCOMPARE(m_stack->count(), 0);
    QVERIFY(!m_stack->canUndo());
    QVERIFY(!m_stack->canRedo());
    verifyAuditTrail();
}

QTEST_GUILESS_MAIN(TestRosterUndo)
#include "tst_rosterundo.moc"
