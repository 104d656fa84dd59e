#pragma once

#include "BillingFixtures.h"
#include "RosterFiles.h"

// The children and earlier claims the subsidy claim tests share.

// Enrols a girl born on `birth` in the class from `enrolledOn` in this care type, with an ID number made from her
// birth date and `sequence` (even: a girl's) unless withoutId; 0 (with a warning) on failure.
inline qint64 enrolForClaim(Database& db, const QString& name, qint64 classId, QDate birth, int sequence,
                            CareType careType = CareType::FullDay, QDate enrolledOn = QDate(2026, 9, 1),
                            bool withoutId = false)
{
    ChildRecord c = enrolledGirl();
    c.name = name;
    c.birthDate = birth;
    c.idNumber = withoutId ? QString() : idNumberFor(birth, sequence);
    c.enrolledOn = enrolledOn;
    const Result<qint64> id = ChildRepository(db).add(c, Placement {classId, careType, enrolledOn, {}});
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

// Records the child as claimed in the first `months` months of 2026 through submitted batches written directly,
// as if those months had been claimed; false (with a warning) on failure.
inline bool recordClaimedMonths(Database& db, qint64 childId, int months)
{
    QSqlQuery batch(db.connection());
    batch.prepare(QStringLiteral("INSERT INTO claim_batches (month, version, status, created_at, created_by) "
                                 "VALUES (?, 1, 'submitted', '2026-01-01T09:00:00', 'test')"));
    QSqlQuery row(db.connection());
    row.prepare(QStringLiteral(
        "INSERT INTO claim_rows (batch_id, position, child_id, name, claimable, care_days, attended_days, "
        "needed_days, claimed_months, age_months, fee_standard, reduction, fee_charged, rate, amount) "
        "VALUES (?, 0, ?, '', 1, 21, 21, 11, 0, 20, 0, 0, 0, 50000, 50000)"));
    for (int m = 1; m <= months; ++m) {
        Status s = Sql::exec(batch, {Month(2026, m).toString()});
        if (s)
            s = Sql::exec(row, {batch.lastInsertId(), childId});
        if (!s) {
            qWarning().noquote() << s.error();
            return false;
        }
    }
    return true;
}

// Changes the institution's type, inclusive recognition date and approved inclusive places, as the director
// would, whoever is acting; false (with a warning) on failure.
inline bool setInstitution(Database& db, InstitutionType type, QDate inclusiveFrom, int inclusivePlaces = 60)
{
    const Result<std::optional<InstitutionProfile>> loaded = InstitutionRepository(db).load();
    if (!loaded || !loaded.value()) {
        qWarning() << "no institution profile";
        return false;
    }
    InstitutionProfile p = *loaded.value();
    p.type = type;
    p.inclusiveFrom = inclusiveFrom;
    p.inclusivePlaces = inclusivePlaces;
    const Actor acting = db.actor();
    db.setActor(actorWithRole(Role::Director));
    const Result<FieldErrors> saved = InstitutionRepository(db).save(p);
    db.setActor(acting);
    if (!saved)
        qWarning().noquote() << saved.error();
    else
        for (const FieldError& e : saved.value())
            qWarning().noquote() << e.field << e.message;
    return saved && saved->isEmpty();
}
