#pragma once

#include "common/Month.h"
#include "common/Result.h"
#include "reports/SignedExport.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// A team's month sent to its county center: the team, the month's summary and its visit records, signed with the
// team's key as a JWS of type daycaredesk-outreach+json (REPORT_FORMAT.md). Records carry what the county needs to
// count coverage and follow referrals (the child's ID number when known, birth month, sex, village, topics,
// measurements, the referral) and nothing more: no names, addresses, phones, guardians, special needs, advice or
// member names. Revisions follow the monthly report's rule: a changed month makes the next revision.
class OutreachReport
{
    Q_DECLARE_TR_FUNCTIONS(OutreachReport)

public:
    // The payload's content without its envelope: deterministic for the same database. Needs RecordOutreach.
    static Result<QJsonObject> content(Database& db, Month month);
    // Writes <credit code>_<YYYY-MM>_r<revision>.ddreport.json and its workbook (.xlsx) into directory; the
    // passphrase unlocks the team's signing key (Permission::ExportReports). A month after the current one is
    // refused; the current month may be sent and sent again as it fills.
    static Result<ExportedReport> exportMonth(Database& db, Month month, const QString& passphrase,
                                              const QString& directory);
};
