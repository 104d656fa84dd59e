#pragma once

#include "MonthlyReportContent.h"
#include "common/Result.h"
#include "common/Sheet.h"

struct ClaimWorkbookData;

// The workbook sent beside a signed monthly report, for people to read: sheet 月报 with the report's figures
// under the institution header, then the claim sheets of the month (申报表, 不予申报, 汇总). It is made from the
// same content the report signs, so the two never disagree; its SHA-256 is inside the signed payload.
class ReportWorkbook
{
public:
    static QList<Sheet> sheets(const MonthlyReportContent& content, int revision, const ClaimWorkbookData& claim);
    static Status write(const QString& path, const MonthlyReportContent& content, int revision,
                        const ClaimWorkbookData& claim);
};
