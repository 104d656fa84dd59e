#pragma once

#include "ReportRevisions.h"
#include "SignedExport.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class Database;

// Where a closed month stands with the county.
enum class ReportState
{
    NotExported, // closed, never reported
    Exported, // the latest revision reports the month as it is
    ClosedAgain, // reopened and closed again since the latest revision: the next export is a new revision
    Changed, // the figures differ from the latest revision's (a correction after export)
    Reopened, // reported once, open again now: it is reported again after it is closed
};

struct MonthReport
{
    Month month;
    ReportState state = ReportState::NotExported;
    QList<ReportRevision> revisions; // oldest first
};

// The monthly reports an institution sends its county: which months stand where, and exporting a month as a
// signed report file with its companion workbook. A month is reported once it is closed; reopening and closing it
// again, or any change to what it reports, makes the next export a new revision that names the previous file's
// hash. An export of an unchanged month writes the stored files again, byte for byte.
class MonthlyReports
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReports)

public:
    // Every closed month and every reported month, newest first. Needs Permission::ExportReports.
    static Result<QList<MonthReport>> overview(Database& db);
    // Writes <credit code>_<YYYY-MM>_r<revision>.ddreport.json and the .xlsx beside it into directory. The
    // passphrase unlocks the institution's current signing key.
    static Result<ExportedReport> exportMonth(Database& db, Month month, const QString& passphrase,
                                              const QString& directory);

    static QString fileName(const QString& creditCode, Month month, int revision);
    static QString stateKey(ReportState state);
    static QString stateLabel(ReportState state);
};
