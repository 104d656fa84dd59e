#include "PolicyRepository.h"

#include "ClosedMonths.h"
#include "Database.h"
#include "Sql.h"
#include "access/Access.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

Result<PolicyParameters> PolicyRepository::load() const
{
    PolicyParameters parameters = PolicyParameters::defaults();
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT key, valid_from, valid_to, value, basis FROM policy_values ORDER BY valid_from, key"_s))
        return Result<PolicyParameters>::failure(Sql::failure(query).error());
    while (query.next()) {
        PolicyValue value;
        value.key = query.value(0).toString();
        value.validFrom = Month::parse(query.value(1).toString()).value_or(Month());
        if (!query.value(2).isNull())
            value.validTo = Month::parse(query.value(2).toString()).value_or(Month());
        value.value = query.value(3).toLongLong();
        value.basis = query.value(4).toString();
        if (const Status status = parameters.set(value); !status)
            return Result<PolicyParameters>::failure(status.error());
    }
    return parameters;
}

Status PolicyRepository::save(const PolicyValue& value)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditPolicy); !allowed)
        return allowed;
    const Result<PolicyParameters> current = load();
    if (!current)
        return Status::failure(current.error());
    PolicyParameters changed = current.value();
    if (const Status valid = changed.set(value); !valid)
        return valid;
    // The months the new value is in force, once set() has fitted it between the values around it.
    const std::optional<PolicyValue> added = changed.inForce(value.key, value.validFrom);
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    if (!closed)
        return Status::failure(closed.error());
    if (const Status open
        = closed->requireOpenPeriod(PolicyParameters::label(value.key), added->validFrom, added->validTo);
        !open)
        return open;
    return m_db.transaction([&] { return store(current->history(value.key), changed.history(value.key)); });
}

Status PolicyRepository::store(const QList<PolicyValue>& before, const QList<PolicyValue>& after)
{
    QSqlQuery upsert(m_db.connection());
    upsert.prepare(u"INSERT OR REPLACE INTO policy_values (key, valid_from, valid_to, value, basis) "
                   "VALUES (?, ?, ?, ?, ?)"_s);
    for (const PolicyValue& v : after) {
        if (before.contains(v))
            continue;
        const Status s
            = Sql::exec(upsert,
                        {v.key, v.validFrom.toString(), v.isOpenEnded() ? QVariant() : QVariant(v.validTo.toString()),
                         v.value, Sql::text(v.basis)});
        if (!s)
            return s;
    }
    // A value the change covered entirely is gone. A bundled default has no row to delete: loading sets the stored
    // value that covers it over it again.
    QSqlQuery remove(m_db.connection());
    remove.prepare(u"DELETE FROM policy_values WHERE key = ? AND valid_from = ?"_s);
    for (const PolicyValue& v : before) {
        const bool kept = std::any_of(after.cbegin(), after.cend(),
                                      [&](const PolicyValue& a) { return a.validFrom == v.validFrom; });
        if (kept)
            continue;
        if (const Status s = Sql::exec(remove, {v.key, v.validFrom.toString()}); !s)
            return s;
    }
    return {};
}
