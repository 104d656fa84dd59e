#include "BirthSubsidyApplication.h"

#include "BirthSubsidies.h"
#include "access/Access.h"
#include "common/MobileNumber.h"
#include "institution/InstitutionRepository.h"
#include "roster/ChildRepository.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

Result<BirthSubsidyApplication> BirthSubsidyApplication::load(Database& db, qint64 childId)
{
    using R = Result<BirthSubsidyApplication>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    const Result<ChildRecord> child = ChildRepository(db).load(childId);
    if (!child)
        return R::failure(child.error());
    if (child->birthOrder < 2)
        return R::failure(
            tr("%1 is a first child (孩次 1): the birth subsidy is for a second or later child.").arg(child->name));
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(db).load();
    if (!profile)
        return R::failure(profile.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return R::failure(policy.error());

    const bool whole = db.actor().may(Permission::ViewFullIdentity);
    BirthSubsidyApplication sheet;
    if (profile.value()) {
        sheet.institution = profile.value()->name;
        sheet.institutionCreditCode = profile.value()->creditCode;
    }
    sheet.childName = child->name;
    sheet.gender = child->gender;
    sheet.birthDate = child->birthDate;
    sheet.idNumber = whole ? child->idNumber : IdNumber::mask(child->idNumber);
    sheet.birthOrder = child->birthOrder;
    sheet.amount = BirthSubsidies::amountFor(policy.value(), child->birthOrder, child->birthDate);
    QList<Guardian> guardians = child->guardians;
    std::stable_partition(guardians.begin(), guardians.end(), [](const Guardian& g) { return g.primary; });
    for (const Guardian& g : guardians)
        if (g.isGuardian)
            sheet.guardians << GuardianLine {g.name, g.relation, whole ? g.phone : MobileNumber::mask(g.phone)};

    QSqlQuery query(db.connection());
    query.prepare(u"SELECT birth_applied_on FROM family_subsidies WHERE child_id = ?"_s);
    if (Status s = Sql::exec(query, {childId}); !s)
        return R::failure(s.error());
    if (query.next())
        sheet.appliedOn = QDate::fromString(query.value(0).toString(), Qt::ISODate);
    return sheet;
}
