#include "VisitTerms.h"

#include "common/EnumNames.h"

#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<VisitTopic>>& topicNames()
{
    static const QList<EnumName<VisitTopic>> names = {
        {VisitTopic::Feeding, u"feeding"_s, u"喂养"_s},
        {VisitTopic::Sleep, u"sleep"_s, u"睡眠"_s},
        {VisitTopic::Development, u"development"_s, u"发展与游戏"_s},
        {VisitTopic::Safety, u"safety"_s, u"安全"_s},
        {VisitTopic::Health, u"health"_s, u"健康与疫苗接种"_s},
        {VisitTopic::ParentingStress, u"parenting_stress"_s, u"养育压力"_s},
    };
    return names;
}

const QList<EnumName<Referral>>& referralNames()
{
    static const QList<EnumName<Referral>> names = {
        {Referral::None, u"none"_s, u"无"_s},
        {Referral::TownshipHospital, u"township_hospital"_s, u"乡镇卫生院"_s},
        {Referral::MchCentre, u"mch_centre"_s, u"妇幼保健院"_s},
    };
    return names;
}

// A non-negative decimal with at most `decimals` digits after the point, scaled to a whole number of its smallest
// unit: ("7.35", 3) → 7350.
std::optional<int> scaled(const QString& text, int decimals)
{
    const QString t = text.trimmed();
    const qsizetype point = t.indexOf(u'.');
    const QString whole = point < 0 ? t : t.left(point);
    QString fraction = point < 0 ? QString() : t.mid(point + 1);
    const auto digitsOnly = [](const QString& s) {
        return std::all_of(s.begin(), s.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
    };
    if (whole.isEmpty() || whole.size() > 4 || !digitsOnly(whole) || !digitsOnly(fraction) || fraction.size() > decimals
        || (point >= 0 && fraction.isEmpty()))
        return std::nullopt;
    fraction = fraction.leftJustified(decimals, u'0');
    int value = whole.toInt();
    for (int i = 0; i < decimals; ++i)
        value *= 10;
    return value + (decimals > 0 ? fraction.toInt() : 0);
}

QString unscaled(int value, int decimals, int shown)
{
    int unit = 1;
    for (int i = 0; i < decimals; ++i)
        unit *= 10;
    QString fraction = QString::number(value % unit).rightJustified(decimals, u'0');
    // Trailing zeros beyond the digits usually written are dropped: 7350 g is "7.35", 7000 g "7.00".
    while (fraction.size() > shown && fraction.endsWith(u'0'))
        fraction.chop(1);
    return u"%1.%2"_s.arg(value / unit).arg(fraction);
}

} // namespace

QList<VisitTopic> VisitTerms::allTopics()
{
    return enumValues(topicNames());
}

QString VisitTerms::topicKey(VisitTopic topic)
{
    return enumKey(topicNames(), topic);
}

std::optional<VisitTopic> VisitTerms::topicFromKey(const QString& key)
{
    return enumFromKey(topicNames(), key);
}

QString VisitTerms::topicLabel(VisitTopic topic)
{
    switch (topic) {
    case VisitTopic::Feeding:
        return tr("Feeding");
    case VisitTopic::Sleep:
        return tr("Sleep");
    case VisitTopic::Development:
        return tr("Development and play");
    case VisitTopic::Safety:
        return tr("Safety");
    case VisitTopic::Health:
        return tr("Health and vaccination");
    case VisitTopic::ParentingStress:
        return tr("Parenting stress");
    }
    return {};
}

QString VisitTerms::topicChineseName(VisitTopic topic)
{
    return enumChinese(topicNames(), topic);
}

QString VisitTerms::topicsText(const QList<VisitTopic>& topics)
{
    QStringList keys;
    for (VisitTopic topic : allTopics())
        if (topics.contains(topic))
            keys.append(topicKey(topic));
    return keys.join(u',');
}

std::optional<QList<VisitTopic>> VisitTerms::topicsFromText(const QString& text)
{
    QList<VisitTopic> topics;
    // Commas, Chinese commas, semicolons and 、 all separate; a spreadsheet user writes any of them.
    static const QRegularExpression separators(u"[,，;；、]"_s);
    for (const QString& part : text.split(separators, Qt::SkipEmptyParts)) {
        if (part.trimmed().isEmpty())
            continue;
        const std::optional<VisitTopic> topic = topicFromKey(part);
        if (!topic)
            return std::nullopt;
        if (!topics.contains(*topic))
            topics.append(*topic);
    }
    return topics;
}

QList<Referral> VisitTerms::allReferrals()
{
    return enumValues(referralNames());
}

QString VisitTerms::referralKey(Referral referral)
{
    return enumKey(referralNames(), referral);
}

std::optional<Referral> VisitTerms::referralFromKey(const QString& key)
{
    if (key.trimmed().isEmpty())
        return Referral::None;
    return enumFromKey(referralNames(), key);
}

QString VisitTerms::referralLabel(Referral referral)
{
    switch (referral) {
    case Referral::None:
        return tr("No referral");
    case Referral::TownshipHospital:
        return tr("Township hospital (乡镇卫生院)");
    case Referral::MchCentre:
        return tr("Maternal and child health centre (妇幼保健院)");
    }
    return {};
}

QString VisitTerms::referralChineseName(Referral referral)
{
    return enumChinese(referralNames(), referral);
}

std::optional<int> VisitTerms::gramsFromKilograms(const QString& text)
{
    return scaled(text, 3);
}

std::optional<int> VisitTerms::millimetresFromCentimetres(const QString& text)
{
    return scaled(text, 1);
}

QString VisitTerms::kilograms(int grams)
{
    return unscaled(grams, 3, 2);
}

QString VisitTerms::centimetres(int millimetres)
{
    return unscaled(millimetres, 1, 1);
}
