#include "RosterCounts.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<RosterCounts> RosterCounts::load(Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT (SELECT count(*) FROM classes WHERE active), "
                    "(SELECT count(*) FROM children WHERE enrolled_on IS NOT NULL AND withdrawn_on IS NULL), "
                    "(SELECT count(*) FROM staff WHERE left_on IS NULL)"_s)
        || !query.next())
        return Result<RosterCounts>::failure(Sql::failure(query).error());
    return RosterCounts {query.value(0).toInt(), query.value(1).toInt(), query.value(2).toInt()};
}
