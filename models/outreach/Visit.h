#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

// What a visitor talked about with the family.
enum class VisitTopic
{
    Feeding,
    Sleep,
    Development, // development and play
    Safety,
    Health, // health and vaccination
    ParentingStress,
};

// Where a child was sent when the visitor saw something a doctor should see.
enum class Referral
{
    None,
    TownshipHospital, // 乡镇卫生院
    MchCentre, // 妇幼保健院 (maternal and child health centre)
};

// Whole grams and millimetres; a measurement not taken is absent.
struct Measurements
{
    std::optional<int> weightGrams;
    std::optional<int> lengthMm; // lying length under two, standing height after
    std::optional<int> headMm; // head circumference

    bool isEmpty() const { return !weightGrams && !lengthMm && !headMm; }
    bool operator==(const Measurements&) const = default;
};

// One child seen at home on one day.
struct Visit
{
    qint64 id = 0;
    qint64 childId = 0;
    QDate visitedOn;
    QStringList visitors; // the team members' user names
    QList<VisitTopic> topics;
    Measurements measurements;
    QMap<QString, bool> checklist; // DevelopmentChecklist item key → seen to do it
    QString advice;
    Referral referral = Referral::None;
    QString referralReason;
    QDate nextVisitOn; // invalid: no further visit planned
    QString recordedBy;
    QDateTime recordedAt;

    bool operator==(const Visit&) const = default;
};
