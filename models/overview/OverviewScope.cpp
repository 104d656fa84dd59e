#include "OverviewScope.h"

#include "access/Access.h"
#include "store/Database.h"

Result<OverviewScope> OverviewScope::of(Database& db)
{
    const Actor& actor = db.actor();
    if (Status allowed = Access::require(actor, Permission::ViewRoster); !allowed)
        return Result<OverviewScope>::failure(allowed.error());
    OverviewScope scope;
    scope.allClasses = actor.system || actor.role != Role::Caregiver;
    if (!scope.allClasses)
        scope.classIds = QSet<qint64>(actor.classIds.begin(), actor.classIds.end());
    // A caregiver answers for her classes, not for the money or the staff.
    scope.fees = scope.allClasses && actor.may(Permission::ViewFees);
    scope.claims = scope.allClasses && actor.may(Permission::ManageClaims);
    scope.reports = scope.allClasses && actor.may(Permission::ExportReports);
    scope.staff = scope.allClasses;
    return scope;
}
