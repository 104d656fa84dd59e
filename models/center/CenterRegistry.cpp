#include "CenterRegistry.h"

#include "access/Access.h"
#include "common/Clock.h"
#include "institution/InstitutionRepository.h"
#include "reports/Jwk.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// A thumbprint as read over the phone: in groups, perhaps in other case. Base64url is case-sensitive, so only the
// spaces go; a wrong letter case is a wrong thumbprint.
QString withoutSpaces(const QString& thumbprint)
{
    QString compact = thumbprint;
    compact.remove(u' ');
    return compact;
}

} // namespace

Result<Registration> CenterRegistry::registerKey(Database& db, const QByteArray& jwk,
                                                 const QString& confirmedThumbprint)
{
    using R = Result<Registration>;
    if (Status allowed = requireCenter(db); !allowed)
        return R::failure(allowed.error());
    const Result<PublicJwk> key = Jwk::parse(jwk);
    if (!key)
        return R::failure(key.error());
    if (key->creditCode.isEmpty() || key->name.isEmpty())
        return R::failure(tr("The key file does not name its institution (name and credit_code): ask the "
                             "institution for the file DaycareDesk exported."));
    Registration done {Registration::Outcome::NewInstitution, key->creditCode, key->name,
                       Jwk::thumbprint(key->publicKey)};
    const QString confirmed = withoutSpaces(confirmedThumbprint);
    if (!confirmed.isEmpty() && confirmed != done.thumbprint)
        return R::failure(tr("The thumbprint read back (%1) is not this key's (%2): the file may not be the "
                             "institution's. Nothing was registered.")
                              .arg(Jwk::grouped(confirmed), Jwk::grouped(done.thumbprint)));

    const QSqlDatabase connection = db.connection();
    const Result<std::optional<qint64>> known
        = Sql::findId(connection, u"SELECT id FROM center_institutions WHERE credit_code = ?"_s, key->creditCode);
    if (!known)
        return R::failure(known.error());
    const Result<std::optional<SignerKey>> holder = signer(db, done.thumbprint);
    if (!holder)
        return R::failure(holder.error());
    if (holder.value()) {
        if (holder.value()->creditCode != key->creditCode)
            return R::failure(tr("This key is already registered for the institution %1, not for %2.")
                                  .arg(holder.value()->creditCode, key->creditCode));
        done.outcome = Registration::Outcome::AlreadyRegistered;
        return done;
    }
    if (known.value() && confirmed.isEmpty())
        return R::failure(tr("%1 is registered with another key. A new key is taken only when its thumbprint, read "
                             "back by the institution's director, is given: %2")
                              .arg(key->name, Jwk::grouped(done.thumbprint)));

    const QString now = Clock::now().toString(Qt::ISODate);
    const Status saved = db.transaction([&]() -> Status {
        qint64 institution = known.value().value_or(0);
        if (!institution) {
            QSqlQuery insert(connection);
            insert.prepare(u"INSERT INTO center_institutions (credit_code, name, county, institution_type, "
                           "registered_at, registered_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
            if (Status s
                = Sql::exec(insert, {key->creditCode, key->name, key->county, key->type, now, db.actor().name});
                !s)
                return s;
            institution = insert.lastInsertId().toLongLong();
        }
        QSqlQuery addKey(connection);
        addKey.prepare(u"INSERT INTO center_keys (institution_id, public_key, thumbprint, registered_at, "
                       "registered_by) VALUES (?, ?, ?, ?, ?)"_s);
        return Sql::exec(addKey, {institution, key->publicKey, done.thumbprint, now, db.actor().name});
    });
    if (!saved)
        return R::failure(saved.error());
    if (known.value())
        done.outcome = Registration::Outcome::NewKey;
    return done;
}

Result<QList<RegisteredInstitution>> CenterRegistry::institutions(Database& db)
{
    using R = Result<QList<RegisteredInstitution>>;
    if (Status allowed = requireCenter(db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT i.id, i.credit_code, i.name, i.county, i.institution_type, i.registered_at, "
                  "i.registered_by, k.thumbprint FROM center_institutions i JOIN center_keys k "
                  "ON k.institution_id = i.id ORDER BY i.name, i.id, k.id"_s);
    if (Status s = Sql::exec(query); !s)
        return R::failure(s.error());
    QList<RegisteredInstitution> list;
    while (query.next()) {
        if (list.isEmpty() || list.last().id != query.value(0).toLongLong())
            list.append({query.value(0).toLongLong(),
                         query.value(1).toString(),
                         query.value(2).toString(),
                         query.value(3).toString(),
                         query.value(4).toString(),
                         QDateTime::fromString(query.value(5).toString(), Qt::ISODate),
                         query.value(6).toString(),
                         {}});
        list.last().thumbprints << query.value(7).toString();
    }
    return list;
}

Result<std::optional<CenterRegistry::SignerKey>> CenterRegistry::signer(Database& db, const QString& thumbprint)
{
    using R = Result<std::optional<SignerKey>>;
    if (Status allowed = requireCenter(db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT i.id, i.credit_code, k.public_key FROM center_keys k "
                  "JOIN center_institutions i ON i.id = k.institution_id WHERE k.thumbprint = ?"_s);
    if (Status s = Sql::exec(query, {thumbprint}); !s)
        return R::failure(s.error());
    if (!query.next())
        return std::optional<SignerKey>();
    return std::optional<SignerKey>(
        SignerKey {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toByteArray()});
}

Status CenterRegistry::requireCenter(Database& db, InstitutionType* type)
{
    if (Status allowed = Access::require(db.actor(), Permission::ManageCenter); !allowed)
        return allowed;
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(db).load();
    if (!profile)
        return profile.status();
    if (!profile.value() || !profile.value()->isCenter())
        return Status::failure(tr("This database keeps a day care institution, not a center. Reports are imported "
                                  "into a county or city center's own database (init --type county-center or "
                                  "city-center)."));
    if (type)
        *type = profile.value()->type;
    return {};
}
