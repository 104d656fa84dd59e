#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QSqlDatabase>

// What a center reads out of an imported file to add it up and check it: one line per institution the file covers
// (one for an institution's monthly report, one per institution listed in a county center's roll-up) with its
// figures, and the children each line claims the operating subsidy for. Lines are an index of the stored payload,
// rebuilt from it, so they are not in the audit trail; the payload is.
class CenterReportLines
{
public:
    // Inside the caller's transaction. format: the payload's "format" member.
    static Status write(const QSqlDatabase& db, qint64 reportId, const QString& fileSha256, const QJsonObject& payload);
    // The lines of every stored report made again from their payloads (an upgrade of the database).
    static Status rebuildAll(const QSqlDatabase& db);
};
