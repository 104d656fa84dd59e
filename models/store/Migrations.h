#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>

// The schema's history: step N turns a version N−1 file into version N. Each step runs in its own transaction that
// ends by setting PRAGMA user_version, so a file is always at exactly one version.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)

public:
    static int latestVersion();
    // Brings the file from its current user_version to latestVersion().
    static Status migrate(QSqlDatabase db);
};
