#include "Role.h"

#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {
const QList<EnumName<Role>>& roleNames()
{
    static const QList<EnumName<Role>> names = {
        {Role::Director, u"director"_s, u"负责人"_s},          {Role::Finance, u"finance"_s, u"财务"_s},
        {Role::Caregiver, u"caregiver"_s, u"保育人员"_s},      {Role::Outreach, u"outreach"_s, u"入户指导员"_s},
        {Role::CenterOfficer, u"center"_s, u"中心工作人员"_s},
    };
    return names;
}
} // namespace

QString Roles::key(Role role)
{
    return enumKey(roleNames(), role);
}

std::optional<Role> Roles::fromKey(const QString& text)
{
    return enumFromKey(roleNames(), text);
}

QString Roles::label(Role role)
{
    switch (role) {
    case Role::Director:
        return tr("Director");
    case Role::Finance:
        return tr("Finance clerk");
    case Role::Caregiver:
        return tr("Caregiver");
    case Role::Outreach:
        return tr("Home-visit team member");
    case Role::CenterOfficer:
        return tr("Center officer");
    }
    return {};
}

QList<Role> Roles::all()
{
    return enumValues(roleNames());
}
