#pragma once

#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "common/CreditCode.h"
#include "institution/InstitutionRepository.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/HouseholdValidator.h"
#include "outreach/VisitRepository.h"
#include "reports/InstitutionKeys.h"

#include <QTest>
#include <memory>

// The outreach team every outreach widget test (and the table models' test) starts from, on 2026-11-20 09:00: 黄碾镇's
// team with its leader (a director) and one member, and three households in two villages:
// - 张家庄 王秀英's, registered 2026-10-01 and never visited (due since then), left behind with the grandmother;
// - 张家庄 李春梅's, visited on 2026-11-05 with the next visit on 2026-12-05 (not due);
// - 李家坡 赵桂兰's, visited on 2026-07-10 with the next visit on 2026-08-10 (due, and over three months unvisited).
namespace OutreachTeamFixture {
inline const QString LeaderName = QStringLiteral("leader");
inline const QString LeaderPassword = QStringLiteral("team-leader-2026");
inline const QString MemberName = QStringLiteral("liming");
inline const QString MemberFullName = QStringLiteral("李明");
inline const QString MemberPassword = QStringLiteral("outreach-2026");
inline const QString KeyPassphrase = QStringLiteral("team key passphrase");
inline const QString TeamName = QStringLiteral("黄碾镇农村婴幼儿照护服务队");
inline const QString Township = QStringLiteral("黄碾镇");
} // namespace OutreachTeamFixture

inline OutreachChild outreachChild(const QString& name, Gender gender, QDate born)
{
    OutreachChild c;
    c.name = name;
    c.gender = gender;
    c.birthDate = born;
    return c;
}

// Registers a household as the program itself; 0 (with a warning) on failure.
inline qint64 addOutreachHousehold(Database& db, const QString& village, const QString& address,
                                   const HouseholdGuardian& guardian, const OutreachChild& child, QDate registeredOn,
                                   const QString& carer = {})
{
    Household h;
    h.village = village;
    h.address = address;
    h.guardians = {guardian};
    h.children = {child};
    h.leftBehind = !carer.isEmpty();
    h.carer = carer;
    h.consentBy = guardian.name;
    h.consentOn = registeredOn;
    h.registeredOn = registeredOn;
    if (const FieldErrors errors = HouseholdValidator::validate(h, Clock::today()); !errors.isEmpty()) {
        qWarning().noquote() << errors.first().message;
        return 0;
    }
    const Result<qint64> added = HouseholdRepository(db).add(h);
    if (!added)
        qWarning().noquote() << added.error();
    return added.value_or(0);
}

inline bool addOutreachVisit(Database& db, qint64 householdId, QDate on, QDate next, Measurements measurements = {})
{
    const Result<Household> h = HouseholdRepository(db).load(householdId);
    if (!h)
        return false;
    Visit v;
    v.childId = h->children.first().id;
    v.visitedOn = on;
    v.visitors = {OutreachTeamFixture::MemberName};
    v.topics = {VisitTopic::Feeding, VisitTopic::Safety};
    v.measurements = measurements;
    v.nextVisitOn = next;
    const Result<qint64> added = VisitRepository(db).add(v);
    if (!added)
        qWarning().noquote() << added.error();
    return added.ok();
}

// The team described above, the program itself acting; null (with a warning) when it could not be made.
inline std::unique_ptr<TempDatabase> outreachTeam()
{
    using namespace OutreachTeamFixture;
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    auto t = std::make_unique<TempDatabase>();
    if (!t->open())
        return nullptr;
    Database& db = *t->db;
    InstitutionProfile team;
    team.name = TeamName;
    const QString first17 = QStringLiteral("52140402MJ0000003");
    team.creditCode = first17 + CreditCode::checkCharacter(first17);
    team.county = QStringLiteral("潞州区");
    team.township = Township;
    team.type = InstitutionType::OutreachTeam;
    if (const Result<FieldErrors> saved = InstitutionRepository(db).save(team); !saved || !saved->isEmpty()) {
        qWarning().noquote() << (saved ? saved->first().message : saved.error());
        return nullptr;
    }
    UserRepository users(db);
    if (!users.createFirstDirector(LeaderName, LeaderPassword, false)
        || !users.add(MemberName, Role::Outreach, MemberPassword, MemberFullName)) {
        qWarning("the team's accounts could not be made");
        return nullptr;
    }
    const qint64 wang
        = addOutreachHousehold(db, QStringLiteral("张家庄"), QStringLiteral("张家庄村东3号"),
                               {QStringLiteral("王秀英"), QStringLiteral("祖母"), QStringLiteral("13812345678")},
                               outreachChild(QStringLiteral("张小宝"), Gender::Male, QDate(2026, 3, 2)),
                               QDate(2026, 10, 1), QStringLiteral("祖母王秀英"));
    const qint64 li = addOutreachHousehold(
        db, QStringLiteral("张家庄"), QStringLiteral("张家庄村西12号"),
        {QStringLiteral("李春梅"), QStringLiteral("母亲"), QStringLiteral("13987654321")},
        outreachChild(QStringLiteral("刘欣怡"), Gender::Female, QDate(2025, 6, 15)), QDate(2026, 9, 1));
    const qint64 zhao
        = addOutreachHousehold(db, QStringLiteral("李家坡"), QStringLiteral("李家坡村5组8号"),
                               {QStringLiteral("赵桂兰"), QStringLiteral("祖母"), QStringLiteral("13700001111")},
                               outreachChild(QStringLiteral("赵子轩"), Gender::Male, QDate(2024, 12, 20)),
                               QDate(2026, 6, 1), QStringLiteral("祖母赵桂兰"));
    if (wang == 0 || li == 0 || zhao == 0)
        return nullptr;
    if (!addOutreachVisit(db, li, QDate(2026, 11, 5), QDate(2026, 12, 5), {8200, 745, 452})
        || !addOutreachVisit(db, zhao, QDate(2026, 7, 10), QDate(2026, 8, 10), {10100, 820, 470}))
        return nullptr;
    return t;
}

// Logs the team leader in and makes the team's signing key with KeyPassphrase.
inline bool makeTeamKey(Database& db)
{
    const Result<Actor> leader
        = UserRepository(db).authenticate(OutreachTeamFixture::LeaderName, OutreachTeamFixture::LeaderPassword);
    if (!leader)
        return false;
    db.setActor(leader.value());
    const Result<KeyInfo> key = InstitutionKeys(db).create(OutreachTeamFixture::KeyPassphrase);
    if (!key)
        qWarning().noquote() << key.error();
    return key.ok();
}
