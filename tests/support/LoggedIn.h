#pragma once

#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "roster/ClassRepository.h"
#include "store/Database.h"

#include <QTest>

// Makes the user with this password the database's actor, as the login dialog would; false (with a warning) when
// the password is refused.
inline bool logInAs(Database& db, const QString& name, const QString& password)
{
    const Result<Actor> actor = UserRepository(db).authenticate(name, password);
    if (!actor) {
        qWarning().noquote() << actor.error();
        return false;
    }
    db.setActor(actor.value());
    return true;
}

// Adds a caregiver assigned to the database's first class, acting as the program itself; false on failure.
inline bool addCaregiver(Database& db, const QString& name, const QString& fullName, const QString& password)
{
    const Actor previous = db.actor();
    db.setActor(Actor::systemActor());
    const Result<QList<ClassRecord>> classes = ClassRepository(db).classes();
    QList<qint64> classIds;
    if (classes && !classes->isEmpty())
        classIds << classes->first().id;
    const Result<qint64> added = UserRepository(db).add(name, Role::Caregiver, password, fullName, classIds);
    db.setActor(previous);
    if (!added)
        qWarning().noquote() << added.error();
    return added.ok();
}

// The caregiver every widget test's demo database has.
inline const QString CaregiverName = QStringLiteral("wangfang");
inline const QString CaregiverFullName = QStringLiteral("王芳");
inline const QString CaregiverPassword = QStringLiteral("caregiver-2026");

// What the widget tests start from: the clock at 2026-11-20 09:00, a small demo institution (20 children, one month)
// in a fresh database, and the caregiver above assigned to its first class. The program itself is acting. Null
// (with a warning) when it could not be made.
inline std::unique_ptr<TempDatabase> demoWithCaregiver()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    auto t = std::make_unique<TempDatabase>();
    if (!t->open())
        return nullptr;
    if (const auto made = DemoData::generate(*t->db, {20, 1, 1}); !made) {
        qWarning().noquote() << made.error();
        return nullptr;
    }
    if (!addCaregiver(*t->db, CaregiverName, CaregiverFullName, CaregiverPassword))
        return nullptr;
    return t;
}
