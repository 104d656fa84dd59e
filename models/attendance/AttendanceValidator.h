#pragma once

#include "AttendanceRecord.h"
#include "common/FieldError.h"
#include "roster/RosterTypes.h"

#include <QCoreApplication>
#include <optional>

// The rules one day's record must meet before it is saved, shared by the daily sheet, the month grid and the
// import so all refuse the same things with the same words. Field names are the import's English column names:
// status, arrival, departure, hours, check, temperature, symptom.
class AttendanceValidator
{
    Q_DECLARE_TR_FUNCTIONS(AttendanceValidator)

public:
    // A body temperature a thermometer can show, in tenths of a degree Celsius.
    static constexpr int LowestTemperature = 340;
    static constexpr int HighestTemperature = 425;
    static constexpr int MostHours = 24;

    // Every problem, in field order; empty when the record may be saved. careType is the child's that day.
    static FieldErrors validate(const AttendanceRecord& record, CareType careType);

    // "36.8" or "36,8" as 368 tenths; nullopt when the text is not a number with at most one decimal.
    static std::optional<int> parseTemperature(const QString& text);
    static QString temperatureText(int tenths);
    // The started hours from arrival to departure (a 2 h 10 min stay is 3 hours); nullopt unless both are set
    // and departure is after arrival.
    static std::optional<int> startedHours(QTime arrival, QTime departure);
};
