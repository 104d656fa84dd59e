#include "InsuranceRoll.h"

#include "ChildBasics.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const QString PolicyColumns = u"id, child_id, policy_number, valid_from, valid_to, premium, payer"_s;

InsurancePolicy policyFromRow(const QSqlQuery& query)
{
    InsurancePolicy p;
    p.id = query.value(0).toLongLong();
    p.childId = query.value(1).toLongLong();
    p.policyNumber = query.value(2).toString();
    p.from = QDate::fromString(query.value(3).toString(), Qt::ISODate);
    p.to = QDate::fromString(query.value(4).toString(), Qt::ISODate);
    p.premium = Money::fromFen(query.value(5).toLongLong());
    p.payer = InsurancePayers::fromKey(query.value(6).toString()).value_or(InsurancePayer::Other);
    return p;
}

} // namespace

Money InsuranceCover::premiumTotal() const
{
    Money total;
    for (const InsuredLine& line : insured)
        total += line.policy.premium;
    return total;
}

Status InsuranceRoll::validate(const InsurancePolicy& p) const
{
    const Result<ChildBasics> child = ChildBasics::load(m_db, p.childId);
    if (!child)
        return Status::failure(child.error());
    const QString name = child->name;
    if (p.policyNumber.trimmed().isEmpty())
        return Status::failure(tr("%1, policy number: give the number printed on the policy.").arg(name));
    if (!p.from.isValid())
        return Status::failure(tr("%1, start of cover: give the first day the policy covers.").arg(name));
    if (!p.to.isValid())
        return Status::failure(tr("%1, end of cover: give the last day the policy covers.").arg(name));
    if (p.to < p.from)
        return Status::failure(tr("%1, end of cover: %2 is before the start of cover (%3).")
                                   .arg(name, p.to.toString(Qt::ISODate), p.from.toString(Qt::ISODate)));
    if (p.premium.fen() < 0)
        return Status::failure(tr("%1, premium: %2 is less than 0.").arg(name, p.premium.toString()));
    QSqlQuery twin(m_db.connection());
    twin.prepare(u"SELECT count(*) FROM insurance_policies WHERE child_id = ? AND policy_number = ? AND valid_from = ? "
                 "AND id <> ?"_s);
    if (Status s = Sql::exec(twin, {p.childId, p.policyNumber.trimmed(), Sql::date(p.from), p.id}); !s)
        return s;
    if (twin.next() && twin.value(0).toInt() > 0)
        return Status::failure(tr("%1, policy number: policy %2 from %3 is already on the list.")
                                   .arg(name, p.policyNumber.trimmed(), p.from.toString(Qt::ISODate)));
    return {};
}

Result<qint64> InsuranceRoll::add(const InsurancePolicy& p)
{
    using R = Result<qint64>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    if (Status valid = validate(p); !valid)
        return R::failure(valid.error());
    qint64 id = 0;
    const Status done = m_db.transaction([&]() -> Status {
        QSqlQuery insert(m_db.connection());
        insert.prepare(
            u"INSERT INTO insurance_policies (child_id, policy_number, valid_from, valid_to, premium, payer) "
            "VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (Status s = Sql::exec(insert,
                                 {p.childId, p.policyNumber.trimmed(), Sql::date(p.from), Sql::date(p.to),
                                  p.premium.fen(), InsurancePayers::key(p.payer)});
            !s)
            return s;
        id = insert.lastInsertId().toLongLong();
        return followPolicies(p.childId);
    });
    if (!done)
        return R::failure(done.error());
    return id;
}

Status InsuranceRoll::change(const InsurancePolicy& p)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageClaims); !allowed)
        return allowed;
    const Result<InsurancePolicy> stored = policy(p.id);
    if (!stored)
        return Status::failure(stored.error());
    InsurancePolicy changed = p;
    changed.childId = stored->childId;
    if (Status valid = validate(changed); !valid)
        return valid;
    return m_db.transaction([&]() -> Status {
        QSqlQuery update(m_db.connection());
        update.prepare(u"UPDATE insurance_policies SET policy_number = ?, valid_from = ?, valid_to = ?, premium = ?, "
                       "payer = ? WHERE id = ?"_s);
        if (Status s = Sql::exec(update,
                                 {changed.policyNumber.trimmed(), Sql::date(changed.from), Sql::date(changed.to),
                                  changed.premium.fen(), InsurancePayers::key(changed.payer), changed.id});
            !s)
            return s;
        return followPolicies(changed.childId);
    });
}

Status InsuranceRoll::remove(qint64 policyId)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ManageClaims); !allowed)
        return allowed;
    const Result<InsurancePolicy> stored = policy(policyId);
    if (!stored)
        return Status::failure(stored.error());
    return m_db.transaction([&]() -> Status {
        QSqlQuery remove(m_db.connection());
        remove.prepare(u"DELETE FROM insurance_policies WHERE id = ?"_s);
        if (Status s = Sql::exec(remove, {policyId}); !s)
            return s;
        return followPolicies(stored->childId);
    });
}

Status InsuranceRoll::followPolicies(qint64 childId)
{
    QSqlQuery update(m_db.connection());
    update.prepare(u"UPDATE children SET insured = EXISTS (SELECT 1 FROM insurance_policies WHERE child_id = ? "
                   "AND valid_from <= ? AND valid_to >= ?) WHERE id = ?"_s);
    const QVariant today = Sql::date(Clock::today());
    Sql::bind(update, {childId, today, today, childId});
    return Sql::exec(update);
}

Result<InsurancePolicy> InsuranceRoll::policy(qint64 policyId) const
{
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT %1 FROM insurance_policies WHERE id = ?"_s.arg(PolicyColumns));
    if (Status s = Sql::exec(query, {policyId}); !s)
        return Result<InsurancePolicy>::failure(s.error());
    if (!query.next())
        return Result<InsurancePolicy>::failure(tr("There is no insurance policy with the number %1.").arg(policyId));
    return policyFromRow(query);
}

Result<QList<InsurancePolicy>> InsuranceRoll::policiesOf(qint64 childId) const
{
    using R = Result<QList<InsurancePolicy>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewRoster); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT %1 FROM insurance_policies WHERE child_id = ? ORDER BY valid_from, id"_s.arg(PolicyColumns));
    if (Status s = Sql::exec(query, {childId}); !s)
        return R::failure(s.error());
    QList<InsurancePolicy> policies;
    while (query.next())
        policies << policyFromRow(query);
    return policies;
}

Result<InsuranceCover> InsuranceRoll::cover(QDate from, QDate to) const
{
    using R = Result<InsuranceCover>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewRoster); !allowed)
        return R::failure(allowed.error());
    if (!from.isValid() || !to.isValid() || to < from)
        return R::failure(tr("Period: give a first and a last day, the last not before the first."));
    const bool wholeIds = m_db.actor().may(Permission::ViewFullIdentity);
    const auto shown = [wholeIds](const QString& idNumber) { return wholeIds ? idNumber : IdNumber::mask(idNumber); };

    InsuranceCover cover {from, to, {}, {}};
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT p.id, p.child_id, p.policy_number, p.valid_from, p.valid_to, p.premium, p.payer, c.name, "
                  "COALESCE(c.id_number, '') FROM insurance_policies p JOIN children c ON c.id = p.child_id "
                  "WHERE p.valid_from <= ? AND p.valid_to >= ? ORDER BY c.name, p.valid_from, p.id"_s);
    if (Status s = Sql::exec(query, {Sql::date(to), Sql::date(from)}); !s)
        return R::failure(s.error());
    QSet<qint64> covered;
    while (query.next()) {
        const InsurancePolicy p = policyFromRow(query);
        covered << p.childId;
        cover.insured << InsuredLine {p, query.value(7).toString(), shown(query.value(8).toString())};
    }

    const Result<QList<ChildBasics>> children = ChildBasics::enrolled(m_db);
    if (!children)
        return R::failure(children.error());
    for (const ChildBasics& c : children.value())
        if (c.inCareDuring(from, to) && !covered.contains(c.id))
            cover.uninsured << UninsuredChild {c.id, c.name, shown(c.idNumber), c.insuredMark};
    return cover;
}
