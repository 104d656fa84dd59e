#pragma once

#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "common/CreditCode.h"
#include "common/CsvReader.h"
#include "institution/InstitutionRepository.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/HouseholdValidator.h"
#include "outreach/VisitRepository.h"
#include "store/Database.h"

#include <QString>
#include <QTest>

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

// The team's database in a fresh temporary folder with two more members who record visits, li and zhao. The program
// itself acts. Null (with a warning) when it could not be made.
inline std::unique_ptr<TempDatabase> outreachTeamDatabase()
{
    auto t = std::make_unique<TempDatabase>();
    if (!t->open() || !makeOutreachTeam(*t->db))
        return nullptr;
    for (const QString& member : {QStringLiteral("li"), QStringLiteral("zhao")})
        if (const Result<qint64> added
            = UserRepository(*t->db).add(member, Role::Outreach, QStringLiteral("visit-2026"));
            !added) {
            qWarning().noquote() << added.error();
            return nullptr;
        }
    return t;
}

// A household of one child in a village, registered and consenting on `registered`; 0 (with a warning) on failure.
inline qint64 addHousehold(Database& db, const QString& village, const QString& childName, QDate birthDate,
                           QDate registered, bool leftBehind = false, qint64* childId = nullptr)
{
    Household h;
    h.village = village;
    h.guardians = {{QStringLiteral("王秀兰"), QStringLiteral("祖母"), QStringLiteral("13912345678")}};
    h.leftBehind = leftBehind;
    h.carer = leftBehind ? QStringLiteral("祖母") : QString();
    h.consentBy = QStringLiteral("王秀兰");
    h.consentOn = registered;
    h.registeredOn = registered;
    OutreachChild child;
    child.name = childName;
    child.gender = Gender::Female;
    child.birthDate = birthDate;
    h.children = {child};
    const FieldErrors errors = HouseholdValidator::validate(h, std::max(registered, birthDate));
    if (!errors.isEmpty()) {
        qWarning().noquote() << errors.first().message;
        return 0;
    }
    const Result<qint64> id = HouseholdRepository(db).add(h);
    if (!id) {
        qWarning().noquote() << id.error();
        return 0;
    }
    if (childId)
        *childId = HouseholdRepository(db).load(id.value()).value().children.first().id;
    return id.value();
}

// Adds a child to a household as of `today`; her id, or 0 (with a warning) on failure.
inline qint64 addChild(Database& db, qint64 householdId, const QString& name, Gender gender, QDate birthDate,
                       QDate today, const QString& idNumber = {})
{
    Household h = HouseholdRepository(db).load(householdId).value_or(Household());
    OutreachChild child;
    child.name = name;
    child.gender = gender;
    child.birthDate = birthDate;
    child.idNumber = idNumber;
    h.children.append(child);
    const FieldErrors errors = HouseholdValidator::validate(h, today);
    const Status saved = errors.isEmpty() ? HouseholdRepository(db).update(h) : Status::failure(errors.first().message);
    if (!saved) {
        qWarning().noquote() << saved.error();
        return 0;
    }
    const Household stored = HouseholdRepository(db).load(householdId).value_or(Household());
    for (const OutreachChild& c : stored.children)
        if (c.name == name && c.birthDate == birthDate)
            return c.id;
    return 0;
}

// A visit by li on `day` covering feeding, planning the next on `next` (invalid: none); 0 (with a warning) when
// refused.
inline qint64 addVisit(Database& db, qint64 childId, QDate day, QDate next, Referral referral = Referral::None,
                       const QStringList& visitors = {QStringLiteral("li")})
{
    Visit v;
    v.childId = childId;
    v.visitedOn = day;
    v.visitors = visitors;
    v.topics = {VisitTopic::Feeding};
    v.referral = referral;
    v.referralReason = referral == Referral::None ? QString() : QStringLiteral("体重增长缓慢");
    v.nextVisitOn = next;
    const Result<qint64> id = VisitRepository(db).add(v);
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}
