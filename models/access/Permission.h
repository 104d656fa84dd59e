#pragma once

#include "Role.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

// Everything the domain guards. A later capability adds its permission here and its row in Permissions.cpp's table;
// nothing else decides who may do what.
enum class Permission
{
    ManageUsers, // add users, reset passwords, disable accounts
    EditInstitution, // the profile, the calendar's closures and official years
    EditPolicy, // dated fee and subsidy parameters
    EditRoster, // classes, children, guardians, staff
    ViewRoster, // see the roster (identity numbers masked)
    ViewFullIdentity, // see whole ID numbers and phone numbers
    RecordAttendance, // attendance and health checks (a caregiver: her classes only)
    ViewFees, // bills, payments, arrears
    EditFees, // bills, payments, receipts, month close
    ReopenMonth, // reopen a closed month
    ConfirmAbsences, // record a month's days without attendance as absences when it is closed
    ManageClaims, // subsidy claims and their workbooks
    ExportReports, // monthly reports upstream
    ManageKeys, // make, re-seal and rotate the institution's signing keys
    ViewAudit, // the audit trail, its verification and export
    ManageBackups, // create and restore backups
    RecordOutreach, // households and home visits
    ManageCenter, // a center's registry, imports and roll-ups
};

class Permissions
{
    Q_DECLARE_TR_FUNCTIONS(Permissions)

public:
    static bool allows(Role role, Permission permission);
    static QList<Permission> all();
    static QString key(Permission permission);
    // What the permission lets one do, for refusal messages: "change the roster".
    static QString describe(Permission permission);
};
