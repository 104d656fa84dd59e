#include "ImportSteps.h"

#include "store/Database.h"

bool ImportSteps::begin(const ImportTable& cells, ImportReport& report)
{
    report.warnings.append(cells.headerWarnings());
    report.errors.append(cells.headerErrors());
    if (!report.ok())
        return false;
    if (cells.rows().isEmpty()) {
        report.errors.append({{}, {}, tr("The file has a header but no rows."), 1});
        return false;
    }
    return true;
}

Result<ImportReport> ImportSteps::apply(Database& db, const ImportReport& report, const std::function<Status()>& write)
{
    if (!report.ok())
        return Result<ImportReport>::failure(
            tr("The file has %n problem(s); nothing was imported.", nullptr, int(report.errors.size())));
    if (const Status written = db.transaction(write); !written)
        return Result<ImportReport>::failure(written.error());
    return report;
}
