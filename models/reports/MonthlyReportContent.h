#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

class Database;

// What a month's report says, before it is signed: the institution's identity and the month's figures
// (domain.md §9), as REPORT_FORMAT.md describes them. The same database always gives the same bytes, so a report
// can be checked for changes since it was exported: arrays have a fixed order, and nothing holds a timestamp or a
// row number that means nothing outside this file.
struct MonthlyReportContent
{
    QJsonObject institution;
    QJsonObject figures;
};

class MonthlyReportBuilder
{
    Q_DECLARE_TR_FUNCTIONS(MonthlyReportBuilder)

public:
    // Needs Permission::ExportReports; the sections also ask for the permissions of the pages they come from
    // (roster, fees, claims), which every role that may export reports holds. Refuses a month that is not closed,
    // whose attendance and bills may still change, and an institution not set up yet.
    static Result<MonthlyReportContent> build(Database& db, Month month);
};
