#include "PasswordHash.h"

#include <sodium.h>

namespace {
bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}
} // namespace

namespace PasswordHash {

QByteArray create(const QString& password)
{
    if (!sodiumReady())
        return {};
    QByteArray clear = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, clear.constData(), quint64(clear.size()), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(clear.data(), size_t(clear.size()));
    return rc == 0 ? QByteArray(out) : QByteArray();
}

bool verify(const QByteArray& hash, const QString& password)
{
    if (!sodiumReady() || hash.isEmpty())
        return false;
    QByteArray clear = password.toUtf8();
    const QByteArray terminated = hash + '\0';
    const bool ok = crypto_pwhash_str_verify(terminated.constData(), clear.constData(), quint64(clear.size())) == 0;
    sodium_memzero(clear.data(), size_t(clear.size()));
    return ok;
}

} // namespace PasswordHash
