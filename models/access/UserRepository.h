#pragma once

#include "Actor.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDateTime>

class Database;

struct User
{
    qint64 id = 0;
    QString name;
    QString fullName;
    Role role = Role::Caregiver;
    bool disabled = false;
    bool mustChangePassword = false;
    QList<qint64> classIds;
    QDateTime lastLoginAt;
};

// User accounts: adding, logging in with a growing wait after repeated wrong passwords, changing and resetting
// passwords, disabling (an account is never deleted, so its history keeps a name).
class UserRepository
{
    Q_DECLARE_TR_FUNCTIONS(UserRepository)

public:
    explicit UserRepository(Database& db)
        : m_db(db)
    {
    }

    // Wrong passwords allowed before each further try has to wait.
    static constexpr int FreeAttempts = 5;
    static constexpr int MinimumPasswordLength = 8;

    bool hasUsers() const;
    // The first account of a new database: a director, allowed without a login because nobody can log in yet.
    // mustChange asks for a new password at the first login (used for a default password).
    Result<qint64> createFirstDirector(const QString& name, const QString& password, bool mustChange);
    // Needs the ManageUsers permission.
    Result<qint64> add(const QString& name, Role role, const QString& password, const QString& fullName = {},
                       const QList<qint64>& classIds = {});
    Result<QList<User>> list() const;
    Result<User> find(const QString& name) const;

    // Checks the password; on success returns the actor to set on the database.
    Result<Actor> authenticate(const QString& name, const QString& password);
    // The logged-in user changes their own password.
    Status changePassword(const QString& oldPassword, const QString& newPassword);
    // A director sets another user's password; that user must change it at the next login.
    Status resetPassword(const QString& name, const QString& newPassword);
    Status setDisabled(const QString& name, bool disabled);

    static Status checkNewPassword(const QString& password);
    static Status checkName(const QString& name);

private:
    Result<qint64> insert(const QString& name, Role role, const QString& password, const QString& fullName,
                          const QList<qint64>& classIds, bool mustChange);
    Status storePassword(qint64 userId, const QString& password, bool mustChange);

    Database& m_db;
};
