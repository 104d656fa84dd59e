#include "StartArguments.h"

#include "reports/ReportFile.h"

StartArguments StartArguments::from(const QStringList& positional, const QString& defaultDatabasePath)
{
    const QString path = positional.value(0);
    if (path.isEmpty())
        return {defaultDatabasePath, {}};
    if (path.endsWith(ReportFile::FileSuffix, Qt::CaseInsensitive))
        return {defaultDatabasePath, path};
    return {path, {}};
}
