#include "Access.h"

Status Access::require(const Actor& actor, Permission permission)
{
    if (!actor.isValid())
        return Status::failure(
            tr("Please log in first: only a logged-in user may %1.").arg(Permissions::describe(permission)));
    if (!actor.may(permission))
        return Status::failure(tr("%1 (%2) may not %3. Ask the director if this is needed.")
                                   .arg(actor.name, Roles::label(actor.role), Permissions::describe(permission)));
    return {};
}

Status Access::requireClass(const Actor& actor, qint64 classId)
{
    if (Status allowed = require(actor, Permission::RecordAttendance); !allowed)
        return allowed;
    if (actor.role == Role::Caregiver && !actor.system && !actor.classIds.contains(classId))
        return Status::failure(
            tr("%1 is not assigned to this class and may not record its attendance.").arg(actor.name));
    return {};
}
