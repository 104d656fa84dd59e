#include "HouseholdRepository.h"

#include "OutreachTeam.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

const Sql::RowStatements householdRow {u"households"_s,
                                       {u"village"_s, u"address"_s, u"left_behind"_s, u"carer"_s, u"consent_by"_s,
                                        u"consent_on"_s, u"registered_on"_s, u"closed_on"_s, u"notes"_s}};
const Sql::RowStatements childRow {
    u"outreach_children"_s,
    {u"household_id"_s, u"name"_s, u"gender"_s, u"birth_date"_s, u"id_number"_s, u"special_needs"_s}};

const QString householdColumns
    = u"id, village, address, left_behind, carer, consent_by, consent_on, registered_on, closed_on, notes"_s;
const QString childColumns = u"id, household_id, name, gender, birth_date, id_number, special_needs"_s;

void bindHousehold(QSqlQuery& query, const Household& h)
{
    Sql::bind(query,
              {Sql::text(h.village), Sql::text(h.address), h.leftBehind, Sql::text(h.carer), Sql::text(h.consentBy),
               Sql::date(h.consentOn), Sql::date(h.registeredOn), Sql::date(h.closedOn), Sql::text(h.notes)});
}

Household householdFrom(const QSqlQuery& q)
{
    Household h;
    h.id = q.value(0).toLongLong();
    h.village = q.value(1).toString();
    h.address = q.value(2).toString();
    h.leftBehind = q.value(3).toBool();
    h.carer = q.value(4).toString();
    h.consentBy = q.value(5).toString();
    h.consentOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    h.registeredOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    h.closedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    h.notes = q.value(9).toString();
    return h;
}

OutreachChild childFrom(const QSqlQuery& q)
{
    OutreachChild c;
    c.id = q.value(0).toLongLong();
    c.householdId = q.value(1).toLongLong();
    c.name = q.value(2).toString();
    c.gender = q.value(3).toString() == u"male"_s ? Gender::Male : Gender::Female;
    c.birthDate = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    c.idNumber = q.value(5).toString();
    c.specialNeeds = q.value(6).toString();
    return c;
}

// Guardians and children of the households a query's WHERE clause picks (the same clause on both tables, by their
// household_id), added to the households in hand.
Status loadMembers(const QSqlDatabase& db, QList<Household>& households, const QString& where, const QVariant& value)
{
    QHash<qint64, Household*> byId;
    for (Household& h : households)
        byId.insert(h.id, &h);
    QSqlQuery guardians(db);
    guardians.prepare(
        u"SELECT household_id, name, relation, phone FROM household_guardians %1 ORDER BY id"_s.arg(where));
    if (value.isValid())
        guardians.addBindValue(value);
    if (Status s = Sql::exec(guardians); !s)
        return s;
    while (guardians.next())
        if (Household* h = byId.value(guardians.value(0).toLongLong()))
            h->guardians.append(
                {guardians.value(1).toString(), guardians.value(2).toString(), guardians.value(3).toString()});
    QSqlQuery children(db);
    children.prepare(u"SELECT %1 FROM outreach_children %2 ORDER BY birth_date, id"_s.arg(childColumns, where));
    if (value.isValid())
        children.addBindValue(value);
    if (Status s = Sql::exec(children); !s)
        return s;
    while (children.next())
        if (Household* h = byId.value(children.value(1).toLongLong()))
            h->children.append(childFrom(children));
    return {};
}

} // namespace

Result<qint64> HouseholdRepository::add(const Household& household)
{
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return Result<qint64>::failure(allowed.error());
    if (Status free = requireFreeIdNumbers(household); !free)
        return Result<qint64>::failure(free.error());
    qint64 id = 0;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery insert(m_db.connection());
        insert.prepare(householdRow.insert());
        bindHousehold(insert, household);
        if (Status s = Sql::exec(insert); !s)
            return s;
        id = insert.lastInsertId().toLongLong();
        return writeMembers(id, household);
    });
    if (!status)
        return Result<qint64>::failure(status.error());
    return id;
}

Status HouseholdRepository::update(const Household& household)
{
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return allowed;
    if (Status free = requireFreeIdNumbers(household); !free)
        return free;
    return m_db.transaction([&]() -> Status {
        QSqlQuery update(m_db.connection());
        update.prepare(householdRow.updateById(household.id));
        bindHousehold(update, household);
        if (Status s = Sql::exec(update); !s)
            return s;
        if (update.numRowsAffected() != 1)
            return Status::failure(tr("The household no longer exists."));
        return writeMembers(household.id, household);
    });
}

Status HouseholdRepository::writeMembers(qint64 householdId, const Household& household)
{
    const QSqlDatabase db = m_db.connection();
    QSqlQuery clear(db);
    clear.prepare(u"DELETE FROM household_guardians WHERE household_id = ?"_s);
    if (Status s = Sql::exec(clear, {householdId}); !s)
        return s;
    QSqlQuery guardian(db);
    guardian.prepare(u"INSERT INTO household_guardians (household_id, name, relation, phone) VALUES (?, ?, ?, ?)"_s);
    for (const HouseholdGuardian& g : household.guardians)
        if (Status s = Sql::exec(guardian, {householdId, Sql::text(g.name), Sql::text(g.relation), Sql::text(g.phone)});
            !s)
            return s;

    // Children kept by id so their visits stay theirs; one left out goes only if no visit names her.
    QList<qint64> kept;
    for (const OutreachChild& c : household.children)
        if (c.id > 0)
            kept.append(c.id);
    QSqlQuery existing(db);
    existing.prepare(u"SELECT c.id, c.name, (SELECT count(*) FROM visits v WHERE v.child_id = c.id) "
                     "FROM outreach_children c WHERE c.household_id = ?"_s);
    if (Status s = Sql::exec(existing, {householdId}); !s)
        return s;
    QList<qint64> removed;
    while (existing.next()) {
        if (kept.contains(existing.value(0).toLongLong()))
            continue;
        if (existing.value(2).toInt() > 0)
            return Status::failure(tr("%1 has %n visit(s) recorded and cannot be taken off the household; close the "
                                      "household instead.",
                                      nullptr, existing.value(2).toInt())
                                       .arg(existing.value(1).toString()));
        removed.append(existing.value(0).toLongLong());
    }
    QSqlQuery remove(db);
    remove.prepare(u"DELETE FROM outreach_children WHERE id = ?"_s);
    for (qint64 id : removed)
        if (Status s = Sql::exec(remove, {id}); !s)
            return s;
    for (const OutreachChild& c : household.children) {
        QSqlQuery write(db);
        write.prepare(c.id > 0 ? childRow.upsertById(c.id) : childRow.insert());
        if (Status s
            = Sql::exec(write,
                        {householdId, Sql::text(c.name), QVariant(c.gender == Gender::Male ? u"male"_s : u"female"_s),
                         Sql::date(c.birthDate), Sql::textOrNull(c.idNumber), Sql::text(c.specialNeeds)});
            !s)
            return s;
    }
    return {};
}

Status HouseholdRepository::requireFreeIdNumbers(const Household& household) const
{
    for (const OutreachChild& c : household.children) {
        if (c.idNumber.isEmpty())
            continue;
        QSqlQuery query(m_db.connection());
        query.prepare(u"SELECT c.name, h.village FROM outreach_children c JOIN households h ON h.id = c.household_id "
                      "WHERE c.id_number = ? AND c.id <> ?"_s);
        if (Status s = Sql::exec(query, {c.idNumber, c.id}); !s)
            return s;
        if (query.next())
            return Status::failure(tr("The ID number %1 of %2 is already recorded for %3 of %4.")
                                       .arg(c.idNumber, c.name, query.value(0).toString(), query.value(1).toString()));
    }
    return {};
}

Result<Household> HouseholdRepository::load(qint64 householdId) const
{
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return Result<Household>::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT %1 FROM households WHERE id = ?"_s.arg(householdColumns));
    if (Status s = Sql::exec(query, {householdId}); !s)
        return Result<Household>::failure(s.error());
    if (!query.next())
        return Result<Household>::failure(tr("There is no household %1.").arg(householdId));
    QList<Household> one {householdFrom(query)};
    if (Status s = loadMembers(m_db.connection(), one, u"WHERE household_id = ?"_s, householdId); !s)
        return Result<Household>::failure(s.error());
    return one.first();
}

Result<QList<Household>> HouseholdRepository::all() const
{
    using R = Result<QList<Household>>;
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT %1 FROM households ORDER BY village, id"_s.arg(householdColumns)))
        return R::failure(Sql::failure(query).error());
    QList<Household> households;
    while (query.next())
        households.append(householdFrom(query));
    if (Status s = loadMembers(m_db.connection(), households, QString(), QVariant()); !s)
        return R::failure(s.error());
    return households;
}

Result<OutreachChild> HouseholdRepository::child(qint64 childId) const
{
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return Result<OutreachChild>::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT %1 FROM outreach_children WHERE id = ?"_s.arg(childColumns));
    if (Status s = Sql::exec(query, {childId}); !s)
        return Result<OutreachChild>::failure(s.error());
    if (!query.next())
        return Result<OutreachChild>::failure(tr("There is no child %1 among the team's households.").arg(childId));
    return childFrom(query);
}

Result<std::optional<qint64>> HouseholdRepository::findChildByIdNumber(const QString& idNumber) const
{
    if (Status allowed = OutreachTeam::require(m_db); !allowed)
        return Result<std::optional<qint64>>::failure(allowed.error());
    return Sql::findId(m_db.connection(), u"SELECT id FROM outreach_children WHERE id_number = ?"_s, idNumber);
}
