#include "SigningKey.h"

#include <sodium.h>

namespace {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

// The secretbox key derived from a passphrase; wiped when it goes out of scope.
class DerivedKey
{
public:
    DerivedKey() { sodium_mlock(m_key, sizeof m_key); }
    ~DerivedKey() { sodium_munlock(m_key, sizeof m_key); }
    DerivedKey(const DerivedKey&) = delete;
    DerivedKey& operator=(const DerivedKey&) = delete;

    bool derive(const QString& passphrase, const QByteArray& salt, qint64 opslimit, qint64 memlimit)
    {
        if (salt.size() != crypto_pwhash_SALTBYTES || opslimit <= 0 || memlimit <= 0)
            return false;
        QByteArray clear = passphrase.toUtf8();
        const int rc = crypto_pwhash(m_key, sizeof m_key, clear.constData(), quint64(clear.size()),
                                     reinterpret_cast<const unsigned char*>(salt.constData()), quint64(opslimit),
                                     size_t(memlimit), crypto_pwhash_ALG_ARGON2ID13);
        sodium_memzero(clear.data(), size_t(clear.size()));
        return rc == 0;
    }
    const unsigned char* data() const { return m_key; }

private:
    unsigned char m_key[crypto_secretbox_KEYBYTES] = {};
};

QByteArray randomBytes(size_t size)
{
    QByteArray bytes(qsizetype(size), '\0');
    randombytes_buf(bytes.data(), size);
    return bytes;
}

const unsigned char* bytesOf(const QByteArray& bytes)
{
    return reinterpret_cast<const unsigned char*>(bytes.constData());
}

} // namespace

void SigningKey::Free::operator()(unsigned char* secret) const
{
    sodium_free(secret); // wipes before freeing
}

Result<SigningKey> SigningKey::allocate()
{
    if (!sodiumReady())
        return Result<SigningKey>::failure(tr("The cryptography library could not start."));
    SigningKey key;
    key.m_secret.reset(static_cast<unsigned char*>(sodium_malloc(crypto_sign_SECRETKEYBYTES)));
    if (!key.m_secret)
        return Result<SigningKey>::failure(tr("There is not enough memory to hold the key."));
    return key;
}

Result<SigningKey> SigningKey::generate()
{
    Result<SigningKey> key = allocate();
    if (!key)
        return key;
    key.value().m_publicKey = QByteArray(crypto_sign_PUBLICKEYBYTES, '\0');
    crypto_sign_keypair(reinterpret_cast<unsigned char*>(key.value().m_publicKey.data()), key.value().m_secret.get());
    return key;
}

Result<SigningKey> SigningKey::open(const SealedKey& sealed, const QByteArray& publicKey, const QString& passphrase)
{
    using R = Result<SigningKey>;
    Result<SigningKey> key = allocate();
    if (!key)
        return key;
    if (publicKey.size() != crypto_sign_PUBLICKEYBYTES || sealed.nonce.size() != crypto_secretbox_NONCEBYTES
        || sealed.box.size() != qsizetype(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES))
        return R::failure(tr("The stored key is damaged."));
    DerivedKey derived;
    if (!derived.derive(passphrase, sealed.salt, sealed.opslimit, sealed.memlimit))
        return R::failure(
            tr("The key could not be unlocked: deriving it from the passphrase failed (out of memory?)."));
    if (crypto_secretbox_open_easy(key.value().m_secret.get(), bytesOf(sealed.box), quint64(sealed.box.size()),
                                   bytesOf(sealed.nonce), derived.data())
        != 0)
        return R::failure(tr("The passphrase is wrong."));
    // The secret key carries its public half; it must be the one on record, or the row was tampered with.
    unsigned char ownPublic[crypto_sign_PUBLICKEYBYTES];
    crypto_sign_ed25519_sk_to_pk(ownPublic, key.value().m_secret.get());
    if (sodium_memcmp(ownPublic, bytesOf(publicKey), sizeof ownPublic) != 0)
        return R::failure(tr("The stored key is damaged: its secret does not belong to its public key."));
    key.value().m_publicKey = publicKey;
    return key;
}

QByteArray SigningKey::sign(const QByteArray& message) const
{
    QByteArray signature(crypto_sign_BYTES, '\0');
    crypto_sign_detached(reinterpret_cast<unsigned char*>(signature.data()), nullptr, bytesOf(message),
                         quint64(message.size()), m_secret.get());
    return signature;
}

Result<SealedKey> SigningKey::seal(const QString& passphrase) const
{
    // Interactive limits keep unlocking quick on old office PCs; they are stored beside the box so a later
    // version can raise them and re-seal.
    SealedKey sealed {{},
                      randomBytes(crypto_secretbox_NONCEBYTES),
                      randomBytes(crypto_pwhash_SALTBYTES),
                      qint64(crypto_pwhash_OPSLIMIT_INTERACTIVE),
                      qint64(crypto_pwhash_MEMLIMIT_INTERACTIVE)};
    DerivedKey derived;
    if (!derived.derive(passphrase, sealed.salt, sealed.opslimit, sealed.memlimit))
        return Result<SealedKey>::failure(
            tr("The key could not be sealed: deriving it from the passphrase failed (out of memory?)."));
    sealed.box = QByteArray(qsizetype(crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES), '\0');
    crypto_secretbox_easy(reinterpret_cast<unsigned char*>(sealed.box.data()), m_secret.get(),
                          crypto_sign_SECRETKEYBYTES, bytesOf(sealed.nonce), derived.data());
    return sealed;
}
