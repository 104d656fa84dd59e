#pragma once

#include "common/Result.h"

#include <QCoreApplication>

class Database;

// Builds a realistic, repeatable institution for trying DaycareDesk and for tests: a Changzhi day care with
// classes by age, children with valid ID numbers and guardians, qualified staff, months of attendance, and the
// months before this one closed with most of their bills paid.
// The same options on the same day always give the same data.
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    struct Options
    {
        int children = 60;
        int months = 3;
        quint32 seed = 1;
        // Which of the demo institutions (1 to institutionCount): a name, credit code, county and type of its own,
        // so a demo county center has several institutions to receive reports from. The children come from seed.
        int institution = 1;
    };
    static constexpr int institutionCount = 4;

    struct Summary
    {
        int classes = 0;
        int children = 0;
        int staff = 0;
        int attendanceRecords = 0;
    };

    // The director account of every demo database.
    static inline const QString DemoUser = QStringLiteral("admin");
    static inline const QString DemoPassword = QStringLiteral("admin");

    // Fills an empty database in one transaction; refuses a database that already has an institution.
    static Result<Summary> generate(Database& db, const Options& options);
    // The options' problems, each naming the option; empty when they are fine.
    static QString validate(const Options& options);
};
