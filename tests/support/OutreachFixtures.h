#pragma once

#include "access/UserRepository.h"
#include "common/CreditCode.h"
#include "institution/InstitutionRepository.h"
#include "store/Database.h"

#include <QString>

// An outreach team's database for the household and visit tests: the team of 店上镇 and its member liuhong, added
// as the program itself; false (with a warning) on failure.
inline bool makeOutreachTeam(Database& db)
{
    const QString first17 = QStringLiteral("12140406MB0195236");
    InstitutionProfile team;
    team.name = QStringLiteral("店上镇农村婴幼儿照护服务队");
    team.creditCode = first17 + CreditCode::checkCharacter(first17);
    team.county = QStringLiteral("潞城区");
    team.township = QStringLiteral("店上镇");
    team.type = InstitutionType::OutreachTeam;
    team.operatingModel = OperatingModel::Public;
    const Result<FieldErrors> saved = InstitutionRepository(db).save(team);
    if (!saved || !saved->isEmpty()) {
        qWarning().noquote() << (saved ? saved->first().message : saved.error());
        return false;
    }
    const Result<qint64> member
        = UserRepository(db).add(QStringLiteral("liuhong"), Role::Outreach, QStringLiteral("visit2026"));
    if (!member)
        qWarning().noquote() << member.error();
    return member.ok();
}
