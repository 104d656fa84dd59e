#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QJsonObject>

// The workbook beside a team's signed month, in Chinese for the county's files: 月度汇总 (the totals and the
// villages) and 入户记录 (the visit records as signed).
class OutreachWorkbook
{
public:
    // content: OutreachReport::content.
    static Status write(const QString& path, const QJsonObject& content, Month month, int revision);
};
