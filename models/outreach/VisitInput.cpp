#include "VisitInput.h"

#include "VisitTerms.h"
#include "common/DateText.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QDate dateOf(const QHash<QString, QString>& fields, const QString& key, FieldErrors& errors)
{
    const QString text = fields.value(key).trimmed();
    if (text.isEmpty())
        return {};
    const Result<QDate> date = DateText::parse(text);
    if (!date)
        errors.append({key, text, date.error()});
    return date.value_or(QDate());
}

QString topicKeys()
{
    QStringList keys;
    for (VisitTopic topic : VisitTerms::allTopics())
        keys << VisitTerms::topicKey(topic);
    return keys.join(u", "_s);
}

std::optional<int> measurement(const QHash<QString, QString>& fields, const QString& key, bool kilograms,
                               FieldErrors& errors)
{
    const QString text = fields.value(key).trimmed();
    if (text.isEmpty())
        return std::nullopt;
    const std::optional<int> value
        = kilograms ? VisitTerms::gramsFromKilograms(text) : VisitTerms::millimetresFromCentimetres(text);
    if (!value)
        errors.append({key, text,
                       kilograms ? VisitInput::tr("Write the weight in kilograms with up to three decimals, such as "
                                                  "7.35, not \"%1\".")
                                       .arg(text)
                                 : VisitInput::tr("Write centimetres with up to one decimal, such as 68.5, not "
                                                  "\"%1\".")
                                       .arg(text)});
    return value;
}

} // namespace

QStringList VisitInput::split(const QString& text)
{
    static const QRegularExpression separators(u"[,，;；、]"_s);
    QStringList parts;
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            parts << part.trimmed();
    return parts;
}

Visit VisitInput::read(const QHash<QString, QString>& fields, FieldErrors& errors)
{
    Visit visit;
    visit.visitedOn = dateOf(fields, u"visited_on"_s, errors);
    visit.nextVisitOn = dateOf(fields, u"next_visit_on"_s, errors);
    visit.visitors = split(fields.value(u"visitors"_s));
    const QString topics = fields.value(u"topics"_s).trimmed();
    if (const std::optional<QList<VisitTopic>> read = VisitTerms::topicsFromText(topics))
        visit.topics = *read;
    else
        errors.append(
            {u"topics"_s, topics, tr("Unknown topic in \"%1\"; the topics are: %2.").arg(topics, topicKeys())});
    visit.measurements.weightGrams = measurement(fields, u"weight"_s, true, errors);
    visit.measurements.lengthMm = measurement(fields, u"length"_s, false, errors);
    visit.measurements.headMm = measurement(fields, u"head"_s, false, errors);
    for (const QString& item : split(fields.value(u"checklist"_s))) {
        const bool notSeen = item.startsWith(u'-');
        visit.checklist.insert(notSeen ? item.mid(1).trimmed() : item, !notSeen);
    }
    visit.advice = fields.value(u"advice"_s);
    const QString referral = fields.value(u"referral"_s).trimmed();
    if (const std::optional<Referral> read = VisitTerms::referralFromKey(referral))
        visit.referral = *read;
    else
        errors.append({u"referral"_s, referral,
                       tr("Unknown referral \"%1\"; write township_hospital (乡镇卫生院) or mch_centre (妇幼保健院).")
                           .arg(referral)});
    visit.referralReason = fields.value(u"referral_reason"_s);
    return visit;
}
