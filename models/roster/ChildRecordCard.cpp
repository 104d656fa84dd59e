#include "ChildRecordCard.h"

#include "ChildRepository.h"
#include "access/Access.h"
#include "access/AuditTrail.h"
#include "common/MobileNumber.h"
#include "common/Month.h"
#include "store/Database.h"
#include "store/Sql.h"
#include "subsidy/InsuranceRoll.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

QDate dateAt(const QSqlQuery& query, int column)
{
    return QDate::fromString(query.value(column).toString(), Qt::ISODate);
}

// Every class the child was ever in, retired ones included: the card is her history.
Result<QList<PlacementLine>> placementLines(Database& db, qint64 childId)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT cl.name, p.care_type, p.valid_from, p.valid_to FROM placements p "
                  "JOIN classes cl ON cl.id = p.class_id WHERE p.child_id = ? ORDER BY p.valid_from"_s);
    if (Status s = Sql::exec(query, {childId}); !s)
        return Result<QList<PlacementLine>>::failure(s.error());
    QList<PlacementLine> lines;
    while (query.next())
        lines.append({query.value(0).toString(),
                      RosterTypes::careTypeFromKey(query.value(1).toString()).value_or(CareType::FullDay),
                      dateAt(query, 2), dateAt(query, 3)});
    return lines;
}

void mask(ChildRecord& child)
{
    child.idNumber = IdNumber::mask(child.idNumber);
    for (Guardian& g : child.guardians) {
        g.idNumber = IdNumber::mask(g.idNumber);
        g.phone = MobileNumber::mask(g.phone);
    }
}

} // namespace

int ChildRecordCard::ageInMonths() const
{
    return ageInCompletedMonths(child.birthDate, printedOn);
}

ChildStanding ChildRecordCard::standing() const
{
    ChildListEntry entry;
    entry.enrolledOn = child.enrolledOn;
    entry.withdrawnOn = child.withdrawnOn;
    return entry.standing(printedOn);
}

Result<ChildRecordCard> ChildRecordCard::forPrinting(Database& db, qint64 childId, QDate day)
{
    using R = Result<ChildRecordCard>;
    const Result<ChildRecord> child = ChildRepository(db).load(childId);
    if (!child)
        return R::failure(child.error());
    const Result<QList<PlacementLine>> placements = placementLines(db, childId);
    if (!placements)
        return R::failure(placements.error());
    const Result<QList<InsurancePolicy>> policies = InsuranceRoll(db).policiesOf(childId);
    if (!policies)
        return R::failure(policies.error());
    ChildRecordCard card {child.value(), placements.value(), policies.value(), day,
                          db.actor().may(Permission::ViewFullIdentity)};
    if (!card.wholeNumbers) {
        mask(card.child);
        return card;
    }
    const Status recorded = db.transaction([&]() -> Status {
        return AuditTrail::recordAccess(
            db.connection(), u"print"_s, u"children"_s, QString::number(childId),
            ChildRecordCard::tr("ID and phone numbers of %1 printed whole on the record card").arg(card.child.name));
    });
    if (!recorded)
        return R::failure(recorded.error());
    return card;
}
