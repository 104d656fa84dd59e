#pragma once

#include "Permission.h"

#include <QList>
#include <QString>

// Who is acting on a database: the logged-in user, or the program itself while it sets up a new file.
struct Actor
{
    qint64 userId = 0;
    QString name;
    Role role = Role::Caregiver;
    // For a caregiver: the classes she is assigned to; her attendance rights stop there.
    QList<qint64> classIds;
    bool system = false;

    bool isValid() const { return system || userId > 0; }
    bool may(Permission permission) const { return system || Permissions::allows(role, permission); }

    // The program itself: creating a database, running migrations, building demo data.
    static Actor systemActor()
    {
        Actor a;
        a.name = QStringLiteral("system");
        a.role = Role::Director;
        a.system = true;
        return a;
    }
};
