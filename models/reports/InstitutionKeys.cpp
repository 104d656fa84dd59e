#include "InstitutionKeys.h"

#include "Jwk.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString selectKeys = u"SELECT id, public_key, created_at, created_by, retired_at FROM institution_keys "_s;

KeyInfo keyFrom(const QSqlQuery& query)
{
    KeyInfo key;
    key.id = query.value(0).toLongLong();
    key.publicKey = query.value(1).toByteArray();
    key.thumbprint = Jwk::thumbprint(key.publicKey);
    key.createdAt = QDateTime::fromString(query.value(2).toString(), Qt::ISODate);
    key.createdBy = query.value(3).toString();
    key.retiredAt = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
    return key;
}

} // namespace

Result<SealedKey> InstitutionKeys::sealedOf(qint64 id) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT secret_box, nonce, salt, opslimit, memlimit FROM institution_keys WHERE id = ?"_s);
    if (Status status = Sql::exec(query, {id}); !status)
        return Result<SealedKey>::failure(status.error());
    if (!query.next())
        return Result<SealedKey>::failure(tr("The signing key was removed while it was being unlocked."));
    return SealedKey {query.value(0).toByteArray(), query.value(1).toByteArray(), query.value(2).toByteArray(),
                      query.value(3).toLongLong(), query.value(4).toLongLong()};
}

Status InstitutionKeys::checkNewPassphrase(const QString& passphrase)
{
    if (passphrase.size() < MinimumPassphraseLength)
        return Status::failure(tr("The passphrase must have at least %1 characters; a sentence you can remember is "
                                  "better than a short word.")
                                   .arg(MinimumPassphraseLength));
    return {};
}

Status InstitutionKeys::insert(const SigningKey& key, const QString& passphrase)
{
    const Result<SealedKey> sealed = key.seal(passphrase);
    if (!sealed)
        return sealed.status();
    QSqlQuery query(m_db.connection());
    query.prepare(u"INSERT INTO institution_keys (public_key, secret_box, nonce, salt, opslimit, memlimit, "
                  "created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (Status status = Sql::exec(query,
                                  {key.publicKey(), sealed->box, sealed->nonce, sealed->salt, sealed->opslimit,
                                   sealed->memlimit, Clock::now().toString(Qt::ISODate), m_db.actor().name});
        !status)
        return status;
    return {};
}

Result<KeyInfo> InstitutionKeys::create(const QString& passphrase)
{
    using R = Result<KeyInfo>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageKeys); !allowed)
        return R::failure(allowed.error());
    if (Status ok = checkNewPassphrase(passphrase); !ok)
        return R::failure(ok.error());
    const Result<std::optional<KeyInfo>> existing = current();
    if (!existing)
        return R::failure(existing.error());
    if (existing.value())
        return R::failure(tr("The institution has a signing key already (%1). Rotate it to make a new one.")
                              .arg(Jwk::grouped(existing.value()->thumbprint)));
    const Result<SigningKey> key = SigningKey::generate();
    if (!key)
        return R::failure(key.error());
    if (Status status = m_db.transaction([&]() { return insert(key.value(), passphrase); }); !status)
        return R::failure(status.error());
    return requireCurrent();
}

Result<SigningKey> InstitutionKeys::unlock(const QString& passphrase) const
{
    using R = Result<SigningKey>;
    // Unlocking is what exporting a signed report does; the passphrase is the real guard.
    if (Status allowed = Access::require(m_db.actor(), Permission::ExportReports); !allowed)
        return R::failure(allowed.error());
    const Result<KeyInfo> key = requireCurrent();
    if (!key)
        return R::failure(key.error());
    const Result<SealedKey> sealed = sealedOf(key->id);
    if (!sealed)
        return R::failure(sealed.error());
    return SigningKey::open(sealed.value(), key->publicKey, passphrase);
}

Status InstitutionKeys::changePassphrase(const QString& oldPassphrase, const QString& newPassphrase)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageKeys); !allowed)
        return allowed;
    if (Status ok = checkNewPassphrase(newPassphrase); !ok)
        return ok;
    const Result<SigningKey> key = unlock(oldPassphrase);
    if (!key)
        return key.status();
    const Result<SealedKey> sealed = key->seal(newPassphrase);
    if (!sealed)
        return sealed.status();
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE institution_keys SET secret_box = ?, nonce = ?, salt = ?, opslimit = ?, memlimit = ? "
                      "WHERE public_key = ? AND retired_at IS NULL"_s);
        return Sql::exec(
            query, {sealed->box, sealed->nonce, sealed->salt, sealed->opslimit, sealed->memlimit, key->publicKey()});
    });
}

Result<KeyInfo> InstitutionKeys::rotate(const QString& passphrase)
{
    using R = Result<KeyInfo>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageKeys); !allowed)
        return R::failure(allowed.error());
    // Whoever rotates must know the passphrase of the key being replaced.
    const Result<SigningKey> old = unlock(passphrase);
    if (!old)
        return R::failure(old.error());
    const Result<SigningKey> fresh = SigningKey::generate();
    if (!fresh)
        return R::failure(fresh.error());
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery retire(m_db.connection());
        retire.prepare(u"UPDATE institution_keys SET retired_at = ? WHERE public_key = ? AND retired_at IS NULL"_s);
        if (Status retired = Sql::exec(retire, {Clock::now().toString(Qt::ISODate), old->publicKey()}); !retired)
            return retired;
        return insert(fresh.value(), passphrase);
    });
    if (!status)
        return R::failure(status.error());
    return requireCurrent();
}

Result<QList<KeyInfo>> InstitutionKeys::list() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(selectKeys + u"ORDER BY id"_s))
        return Result<QList<KeyInfo>>::failure(Sql::failure(query).error());
    QList<KeyInfo> keys;
    while (query.next())
        keys.append(keyFrom(query));
    return keys;
}

Result<std::optional<KeyInfo>> InstitutionKeys::current() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(selectKeys + u"WHERE retired_at IS NULL"_s))
        return Result<std::optional<KeyInfo>>::failure(Sql::failure(query).error());
    if (!query.next())
        return std::optional<KeyInfo>();
    return std::optional<KeyInfo>(keyFrom(query));
}

Result<KeyInfo> InstitutionKeys::requireCurrent() const
{
    const Result<std::optional<KeyInfo>> key = current();
    if (!key)
        return Result<KeyInfo>::failure(key.error());
    if (!key.value())
        return Result<KeyInfo>::failure(
            tr("The institution has no signing key yet. The director makes one with a passphrase first."));
    return *key.value();
}
