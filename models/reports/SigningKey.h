#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <memory>

// The secret half of an institution's key, as it travels through the database: sealed with a passphrase.
struct SealedKey
{
    QByteArray box; // crypto_secretbox_easy of the 64-byte Ed25519 secret key
    QByteArray nonce;
    QByteArray salt; // for Argon2id, new for every sealing
    qint64 opslimit = 0;
    qint64 memlimit = 0;
};

// An Ed25519 key pair whose secret half lives only in guarded memory (sodium_malloc, wiped when freed). It leaves
// this class in two ways only: sealed with a passphrase, or as signatures.
class SigningKey
{
    Q_DECLARE_TR_FUNCTIONS(SigningKey)

public:
    static constexpr qsizetype SignatureSize = 64;

    static Result<SigningKey> generate();
    // Opens a sealed key; a wrong passphrase, or a secret that does not belong to publicKey, gives a message.
    static Result<SigningKey> open(const SealedKey& sealed, const QByteArray& publicKey, const QString& passphrase);

    SigningKey(SigningKey&&) noexcept = default;
    SigningKey& operator=(SigningKey&&) noexcept = default;
    ~SigningKey() = default;

    const QByteArray& publicKey() const { return m_publicKey; }
    // The detached Ed25519 signature of message.
    QByteArray sign(const QByteArray& message) const;
    // Seals the secret with a key derived from the passphrase by Argon2id, with a new salt and nonce.
    Result<SealedKey> seal(const QString& passphrase) const;

private:
    struct Free
    {
        void operator()(unsigned char* secret) const;
    };
    SigningKey() = default;
    static Result<SigningKey> allocate();

    std::unique_ptr<unsigned char, Free> m_secret;
    QByteArray m_publicKey;
};
