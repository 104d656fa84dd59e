#pragma once

#include "common/Result.h"

#include <QJsonObject>

// The county roll-up workbook, in the layout the city's forms use (so always in Chinese): 汇总 with one row per
// institution and the totals by county, by type and overall; 交叉核查 with the cross-institution findings, one row per
// institution involved; 补贴申报汇总 with the consolidated operating subsidy claim, per institution and per child.
class CenterRollUpWorkbook
{
public:
    // content: CenterRollUp::content of the month.
    static Status write(const QString& path, const QJsonObject& content, int revision);
};
