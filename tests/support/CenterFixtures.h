#pragma once

#include "access/Actor.h"
#include "institution/InstitutionRepository.h"
#include "store/Database.h"

#include <QString>

// A county or city center's database as `init --type county-center` leaves it, without its accounts.
inline bool setUpCenter(Database& db, InstitutionType type, const QString& name, const QString& creditCode,
                        const QString& county)
{
    InstitutionProfile center;
    center.name = name;
    center.creditCode = creditCode;
    center.county = county;
    center.type = type;
    const Actor before = db.actor();
    db.setActor(Actor::systemActor());
    const Result<FieldErrors> saved = InstitutionRepository(db).save(center);
    db.setActor(before);
    return saved && saved->isEmpty();
}

inline bool setUpCountyCenter(Database& db)
{
    return setUpCenter(db, InstitutionType::CountyCenter, QStringLiteral("潞州区托育综合服务中心"),
                       QStringLiteral("12140402MB0000001R"), QStringLiteral("潞州区"));
}

inline bool setUpCityCenter(Database& db)
{
    return setUpCenter(db, InstitutionType::CityCenter, QStringLiteral("长治市托育综合服务中心"),
                       QStringLiteral("12140400MB0000001W"), QStringLiteral("长治市"));
}
