#pragma once

#include "Household.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

class Database;

// A household on the due list: its next visit day has come, or it has not been seen for too long.
struct DueHousehold
{
    Household household;
    QDate lastVisit; // invalid: never visited
    // The next visit the latest visit planned; for a household never visited, the day it was registered. Invalid
    // when the latest visit planned none.
    QDate nextVisit;
    bool due = false; // nextVisit has come or passed
    bool longUnvisited = false; // last seen (or registered, if never seen) more than UnvisitedMonths ago
    int daysOverdue = 0; // days since nextVisit, when due
};

// The team's plan: which households to visit, by village, for a route sheet.
class OutreachPlan
{
    Q_DECLARE_TR_FUNCTIONS(OutreachPlan)

public:
    // A household not visited for more than this many months is flagged.
    static constexpr int UnvisitedMonths = 3;

    // Open households with a child still under three on `today` that are due or long unvisited, by village, then
    // next visit day (the most overdue first), then registration.
    static Result<QList<DueHousehold>> dueList(Database& db, QDate today);
    // Each visited household's latest visit day, by household id, for the household list; one query.
    static Result<QHash<qint64, QDate>> lastVisits(Database& db);
    // Whether a household last seen (or registered) on `since` is long unvisited on `today`: more than
    // UnvisitedMonths calendar months have passed.
    static bool isLongUnvisited(QDate since, QDate today);
};
