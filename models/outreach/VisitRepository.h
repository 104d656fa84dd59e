#pragma once

#include "Visit.h"
#include "common/FieldError.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

class Database;

// The last value of each measurement taken before a day, with the day it was taken: shown beside the new ones.
struct PreviousMeasurements
{
    Measurements values;
    QDate weightOn;
    QDate lengthOn;
    QDate headOn;
};

// Writes and reads home visits. Every call needs an outreach team's database and Permission::RecordOutreach.
class VisitRepository
{
    Q_DECLARE_TR_FUNCTIONS(VisitRepository)

public:
    explicit VisitRepository(Database& db)
        : m_db(db)
    {
    }

    // Every problem with the visit (VisitValidator, against its child and the team's members), each naming its
    // field; empty when it may be stored.
    Result<FieldErrors> check(Visit& visit) const;
    // Checks, then stores the visit and its visitors in one transaction; the failure lists every problem.
    Result<qint64> add(Visit visit);
    // A visit recorded by mistake.
    Status remove(qint64 visitId);
    // The child's visits, oldest first.
    Result<QList<Visit>> ofChild(qint64 childId) const;
    // The visits of every child of the household, newest first.
    Result<QList<Visit>> ofHousehold(qint64 householdId) const;
    Result<PreviousMeasurements> previousMeasurements(qint64 childId, QDate before) const;
    // The days each child was visited, in one query: what an import checks its rows against.
    Result<QHash<qint64, QList<QDate>>> visitDays() const;

private:
    Result<QList<Visit>> select(const QString& where, const QVariant& value, const QString& order) const;

    Database& m_db;
};
