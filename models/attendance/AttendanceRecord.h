#pragma once

#include <QDate>
#include <QString>
#include <QTime>
#include <optional>

enum class AttendanceStatus
{
    Present,
    Sick,
    Personal,
    Other
};

// One child's day: present or why absent, times, the morning check (晨检) and, for hourly care, the hours.
struct AttendanceRecord
{
    qint64 childId = 0;
    QDate day;
    AttendanceStatus status = AttendanceStatus::Present;
    QTime arrival;
    QTime departure;
    std::optional<bool> checkNormal;
    QString checkNote;
    std::optional<int> temperatureTenths; // 36.6 °C is 366
    std::optional<int> hours;
    QString symptom;
    QString note;
};
