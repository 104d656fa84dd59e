#include "BirthSubsidies.h"

#include "ChildBasics.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "common/PolicyKey.h"
#include "common/PolicyParameters.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Money BirthSubsidies::amountFor(const PolicyParameters& policy, int birthOrder, QDate birthDate)
{
    if (birthOrder < 2 || !birthDate.isValid())
        return {};
    const QString key = birthOrder == 2 ? PolicyKey::BirthSubsidySecondChild : PolicyKey::BirthSubsidyThirdChild;
    const Month born = Month::of(birthDate);
    if (const std::optional<qint64> inForce = policy.value(key, born))
        return Money::fromFen(*inForce);
    for (const PolicyValue& v : policy.history(key))
        if (v.validFrom > born)
            return Money::fromFen(v.value);
    return {};
}

Result<QList<BirthSubsidyEntry>> BirthSubsidies::eligible(QDate day) const
{
    return inCare(day, 2);
}

Result<QList<BirthSubsidyEntry>> BirthSubsidies::families(QDate day) const
{
    return inCare(day, 1);
}

Result<QList<BirthSubsidyEntry>> BirthSubsidies::inCare(QDate day, int fromBirthOrder) const
{
    using R = Result<QList<BirthSubsidyEntry>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    const Result<PolicyParameters> policy = PolicyRepository(m_db).load();
    if (!policy)
        return R::failure(policy.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT c.id, c.name, COALESCE(c.id_number, ''), c.birth_date, c.birth_order, "
                  "f.birth_applied_on, f.birth_granted_on, COALESCE(f.childcare_subsidy, 'unknown') "
                  "FROM children c LEFT JOIN family_subsidies f ON f.child_id = c.id "
                  "WHERE c.birth_order >= ? AND c.enrolled_on <= ? AND (c.withdrawn_on IS NULL OR c.withdrawn_on >= ?) "
                  "ORDER BY c.name, c.id"_s);
    if (Status s = Sql::exec(query, {fromBirthOrder, Sql::date(day), Sql::date(day)}); !s)
        return R::failure(s.error());
    const bool wholeIds = m_db.actor().may(Permission::ViewFullIdentity);
    QList<BirthSubsidyEntry> entries;
    while (query.next()) {
        BirthSubsidyEntry e;
        e.childId = query.value(0).toLongLong();
        e.name = query.value(1).toString();
        e.idNumber = wholeIds ? query.value(2).toString() : IdNumber::mask(query.value(2).toString());
        e.birthDate = QDate::fromString(query.value(3).toString(), Qt::ISODate);
        e.birthOrder = query.value(4).toInt();
        e.amount = amountFor(policy.value(), e.birthOrder, e.birthDate);
        e.appliedOn = QDate::fromString(query.value(5).toString(), Qt::ISODate);
        e.grantedOn = QDate::fromString(query.value(6).toString(), Qt::ISODate);
        e.childcareSubsidy
            = ChildcareSubsidyAnswers::fromKey(query.value(7).toString()).value_or(ChildcareSubsidyAnswer::Unknown);
        entries << e;
    }
    return entries;
}

Status BirthSubsidies::setApplied(qint64 childId, QDate appliedOn, QDate grantedOn)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageClaims); !allowed)
        return allowed;
    const Result<ChildBasics> child = ChildBasics::load(m_db, childId);
    if (!child)
        return Status::failure(child.error());
    const QString name = child->name;
    const QDate today = Clock::today();
    if (child->birthOrder < 2)
        return Status::failure(
            tr("%1, birth subsidy: a first child (孩次 1) has none; it is for a second or later child.").arg(name));
    if (!appliedOn.isValid())
        return Status::failure(tr("%1, birth subsidy application date: give the day the family applied.").arg(name));
    if (appliedOn > today)
        return Status::failure(
            tr("%1, birth subsidy application date: %2 is in the future.").arg(name, appliedOn.toString(Qt::ISODate)));
    if (appliedOn < child->birthDate)
        return Status::failure(tr("%1, birth subsidy application date: %2 is before the child was born (%3).")
                                   .arg(name, appliedOn.toString(Qt::ISODate), child->birthDate.toString(Qt::ISODate)));
    if (grantedOn.isValid() && grantedOn > today)
        return Status::failure(
            tr("%1, birth subsidy grant date: %2 is in the future.").arg(name, grantedOn.toString(Qt::ISODate)));
    if (grantedOn.isValid() && grantedOn < appliedOn)
        return Status::failure(tr("%1, birth subsidy grant date: %2 is before the application (%3).")
                                   .arg(name, grantedOn.toString(Qt::ISODate), appliedOn.toString(Qt::ISODate)));
    return write(childId, {u"birth_applied_on"_s, u"birth_granted_on"_s}, {Sql::date(appliedOn), Sql::date(grantedOn)});
}

Status BirthSubsidies::setNotApplied(qint64 childId)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageClaims); !allowed)
        return allowed;
    if (const Result<ChildBasics> child = ChildBasics::load(m_db, childId); !child)
        return Status::failure(child.error());
    return write(childId, {u"birth_applied_on"_s, u"birth_granted_on"_s}, {QVariant(), QVariant()});
}

Status BirthSubsidies::setChildcareSubsidy(qint64 childId, ChildcareSubsidyAnswer answer)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageClaims); !allowed)
        return allowed;
    if (const Result<ChildBasics> child = ChildBasics::load(m_db, childId); !child)
        return Status::failure(child.error());
    return write(childId, {u"childcare_subsidy"_s}, {ChildcareSubsidyAnswers::key(answer)});
}

Status BirthSubsidies::write(qint64 childId, const QStringList& columns, const QVariantList& values)
{
    return m_db.transaction([&]() -> Status {
        QSqlQuery insert(m_db.connection());
        insert.prepare(u"INSERT OR IGNORE INTO family_subsidies (child_id) VALUES (?)"_s);
        if (Status s = Sql::exec(insert, {childId}); !s)
            return s;
        // The column names are this file's constants, never input.
        QStringList assignments;
        for (const QString& column : columns)
            assignments << column + u" = ?"_s;
        QSqlQuery update(m_db.connection());
        update.prepare(u"UPDATE family_subsidies SET %1 WHERE child_id = ?"_s.arg(assignments.join(u", "_s)));
        for (const QVariant& value : values)
            update.addBindValue(value);
        update.addBindValue(childId);
        return Sql::exec(update);
    });
}
