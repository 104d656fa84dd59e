#pragma once

#include "common/Result.h"
#include "institution/InstitutionProfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QStringList>

class Database;

// An institution registered with a county or city center, with the fingerprints of its keys, oldest first.
struct RegisteredInstitution
{
    qint64 id = 0;
    QString creditCode;
    QString name;
    QString county;
    QString type;
    QDateTime registeredAt;
    QString registeredBy;
    QStringList thumbprints;
};

// What registering a JWK file did.
struct Registration
{
    enum class Outcome
    {
        NewInstitution,
        NewKey, // a known institution's rotated key, added beside the old ones
        AlreadyRegistered, // the same key again: nothing changed
    };
    Outcome outcome = Outcome::NewInstitution;
    QString creditCode;
    QString name;
    QString thumbprint;
};

// The institutions a center takes reports from, each known by its credit code and its public keys. The thumbprint
// is read over the phone to prove the key came from the institution; a second key for a known institution is taken
// only with that confirmation, since it would let its holder sign the institution's reports. Needs
// Permission::ManageCenter.
class CenterRegistry
{
    Q_DECLARE_TR_FUNCTIONS(CenterRegistry)

public:
    // jwk: the file's content. confirmedThumbprint: the thumbprint the person registering read back (spaces and
    // case ignored); empty for a first key, required for a further one, and when given it must match.
    static Result<Registration> registerKey(Database& db, const QByteArray& jwk, const QString& confirmedThumbprint);
    // By name.
    static Result<QList<RegisteredInstitution>> institutions(Database& db);
    // The institution holding the key with this thumbprint, and its public key; nullopt when none does.
    struct SignerKey
    {
        qint64 institutionId = 0;
        QString creditCode;
        QByteArray publicKey;
    };
    static Result<std::optional<SignerKey>> signer(Database& db, const QString& thumbprint);

    // Every center operation starts here: the permission, and a database set up as a county or city center,
    // whose type is put in *type when asked.
    static Status requireCenter(Database& db, InstitutionType* type = nullptr);
};
