#include "VisitDrafts.h"

#include "OutreachTeam.h"
#include "VisitJson.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Status VisitDrafts::save(Database& db, const Visit& visit)
{
    if (Status allowed = OutreachTeam::require(db); !allowed)
        return allowed;
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO visit_drafts (user_name, form, saved_at) VALUES (?, ?, ?) ON CONFLICT (user_name) "
                  "DO UPDATE SET form = excluded.form, saved_at = excluded.saved_at"_s);
    const QByteArray form = QJsonDocument(VisitJson::toJson(visit)).toJson(QJsonDocument::Compact);
    return Sql::exec(query, {db.actor().name, QString::fromUtf8(form), Clock::now().toString(Qt::ISODate)});
}

Result<std::optional<VisitDraft>> VisitDrafts::load(Database& db)
{
    using R = Result<std::optional<VisitDraft>>;
    if (Status allowed = OutreachTeam::require(db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT form, saved_at FROM visit_drafts WHERE user_name = ?"_s);
    if (Status s = Sql::exec(query, {db.actor().name}); !s)
        return R::failure(s.error());
    if (!query.next())
        return std::optional<VisitDraft>();
    VisitDraft draft;
    draft.visit = VisitJson::fromJson(QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object());
    draft.savedAt = QDateTime::fromString(query.value(1).toString(), Qt::ISODate);
    return std::optional<VisitDraft>(draft);
}

Status VisitDrafts::discard(Database& db)
{
    if (Status allowed = OutreachTeam::require(db); !allowed)
        return allowed;
    QSqlQuery query(db.connection());
    query.prepare(u"DELETE FROM visit_drafts WHERE user_name = ?"_s);
    return Sql::exec(query, {db.actor().name});
}
