#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// One file offered to the center, as the import log keeps it.
struct ImportLogLine
{
    qint64 id = 0;
    QDateTime at;
    QString userName;
    QString fileName;
    QString sha256;
    QString verdict; // CenterImport::key of the verdict
    QString reason;
};

// The center's import log. Needs Permission::ManageCenter.
class CenterImportLog
{
public:
    // Newest first, at most limit lines.
    static Result<QList<ImportLogLine>> recent(Database& db, int limit = 1000);
};
