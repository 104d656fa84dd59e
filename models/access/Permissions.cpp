#include "Permission.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace {

struct Grant
{
    Permission permission;
    QString key;
    QList<Role> roles;
};

// The whole matrix. A director may do everything on an institution or a center (as its head); a center officer works
// only on a center's reports.
const QList<Grant>& grants()
{
    using R = Role;
    static const QList<Grant> table = {
        {Permission::ManageUsers, u"manage_users"_s, {R::Director}},
        {Permission::EditInstitution, u"edit_institution"_s, {R::Director}},
        {Permission::EditPolicy, u"edit_policy"_s, {R::Director, R::Finance}},
        {Permission::EditRoster, u"edit_roster"_s, {R::Director}},
        {Permission::ViewRoster, u"view_roster"_s, {R::Director, R::Finance, R::Caregiver}},
        {Permission::ViewFullIdentity, u"view_full_identity"_s, {R::Director, R::Finance}},
        {Permission::RecordAttendance, u"record_attendance"_s, {R::Director, R::Caregiver}},
        {Permission::ViewFees, u"view_fees"_s, {R::Director, R::Finance}},
        {Permission::EditFees, u"edit_fees"_s, {R::Director, R::Finance}},
        {Permission::ReopenMonth, u"reopen_month"_s, {R::Director}},
        {Permission::ConfirmAbsences, u"confirm_absences"_s, {R::Director}},
        {Permission::ManageClaims, u"manage_claims"_s, {R::Director, R::Finance}},
        {Permission::ExportReports, u"export_reports"_s, {R::Director, R::Finance}},
        {Permission::ManageKeys, u"manage_keys"_s, {R::Director}},
        {Permission::ViewAudit, u"view_audit"_s, {R::Director}},
        {Permission::ManageBackups, u"manage_backups"_s, {R::Director}},
        {Permission::RecordOutreach, u"record_outreach"_s, {R::Director, R::Outreach}},
        {Permission::ManageCenter, u"manage_center"_s, {R::Director, R::CenterOfficer}},
    };
    return table;
}

const Grant* grantOf(Permission permission)
{
    for (const Grant& g : grants())
        if (g.permission == permission)
            return &g;
    return nullptr;
}

} // namespace

bool Permissions::allows(Role role, Permission permission)
{
    const Grant* grant = grantOf(permission);
    return grant && grant->roles.contains(role);
}

QList<Permission> Permissions::all()
{
    QList<Permission> list;
    for (const Grant& g : grants())
        list.append(g.permission);
    return list;
}

QString Permissions::key(Permission permission)
{
    const Grant* grant = grantOf(permission);
    return grant ? grant->key : QString();
}

QString Permissions::describe(Permission permission)
{
    switch (permission) {
    case Permission::ManageUsers:
        return tr("manage user accounts");
    case Permission::EditInstitution:
        return tr("change the institution's details");
    case Permission::EditPolicy:
        return tr("change fee and subsidy parameters");
    case Permission::EditRoster:
        return tr("change classes, children and staff");
    case Permission::ViewRoster:
        return tr("see the roster");
    case Permission::ViewFullIdentity:
        return tr("see whole ID and phone numbers");
    case Permission::RecordAttendance:
        return tr("record attendance");
    case Permission::ViewFees:
        return tr("see fees");
    case Permission::EditFees:
        return tr("record fees and payments");
    case Permission::ReopenMonth:
        return tr("reopen a closed month");
    case Permission::ConfirmAbsences:
        return tr("confirm days without attendance as absences");
    case Permission::ManageClaims:
        return tr("prepare subsidy claims");
    case Permission::ExportReports:
        return tr("export reports");
    case Permission::ManageKeys:
        return tr("manage the institution's signing keys");
    case Permission::ViewAudit:
        return tr("see the audit trail");
    case Permission::ManageBackups:
        return tr("create and restore backups");
    case Permission::RecordOutreach:
        return tr("record home visits");
    case Permission::ManageCenter:
        return tr("work on a center's reports");
    }
    return {};
}
