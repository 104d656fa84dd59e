#include "UserRepository.h"

#include "Access.h"
#include "PasswordHash.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// After the free attempts, each wrong password doubles the wait, from 30 seconds up to an hour.
qint64 waitSeconds(int failedAttempts)
{
    const int beyond = failedAttempts - UserRepository::FreeAttempts;
    if (beyond < 0)
        return 0;
    return std::min<qint64>(qint64(30) << std::min(beyond, 7), 3600);
}

User userFrom(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toLongLong();
    u.name = q.value(1).toString();
    u.fullName = q.value(2).toString();
    u.role = Roles::fromKey(q.value(3).toString()).value_or(Role::Caregiver);
    u.disabled = q.value(4).toBool();
    u.mustChangePassword = q.value(5).toBool();
    u.lastLoginAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODate);
    for (const QString& id : q.value(7).toString().split(u',', Qt::SkipEmptyParts))
        u.classIds.append(id.toLongLong());
    return u;
}

const QString selectUsers = u"SELECT u.id, u.name, u.full_name, u.role, u.disabled, u.must_change_password, "
                            "u.last_login_at, (SELECT group_concat(class_id) FROM user_classes WHERE user_id = u.id) "
                            "FROM users u"_s;

} // namespace

Status UserRepository::checkName(const QString& name)
{
    static const QRegularExpression allowed(u"^[A-Za-z0-9_.\\-\\x{4e00}-\\x{9fff}]{2,32}$"_s);
    if (!allowed.match(name).hasMatch())
        return Status::failure(tr("The user name \"%1\" is not allowed: use 2 to 32 letters, digits, Chinese "
                                  "characters, dots, hyphens or underscores, without spaces.")
                                   .arg(name));
    return {};
}

Status UserRepository::checkNewPassword(const QString& password)
{
    if (password.size() < MinimumPasswordLength)
        return Status::failure(tr("A password needs at least %1 characters.").arg(MinimumPasswordLength));
    return {};
}

bool UserRepository::hasUsers() const
{
    return Sql::scalar(m_db.connection(), u"SELECT count(*) FROM users"_s).toInt() > 0;
}

Result<qint64> UserRepository::createFirstDirector(const QString& name, const QString& password, bool mustChange)
{
    if (hasUsers())
        return Result<qint64>::failure(tr("This database already has users; a director adds new ones."));
    const Actor previous = m_db.actor();
    m_db.setActor(Actor::systemActor());
    const Result<qint64> id = insert(name, Role::Director, password, {}, {}, mustChange);
    m_db.setActor(previous);
    return id;
}

Result<qint64> UserRepository::add(const QString& name, Role role, const QString& password, const QString& fullName,
                                   const QList<qint64>& classIds)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageUsers); !allowed)
        return Result<qint64>::failure(allowed.error());
    if (Status strong = checkNewPassword(password); !strong)
        return Result<qint64>::failure(strong.error());
    return insert(name, role, password, fullName, classIds, false);
}

Result<qint64> UserRepository::insert(const QString& name, Role role, const QString& password, const QString& fullName,
                                      const QList<qint64>& classIds, bool mustChange)
{
    if (Status valid = checkName(name); !valid)
        return Result<qint64>::failure(valid.error());
    if (find(name).ok())
        return Result<qint64>::failure(tr("There is already a user called \"%1\".").arg(name));
    const QByteArray hash = PasswordHash::create(password);
    if (hash.isEmpty())
        return Result<qint64>::failure(tr("The password could not be protected (not enough memory)."));
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT INTO users (name, full_name, role, password_hash, must_change_password, created_at) "
                      "VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (Status s = Sql::exec(query,
                                 {name, Sql::text(fullName), Roles::key(role), QString::fromLatin1(hash), mustChange,
                                  Clock::now().toString(Qt::ISODate)});
            !s)
            return s;
        id = query.lastInsertId().toLongLong();
        query.prepare(u"INSERT INTO user_classes (user_id, class_id) VALUES (?, ?)"_s);
        for (qint64 classId : classIds)
            if (Status s = Sql::exec(query, {id, classId}); !s)
                return s;
        return {};
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}

Result<QList<User>> UserRepository::list() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(selectUsers + u" ORDER BY u.disabled, u.name"_s))
        return Result<QList<User>>::failure(Sql::failure(query).error());
    QList<User> users;
    while (query.next())
        users.append(userFrom(query));
    return users;
}

Result<User> UserRepository::find(const QString& name) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(selectUsers + u" WHERE u.name = ? COLLATE NOCASE"_s);
    query.addBindValue(name);
    if (!query.exec())
        return Result<User>::failure(Sql::failure(query).error());
    if (!query.next())
        return Result<User>::failure(tr("There is no user called \"%1\".").arg(name));
    return userFrom(query);
}

Result<Actor> UserRepository::authenticate(const QString& name, const QString& password)
{
    const QString wrong = tr("Wrong user name or password.");
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT id, password_hash, disabled, failed_attempts, locked_until FROM users "
                  "WHERE name = ? COLLATE NOCASE"_s);
    query.addBindValue(name.trimmed());
    if (!query.exec())
        return Result<Actor>::failure(Sql::failure(query).error());
    if (!query.next())
        return Result<Actor>::failure(wrong);
    const qint64 id = query.value(0).toLongLong();
    const QByteArray hash = query.value(1).toString().toLatin1();
    const bool disabled = query.value(2).toBool();
    const int failed = query.value(3).toInt();
    const QDateTime lockedUntil = QDateTime::fromString(query.value(4).toString(), Qt::ISODate);
    const QDateTime now = Clock::now();
    if (lockedUntil.isValid() && now < lockedUntil)
        return Result<Actor>::failure(
            tr("Too many wrong passwords for \"%1\". Try again in %n second(s).", nullptr, int(now.secsTo(lockedUntil)))
                .arg(name));

    const User user = find(name.trimmed()).value_or(User());
    const bool ok = PasswordHash::verify(hash, password);
    // The attempt is recorded under the account's own name, so the trail shows who was trying to log in.
    const Actor previous = m_db.actor();
    Actor attempt;
    attempt.userId = id;
    attempt.name = user.name;
    attempt.role = user.role;
    m_db.setActor(attempt);
    const Status recorded = m_db.transaction([&]() -> Status {
        QSqlQuery update(m_db.connection());
        if (ok) {
            update.prepare(u"UPDATE users SET failed_attempts = 0, locked_until = NULL, last_login_at = ? "
                           "WHERE id = ?"_s);
            return Sql::exec(update, {now.toString(Qt::ISODate), id});
        }
        const qint64 wait = waitSeconds(failed + 1);
        update.prepare(u"UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?"_s);
        return Sql::exec(update,
                         {failed + 1, wait > 0 ? QVariant(now.addSecs(wait).toString(Qt::ISODate)) : QVariant(), id});
    });
    m_db.setActor(previous);
    if (!recorded)
        return Result<Actor>::failure(recorded.error());
    if (!ok) {
        const qint64 wait = waitSeconds(failed + 1);
        if (wait > 0)
            return Result<Actor>::failure(wrong + u' '
                                          + tr("The next try is possible in %n second(s).", nullptr, int(wait)));
        return Result<Actor>::failure(wrong);
    }
    if (disabled)
        return Result<Actor>::failure(tr("The account \"%1\" is disabled. Ask the director.").arg(user.name));
    Actor actor;
    actor.userId = id;
    actor.name = user.name;
    actor.role = user.role;
    actor.classIds = user.classIds;
    return actor;
}

Status UserRepository::storePassword(qint64 userId, const QString& password, bool mustChange)
{
    const QByteArray hash = PasswordHash::create(password);
    if (hash.isEmpty())
        return Status::failure(tr("The password could not be protected (not enough memory)."));
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE users SET password_hash = ?, must_change_password = ?, failed_attempts = 0, "
                      "locked_until = NULL WHERE id = ?"_s);
        return Sql::exec(query, {QString::fromLatin1(hash), mustChange, userId});
    });
}

Status UserRepository::changePassword(const QString& oldPassword, const QString& newPassword)
{
    const Actor& actor = m_db.actor();
    if (actor.userId <= 0)
        return Status::failure(tr("Please log in first to change your password."));
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT password_hash FROM users WHERE id = ?"_s);
    if (Status s = Sql::exec(query, {actor.userId}); !s)
        return s;
    if (!query.next() || !PasswordHash::verify(query.value(0).toString().toLatin1(), oldPassword))
        return Status::failure(tr("The current password is wrong."));
    if (Status strong = checkNewPassword(newPassword); !strong)
        return strong;
    if (newPassword == oldPassword)
        return Status::failure(tr("The new password must differ from the current one."));
    return storePassword(actor.userId, newPassword, false);
}

Status UserRepository::resetPassword(const QString& name, const QString& newPassword)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageUsers); !allowed)
        return allowed;
    const Result<User> user = find(name);
    if (!user)
        return Status::failure(user.error());
    if (Status strong = checkNewPassword(newPassword); !strong)
        return strong;
    return storePassword(user->id, newPassword, user->id != m_db.actor().userId);
}

Status UserRepository::setDisabled(const QString& name, bool disabled)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageUsers); !allowed)
        return allowed;
    const Result<User> user = find(name);
    if (!user)
        return Status::failure(user.error());
    if (disabled && user->id == m_db.actor().userId)
        return Status::failure(tr("You cannot disable your own account."));
    if (disabled && user->role == Role::Director) {
        const int directors = Sql::scalar(m_db.connection(),
                                          u"SELECT count(*) FROM users WHERE role = 'director' "
                                          "AND NOT disabled"_s)
                                  .toInt();
        if (directors <= 1)
            return Status::failure(tr("\"%1\" is the last active director and cannot be disabled.").arg(name));
    }
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"UPDATE users SET disabled = ? WHERE id = ?"_s);
        return Sql::exec(query, {disabled, user->id});
    });
}
