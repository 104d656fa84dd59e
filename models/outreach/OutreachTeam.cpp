#include "OutreachTeam.h"

#include "access/Access.h"
#include "institution/InstitutionRepository.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Status OutreachTeam::require(Database& db)
{
    if (Status allowed = Access::require(db.actor(), Permission::RecordOutreach); !allowed)
        return allowed;
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(db).load();
    if (!profile)
        return profile.status();
    if (!profile.value() || !profile.value()->isOutreachTeam())
        return Status::failure(tr("This database is not an outreach team's. Households and home visits are kept in "
                                  "the team's own database (init --type outreach-team)."));
    return {};
}

Result<QStringList> OutreachTeam::members(Database& db)
{
    QSqlQuery query(db.connection());
    if (!query.exec(u"SELECT name FROM users WHERE disabled = 0 AND role IN ('director', 'outreach') "
                    "ORDER BY name COLLATE NOCASE"_s))
        return Result<QStringList>::failure(Sql::failure(query).error());
    QStringList names;
    while (query.next())
        names.append(query.value(0).toString());
    return names;
}
