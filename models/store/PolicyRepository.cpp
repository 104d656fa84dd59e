#include "PolicyRepository.h"

#include "Database.h"
#include "Sql.h"
#include "access/Access.h"

#include <QSqlQuery>

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
    if (const Status valid = current->validate(value); !valid)
        return valid;
    return m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(u"INSERT OR REPLACE INTO policy_values (key, valid_from, valid_to, value, basis) "
                      "VALUES (?, ?, ?, ?, ?)"_s);
        return Sql::exec(query,
                         {value.key, value.validFrom.toString(),
                          value.validTo.isValid() ? QVariant(value.validTo.toString()) : QVariant(), value.value,
                          value.basis});
    });
}
