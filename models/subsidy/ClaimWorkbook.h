#pragma once

#include "ClaimBatches.h"
#include "ClaimLine.h"
#include "common/Month.h"
#include "common/Result.h"
#include "common/Sheet.h"
#include "institution/InstitutionProfile.h"
#include "roster/ChildListing.h"

#include <QDate>
#include <QHash>
#include <QList>

class Database;

// What the claim workbook shows: the claim's lines, the institution, and the roster details the lines do not hold.
struct ClaimWorkbookData
{
    Month month;
    InstitutionProfile institution;
    // Which claim it is: "第2版 已申报", or "草稿（未申报）" for a claim built now.
    QString standing;
    // The same as values: the version sent and its status; version 0 and Draft for a claim built now.
    int version = 0;
    ClaimStatus status = ClaimStatus::Draft;
    QList<ClaimLine> lines;
    // By child id: gender, 孩次, first guardian and phone, care type at the end of the month.
    QHash<qint64, ChildListEntry> children;
    // 填表日期.
    QDate filledOn;
};

// The operating subsidy claim of a month as the workbook the county receives (domain.md §8): sheet 申报表 with the
// claimable children under the institution header, a totals row and the signature lines; sheet 不予申报 with the
// children left out and why; sheet 汇总 with counts and amounts by class and care type. Each sheet prints on A4
// landscape, one page wide, its header rows on every page. ID and phone numbers are written whole: the claim goes
// to the county, and only those who manage claims may make it.
class ClaimWorkbook
{
public:
    static QList<Sheet> sheets(const ClaimWorkbookData& data);
    // The month's latest version once it is submitted or further (its frozen lines), else the claim as
    // ClaimBuilder makes it now. Needs Permission::ManageClaims.
    static Result<ClaimWorkbookData> load(Database& db, Month month);
    static Status write(Database& db, Month month, const QString& path);
};
