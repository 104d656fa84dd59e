#include "VisitJson.h"

#include "VisitTerms.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QJsonValue optionalNumber(const std::optional<int>& value)
{
    return value ? QJsonValue(*value) : QJsonValue();
}

std::optional<int> numberOf(const QJsonValue& value)
{
    return value.isDouble() ? std::optional<int>(value.toInt()) : std::nullopt;
}

QJsonValue dateOf(QDate date)
{
    return date.isValid() ? QJsonValue(date.toString(Qt::ISODate)) : QJsonValue();
}

} // namespace

QJsonObject VisitJson::toJson(const Visit& visit)
{
    QJsonArray topics;
    for (VisitTopic topic : VisitTerms::allTopics())
        if (visit.topics.contains(topic))
            topics.append(VisitTerms::topicKey(topic));
    QJsonObject checklist;
    for (auto it = visit.checklist.cbegin(); it != visit.checklist.cend(); ++it)
        checklist.insert(it.key(), it.value());
    return {
        {u"child_id"_s, visit.childId},
        {u"visited_on"_s, dateOf(visit.visitedOn)},
        {u"visitors"_s, QJsonArray::fromStringList(visit.visitors)},
        {u"topics"_s, topics},
        {u"weight_g"_s, optionalNumber(visit.measurements.weightGrams)},
        {u"length_mm"_s, optionalNumber(visit.measurements.lengthMm)},
        {u"head_mm"_s, optionalNumber(visit.measurements.headMm)},
        {u"checklist"_s, checklist},
        {u"advice"_s, visit.advice},
        {u"referral"_s, VisitTerms::referralKey(visit.referral)},
        {u"referral_reason"_s, visit.referralReason},
        {u"next_visit_on"_s, dateOf(visit.nextVisitOn)},
    };
}

Visit VisitJson::fromJson(const QJsonObject& json)
{
    Visit v;
    v.childId = json.value(u"child_id"_s).toInteger();
    v.visitedOn = QDate::fromString(json.value(u"visited_on"_s).toString(), Qt::ISODate);
    for (const QJsonValue& visitor : json.value(u"visitors"_s).toArray())
        v.visitors.append(visitor.toString());
    for (const QJsonValue& key : json.value(u"topics"_s).toArray())
        if (const std::optional<VisitTopic> topic = VisitTerms::topicFromKey(key.toString()))
            v.topics.append(*topic);
    v.measurements.weightGrams = numberOf(json.value(u"weight_g"_s));
    v.measurements.lengthMm = numberOf(json.value(u"length_mm"_s));
    v.measurements.headMm = numberOf(json.value(u"head_mm"_s));
    const QJsonObject checklist = json.value(u"checklist"_s).toObject();
    for (auto it = checklist.begin(); it != checklist.end(); ++it)
        v.checklist.insert(it.key(), it.value().toBool());
    v.advice = json.value(u"advice"_s).toString();
    v.referral = VisitTerms::referralFromKey(json.value(u"referral"_s).toString()).value_or(Referral::None);
    v.referralReason = json.value(u"referral_reason"_s).toString();
    v.nextVisitOn = QDate::fromString(json.value(u"next_visit_on"_s).toString(), Qt::ISODate);
    return v;
}
