#pragma once

#include "ClaimFixtures.h"
#include "LoggedIn.h"
#include "billing/MonthClose.h"
#include "reports/InstitutionKeys.h"

// What the report tests start from.

// The billing tests' institution on 2026-12-01 with 王一 (托大班, born 2024-06-10, a second child) present every
// care day of November, November closed, the signing key made with this passphrase (key: what was made), and the
// finance clerk acting. Null (with a warning) when it could not be made.
inline std::unique_ptr<TempDatabase> closedNovemberWithKey(const QString& passphrase, KeyInfo& key)
{
    qint64 young = 0;
    qint64 older = 0;
    auto t = billingDatabase(young, older);
    if (!t)
        return nullptr;
    Database& db = *t->db;
    const Month november(2026, 11);
    const qint64 wang = enrolForClaim(db, QStringLiteral("王一"), older, QDate(2024, 6, 10), 2);
    if (!wang || !recordWholeMonth(db, wang, november))
        return nullptr;
    if (const Result<int> closed = MonthClose::close(db, november, false); !closed) {
        qWarning().noquote() << closed.error();
        return nullptr;
    }
    const Result<KeyInfo> made = InstitutionKeys(db).create(passphrase);
    if (!made) {
        qWarning().noquote() << made.error();
        return nullptr;
    }
    key = made.value();
    db.setActor(actorWithRole(Role::Finance));
    return t;
}

// The widget tests' demo institution with two months of history up to 2026-11-19, October closed and November
// open, the director logged in. Null (with a warning) when it could not be made.
inline std::unique_ptr<TempDatabase> demoWithClosedOctober()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    auto t = std::make_unique<TempDatabase>();
    if (!t->open())
        return nullptr;
    if (const Result<DemoData::Summary> made = DemoData::generate(*t->db, {20, 2, 1}); !made) {
        qWarning().noquote() << made.error();
        return nullptr;
    }
    if (!logInAs(*t->db, DemoData::DemoUser, DemoData::DemoPassword))
        return nullptr;
    return t;
}
