#include "InstitutionProfile.h"

#include "common/CreditCode.h"
#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<InstitutionType>>& typeNames()
{
    static const QList<EnumName<InstitutionType>> names = {
        {InstitutionType::Independent, u"independent"_s, u"独立托育机构"_s},
        {InstitutionType::Community, u"community"_s, u"社区托育点"_s},
        {InstitutionType::Family, u"family"_s, u"家庭托育点"_s},
        {InstitutionType::Kindergarten, u"kindergarten"_s, u"幼儿园托班"_s},
        {InstitutionType::Employer, u"employer"_s, u"用人单位办托"_s},
        {InstitutionType::Medical, u"medical"_s, u"医疗机构办托"_s},
        {InstitutionType::CountyCenter, u"county-center"_s, u"县区托育综合服务中心"_s},
        {InstitutionType::CityCenter, u"city-center"_s, u"市托育综合服务中心"_s},
        {InstitutionType::OutreachTeam, u"outreach-team"_s, u"农村婴幼儿照护服务队"_s},
    };
    return names;
}

const QList<EnumName<OperatingModel>>& modelNames()
{
    static const QList<EnumName<OperatingModel>> names = {
        {OperatingModel::Public, u"public"_s, u"公建公营"_s},
        {OperatingModel::PublicPrivate, u"public-private"_s, u"公建民营"_s},
        {OperatingModel::Private, u"private"_s, u"民办"_s},
    };
    return names;
}

} // namespace

const QStringList& InstitutionProfile::changzhiCounties()
{
    static const QStringList counties = {u"潞州区"_s, u"上党区"_s, u"屯留区"_s, u"潞城区"_s, u"襄垣县"_s, u"平顺县"_s,
                                         u"黎城县"_s, u"壶关县"_s, u"长子县"_s, u"武乡县"_s, u"沁县"_s,   u"沁源县"_s};
    return counties;
}

QJsonObject InstitutionProfile::toJson() const
{
    QJsonObject json {
        {u"name"_s, name},
        {u"credit_code"_s, creditCode},
        {u"county"_s, county},
        {u"type"_s, typeKey(type)},
        {u"operating_model"_s, operatingModelKey(operatingModel)},
        {u"inclusive"_s, inclusive},
        {u"inclusive_from"_s, inclusiveFrom.isValid() ? QJsonValue(inclusiveFrom.toString(Qt::ISODate)) : QJsonValue()},
        {u"inclusive_places"_s, inclusivePlaces},
        {u"places"_s, places},
    };
    // Only a team has one, and a provider's report stays as it was.
    if (!township.isEmpty())
        json.insert(u"township"_s, township);
    return json;
}

FieldErrors InstitutionProfile::validate(QDate today)
{
    FieldErrors errors;
    name = name.simplified();
    county = county.simplified();
    township = township.simplified();
    if (name.isEmpty())
        errors.append({u"name"_s, name, tr("The institution's name is required.")});
    if (const Result<QString> code = CreditCode::normalize(creditCode); code)
        creditCode = code.value();
    else
        errors.append({u"credit_code"_s, creditCode, code.error()});
    if (county.isEmpty())
        errors.append({u"county"_s, county, tr("The county is required.")});
    if (isOutreachTeam() && township.isEmpty())
        errors.append({u"township"_s, township, tr("An outreach team needs the township (乡镇) it serves.")});
    else if (!isOutreachTeam() && !township.isEmpty())
        errors.append({u"township"_s, township, tr("Only an outreach team records a township.")});
    if (isCenter() || isOutreachTeam()) {
        // A center's own places and recognition are not what it reports; its institutions' are. A team cares for
        // children at home.
        if (places != 0 || inclusive || inclusivePlaces != 0 || inclusiveFrom.isValid())
            errors.append({u"places"_s, QString::number(places),
                           isCenter() ? tr("A center keeps no places of its own and is not recognised as inclusive; "
                                           "leave places and the inclusive recognition empty.")
                                      : tr("An outreach team keeps no places and is not recognised as inclusive; "
                                           "leave places and the inclusive recognition empty.")});
        return errors;
    }
    if (places <= 0)
        errors.append({u"places"_s, QString::number(places), tr("The number of places must be at least 1.")});
    if (inclusive) {
        if (!inclusiveFrom.isValid())
            errors.append({u"inclusive_from"_s, QString(),
                           tr("An inclusive (普惠) institution needs the date of its recognition.")});
        else if (inclusiveFrom > today)
            errors.append({u"inclusive_from"_s, inclusiveFrom.toString(Qt::ISODate),
                           tr("The recognition date %1 is in the future.").arg(inclusiveFrom.toString(Qt::ISODate))});
        if (inclusivePlaces <= 0)
            errors.append({u"inclusive_places"_s, QString::number(inclusivePlaces),
                           tr("An inclusive institution needs its approved inclusive places (at least 1).")});
        else if (places > 0 && inclusivePlaces > places)
            errors.append({u"inclusive_places"_s, QString::number(inclusivePlaces),
                           tr("The approved inclusive places (%1) cannot exceed the total places (%2).")
                               .arg(inclusivePlaces)
                               .arg(places)});
    } else if (inclusivePlaces != 0 || inclusiveFrom.isValid()) {
        errors.append({u"inclusive"_s, QString(),
                       tr("Inclusive places or a recognition date were given, but the institution is not marked "
                          "inclusive (普惠).")});
    }
    return errors;
}

QString InstitutionProfile::typeKey(InstitutionType type)
{
    return enumKey(typeNames(), type);
}

std::optional<InstitutionType> InstitutionProfile::typeFromKey(const QString& key)
{
    return enumFromKey(typeNames(), key);
}

QString InstitutionProfile::typeLabel(InstitutionType type)
{
    switch (type) {
    case InstitutionType::Independent:
        return tr("Independent childcare institution");
    case InstitutionType::Community:
        return tr("Community childcare point");
    case InstitutionType::Family:
        return tr("Family childcare point");
    case InstitutionType::Kindergarten:
        return tr("Kindergarten nursery class");
    case InstitutionType::Employer:
        return tr("Employer-run childcare");
    case InstitutionType::Medical:
        return tr("Childcare run by a medical institution");
    case InstitutionType::CountyCenter:
        return tr("County childcare service center");
    case InstitutionType::CityCenter:
        return tr("City childcare service center");
    case InstitutionType::OutreachTeam:
        return tr("Rural infant-care service team");
    }
    return {};
}

QString InstitutionProfile::typeChineseName(InstitutionType type)
{
    return enumChinese(typeNames(), type);
}

QList<InstitutionType> InstitutionProfile::allTypes()
{
    return enumValues(typeNames());
}

bool InstitutionProfile::isCenterType(InstitutionType type)
{
    return type == InstitutionType::CountyCenter || type == InstitutionType::CityCenter;
}

QString InstitutionProfile::operatingModelKey(OperatingModel model)
{
    return enumKey(modelNames(), model);
}

std::optional<OperatingModel> InstitutionProfile::operatingModelFromKey(const QString& key)
{
    return enumFromKey(modelNames(), key);
}

QString InstitutionProfile::operatingModelLabel(OperatingModel model)
{
    switch (model) {
    case OperatingModel::Public:
        return tr("Public building, publicly run");
    case OperatingModel::PublicPrivate:
        return tr("Public building, privately run");
    case OperatingModel::Private:
        return tr("Privately run");
    }
    return {};
}

QList<OperatingModel> InstitutionProfile::allOperatingModels()
{
    return enumValues(modelNames());
}
