#pragma once

#include "Visit.h"

#include <QCoreApplication>
#include <optional>

// The stable keys (stored, exported, typed on the command line), English labels and Chinese names of a visit's
// topics and referrals, and the measurements as people write them: kilograms and centimetres with up to one or two
// decimals, read without floating point.
class VisitTerms
{
    Q_DECLARE_TR_FUNCTIONS(VisitTerms)

public:
    static QList<VisitTopic> allTopics();
    static QString topicKey(VisitTopic topic);
    static std::optional<VisitTopic> topicFromKey(const QString& key);
    static QString topicLabel(VisitTopic topic);
    // 喂养, …: the workbook is in Chinese whatever the interface language.
    static QString topicChineseName(VisitTopic topic);
    // "feeding,sleep" in the order of allTopics(); the reverse fails on an unknown name.
    static QString topicsText(const QList<VisitTopic>& topics);
    static std::optional<QList<VisitTopic>> topicsFromText(const QString& text);

    static QList<Referral> allReferrals();
    static QString referralKey(Referral referral);
    static std::optional<Referral> referralFromKey(const QString& key);
    static QString referralLabel(Referral referral);
    static QString referralChineseName(Referral referral);

    // "7.35" kg → 7350 g; "68.5" cm → 685 mm. nullopt when the text is not a plain decimal with at most that many
    // decimals (3 for kilograms, 1 for centimetres).
    static std::optional<int> gramsFromKilograms(const QString& text);
    static std::optional<int> millimetresFromCentimetres(const QString& text);
    static QString kilograms(int grams); // 7350 → "7.35"
    static QString centimetres(int millimetres); // 685 → "68.5"
};
