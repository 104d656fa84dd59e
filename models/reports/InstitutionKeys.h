#pragma once

#include "SigningKey.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <optional>

class Database;

// One of the institution's signing keys as anyone may see it: the public half and its history.
struct KeyInfo
{
    qint64 id = 0;
    QByteArray publicKey;
    QString thumbprint; // RFC 7638, the name a report gives its key
    QDateTime createdAt;
    QString createdBy;
    QDateTime retiredAt; // invalid while the key is the current one

    bool isCurrent() const { return !retiredAt.isValid(); }
};

// The institution's Ed25519 signing keys, their secret halves sealed with the director's passphrase. Only one key
// is current; a rotated key keeps its row and public key so reports it signed can still be checked.
class InstitutionKeys
{
    Q_DECLARE_TR_FUNCTIONS(InstitutionKeys)

public:
    static constexpr int MinimumPassphraseLength = 10;

    explicit InstitutionKeys(Database& db)
        : m_db(db)
    {
    }

    // The first key pair; refused when the institution has a key already (rotate instead).
    Result<KeyInfo> create(const QString& passphrase);
    // The current key, unlocked for signing.
    Result<SigningKey> unlock(const QString& passphrase) const;
    // Re-seals the current key with a new passphrase; the key itself stays the same.
    Status changePassphrase(const QString& oldPassphrase, const QString& newPassphrase);
    // A new current key sealed with the same passphrase; the old one is retired and kept.
    Result<KeyInfo> rotate(const QString& passphrase);

    // Oldest first.
    Result<QList<KeyInfo>> list() const;
    Result<std::optional<KeyInfo>> current() const;

    // Refuses a passphrase too short to seal a key with, saying why.
    static Status checkNewPassphrase(const QString& passphrase);

private:
    // Seals the key and stores it as the current one; inside the caller's transaction.
    Status insert(const SigningKey& key, const QString& passphrase);
    Result<SealedKey> sealedOf(qint64 id) const;
    Result<KeyInfo> requireCurrent() const;

    Database& m_db;
};
