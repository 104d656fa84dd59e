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

    // Sets the day's status; a sick day takes the symptom, and an absence loses the times and hours of a presence.
    void setStatus(AttendanceStatus newStatus, const QString& sickWith = {})
    {
        status = newStatus;
        symptom = newStatus == AttendanceStatus::Sick ? sickWith.trimmed() : QString();
        if (newStatus != AttendanceStatus::Present) {
            arrival = {};
            departure = {};
            hours.reset();
        }
    }
};

// A sick absence (因病缺勤) as the outbreak rule sees it: the class is the one the child was placed in that day.
struct SickAbsence
{
    qint64 childId = 0;
    qint64 classId = 0;
    QDate day;
    QString symptom;
};
