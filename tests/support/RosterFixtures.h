#pragma once

#include "TempDatabase.h"
#include "common/Clock.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "roster/RosterRecords.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <memory>

// The children, classes and people the roster tests share, so each test file states only what it changes.

// A girl enrolled on 2026-09-01 with her parents' consent recorded and two guardians: valid as she is.
inline ChildRecord enrolledGirl()
{
    ChildRecord c;
    c.name = QStringLiteral("李小雨");
    c.gender = Gender::Female;
    c.birthDate = QDate(2025, 3, 15);
    c.idNumber = QStringLiteral("140402202503151523");
    c.birthOrder = 2;
    c.enrolledOn = QDate(2026, 9, 1);
    c.consentBy = QStringLiteral("李明");
    c.consentOn = QDate(2026, 8, 20);
    c.consentVersion = QStringLiteral("2025-01");
    c.guardians = {
        Guardian {QStringLiteral("李明"), QStringLiteral("父亲"), QStringLiteral("13812345678"), {}, true, true, true},
        Guardian {
            QStringLiteral("王丽"), QStringLiteral("母亲"), QStringLiteral("13998765432"), {}, true, false, true}};
    return c;
}

// A boy who applied on 2026-10-10 for a place from December, his parents' consent not yet signed.
inline ChildRecord waitingBoy()
{
    ChildRecord c;
    c.name = QStringLiteral("张小宝");
    c.gender = Gender::Male;
    c.birthDate = QDate(2024, 6, 20);
    c.idNumber = QStringLiteral("140402202406200311");
    c.appliedOn = QDate(2026, 10, 10);
    c.wantedMonth = QStringLiteral("2026-12");
    c.guardians = {
        Guardian {QStringLiteral("张伟"), QStringLiteral("父亲"), QStringLiteral("13700001111"), {}, true, true, true}};
    return c;
}

// A caregiver logged in, assigned to these classes: she may see the roster but not change it.
inline Actor caregiverActor(const QList<qint64>& classIds = {})
{
    Actor a;
    a.userId = 7;
    a.name = QStringLiteral("wangfang");
    a.role = Role::Caregiver;
    a.classIds = classIds;
    return a;
}

// Someone logged in with this role, for the checks of what each role may do.
inline Actor actorWithRole(Role role)
{
    Actor a;
    a.userId = 9;
    a.name = QStringLiteral("someone");
    a.role = role;
    return a;
}

// A fresh database on 2026-11-29 10:00 with two young-toddler classes, 小一班 (classA) and 小二班 (classB); the
// program itself is acting. Null (with a warning) when it could not be made.
inline std::unique_ptr<TempDatabase> rosterDatabase(qint64& classA, qint64& classB)
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 29), QTime(10, 0)));
    auto t = std::make_unique<TempDatabase>();
    if (!t->open())
        return nullptr;
    ClassRepository classes(*t->db);
    const Result<qint64> a
        = classes.add({0, QStringLiteral("小一班"), ClassType::YoungToddler, 15, QStringLiteral("101"), {}});
    const Result<qint64> b
        = classes.add({0, QStringLiteral("小二班"), ClassType::YoungToddler, 15, QStringLiteral("102"), {}});
    if (!a || !b) {
        qWarning().noquote() << a.error() << b.error();
        return nullptr;
    }
    classA = a.value();
    classB = b.value();
    return t;
}

// A caregiver with a counting certificate and a health certificate, not yet stored.
inline StaffRecord certifiedCaregiver()
{
    StaffRecord s;
    s.name = QStringLiteral("王芳");
    s.gender = Gender::Female;
    s.role = StaffRole::Caregiver;
    s.phone = QStringLiteral("13912345678");
    s.idNumber = QStringLiteral("140402199005061221");
    s.hiredOn = QDate(2024, 2, 1);
    s.qualifications = {{QStringLiteral("childcare_worker"),
                         QStringLiteral("四级"),
                         QStringLiteral("BY-2023-0042"),
                         QStringLiteral("长治市人社局"),
                         QDate(2023, 6, 1),
                         {}},
                        {QStringLiteral("health_certificate"),
                         {},
                         QStringLiteral("JK-2026-117"),
                         QStringLiteral("潞州区疾控中心"),
                         QDate(2026, 3, 1),
                         QDate(2027, 2, 28)}};
    return s;
}

// "A full_day 2026-09-01..2026-10-14", one line per placement (classes named A and B), so a failure shows the whole
// history.
inline QStringList placementHistory(Database& db, qint64 childId, qint64 classA, qint64 classB)
{
    const Result<QList<Placement>> placements = ChildRepository(db).placements(childId);
    if (!placements)
        return {placements.error()};
    QStringList lines;
    for (const Placement& p : placements.value()) {
        const QString klass = p.classId == classA ? QStringLiteral("A")
            : p.classId == classB                 ? QStringLiteral("B")
                                                  : QStringLiteral("?");
        lines << QStringLiteral("%1 %2 %3..%4")
                     .arg(klass, RosterTypes::key(p.careType), p.from.toString(Qt::ISODate),
                          p.to.isValid() ? p.to.toString(Qt::ISODate) : QStringLiteral("open"));
    }
    return lines;
}

// Every row of every roster table and of the audit trail, to prove a refusal wrote nothing.
inline QString rosterContents(Database& db)
{
    QString all;
    QSqlQuery query(db.connection());
    for (const char* table :
         {"children", "guardians", "placements", "classes", "staff", "staff_classes", "qualifications", "audit_log"}) {
        if (!query.exec(QStringLiteral("SELECT * FROM %1 ORDER BY rowid").arg(QLatin1StringView(table))))
            return Sql::failure(query).error();
        all += QLatin1StringView(table) + u':';
        while (query.next())
            for (int i = 0; i < query.record().count(); ++i)
                all += query.value(i).toString() + u'|';
        all += u'\n';
    }
    return all;
}

// enrolledGirl() stored, full day in the class from 2026-09-01; 0 (with a warning) when refused.
inline qint64 addEnrolledGirl(Database& db, qint64 classId)
{
    const Result<qint64> id
        = ChildRepository(db).add(enrolledGirl(), Placement {classId, CareType::FullDay, QDate(2026, 9, 1), {}});
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}
