#include "InstitutionRepository.h"

#include "access/Access.h"
#include "common/Clock.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

Result<std::optional<InstitutionProfile>> InstitutionRepository::load() const
{
    QSqlQuery query(m_db.connection());
    if (!query.exec(u"SELECT name, credit_code, county, type, operating_model, inclusive, inclusive_from, "
                    "inclusive_places, places, township FROM institution WHERE id = 1"_s))
        return Result<std::optional<InstitutionProfile>>::failure(Sql::failure(query).error());
    if (!query.next())
        return std::optional<InstitutionProfile>();
    InstitutionProfile p;
    p.name = query.value(0).toString();
    p.creditCode = query.value(1).toString();
    p.county = query.value(2).toString();
    p.type = InstitutionProfile::typeFromKey(query.value(3).toString()).value_or(InstitutionType::Independent);
    p.operatingModel
        = InstitutionProfile::operatingModelFromKey(query.value(4).toString()).value_or(OperatingModel::Private);
    p.inclusive = query.value(5).toBool();
    p.inclusiveFrom = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    p.inclusivePlaces = query.value(7).toInt();
    p.places = query.value(8).toInt();
    p.township = query.value(9).toString();
    return std::optional<InstitutionProfile>(p);
}

QString InstitutionRepository::printedName() const
{
    const Result<std::optional<InstitutionProfile>> profile = load();
    return profile && profile->has_value() ? profile->value().name : QString();
}

Result<FieldErrors> InstitutionRepository::save(InstitutionProfile profile)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::EditInstitution); !allowed)
        return Result<FieldErrors>::failure(allowed.error());
    const FieldErrors errors = profile.validate(Clock::today());
    if (!errors.isEmpty())
        return errors;
    const Status status = m_db.transaction([&]() -> Status {
        QSqlQuery query(m_db.connection());
        query.prepare(
            u"INSERT INTO institution (id, name, credit_code, county, type, operating_model, inclusive, "
            "inclusive_from, inclusive_places, places, township, created_at) VALUES (1, :name, :code, :county, "
            ":type, :model, :inclusive, :from, :iplaces, :places, :township, :now) "
            "ON CONFLICT (id) DO UPDATE SET name = excluded.name, credit_code = excluded.credit_code, "
            "county = excluded.county, type = excluded.type, operating_model = excluded.operating_model, "
            "inclusive = excluded.inclusive, inclusive_from = excluded.inclusive_from, "
            "inclusive_places = excluded.inclusive_places, places = excluded.places, "
            "township = excluded.township"_s);
        query.bindValue(u":name"_s, profile.name);
        query.bindValue(u":code"_s, profile.creditCode);
        query.bindValue(u":county"_s, profile.county);
        query.bindValue(u":type"_s, InstitutionProfile::typeKey(profile.type));
        query.bindValue(u":model"_s, InstitutionProfile::operatingModelKey(profile.operatingModel));
        query.bindValue(u":inclusive"_s, profile.inclusive);
        query.bindValue(u":from"_s, Sql::date(profile.inclusiveFrom));
        query.bindValue(u":iplaces"_s, profile.inclusivePlaces);
        query.bindValue(u":places"_s, profile.places);
        query.bindValue(u":township"_s, Sql::text(profile.township));
        query.bindValue(u":now"_s, Clock::now().toString(Qt::ISODate));
        return Sql::exec(query);
    });
    if (!status)
        return Result<FieldErrors>::failure(status.error());
    return FieldErrors();
}
