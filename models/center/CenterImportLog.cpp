#include "CenterImportLog.h"

#include "CenterRegistry.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<QList<ImportLogLine>> CenterImportLog::recent(Database& db, int limit)
{
    using R = Result<QList<ImportLogLine>>;
    if (Status allowed = CenterRegistry::requireCenter(db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT id, at, user_name, file_name, file_sha256, verdict, reason FROM center_import_log "
                  "ORDER BY id DESC LIMIT ?"_s);
    if (Status s = Sql::exec(query, {limit}); !s)
        return R::failure(s.error());
    QList<ImportLogLine> lines;
    while (query.next())
        lines.append({query.value(0).toLongLong(), QDateTime::fromString(query.value(1).toString(), Qt::ISODate),
                      query.value(2).toString(), query.value(3).toString(), query.value(4).toString(),
                      query.value(5).toString(), query.value(6).toString()});
    return lines;
}
