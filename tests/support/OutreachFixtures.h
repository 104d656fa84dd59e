#pragma once

#include "access/UserRepository.h"
#include "common/CreditCode.h"
#include "common/CsvReader.h"
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

// The preview of a CSV file's bytes by an import (HouseholdImport, VisitImport).
template<typename Import> auto previewCsv(Database& db, const QByteArray& bytes)
{
    const Result<CsvTable> table = CsvReader::parse(bytes);
    using Plan = decltype(Import::preview(db, table.value()));
    if (!table)
        return Plan::failure(table.error());
    return Import::preview(db, table.value());
}

// Previews and applies the file; false (with the first problem as a warning) when it was not imported.
template<typename Import> bool importCsv(Database& db, const QByteArray& bytes)
{
    const auto plan = previewCsv<Import>(db, bytes);
    if (!plan || !plan->report.ok()) {
        qWarning().noquote() << (plan ? plan->report.errors.value(0).message : plan.error());
        return false;
    }
    return Import::apply(db, plan.value()).ok();
}
