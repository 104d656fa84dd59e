#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <optional>

// What a user does in the institution (or center); permissions follow from it.
enum class Role
{
    Director,
    Finance,
    Caregiver,
    Outreach,
    CenterOfficer
};

class Roles
{
    Q_DECLARE_TR_FUNCTIONS(Roles)

public:
    static QString key(Role role);
    static std::optional<Role> fromKey(const QString& text);
    static QString label(Role role);
    static QList<Role> all();
};
