#pragma once

#include "common/Month.h"
#include "common/Result.h"
#include "reports/SignedExport.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// A county center's month sent to the city: every institution with its status, its figures and the SHA-256 of the
// report it was taken from, the totals, and the cross-institution findings, signed with the center's key as a JWS
// of type daycaredesk-rollup+json (REPORT_FORMAT.md). The city imports it as it imports a provider's report. Its
// revisions follow the same rule as a monthly report's: a changed month makes the next revision. Needs
// Permission::ManageCenter, and a county center's database.
class CenterRollUp
{
    Q_DECLARE_TR_FUNCTIONS(CenterRollUp)

public:
    // The payload's content without its envelope: deterministic for the same database.
    static Result<QJsonObject> content(Database& db, Month month);
    // Writes <credit code>_<YYYY-MM>_r<revision>.ddreport.json and the roll-up workbook (.xlsx) into directory; the
    // passphrase unlocks the center's signing key.
    static Result<ExportedReport> exportMonth(Database& db, Month month, const QString& passphrase,
                                              const QString& directory);
};
