#include "AttendanceValidator.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace {

QString timeText(QTime time)
{
    return time.toString(u"HH:mm"_s);
}

bool isHourly(CareType careType)
{
    return careType == CareType::Hourly || careType == CareType::Home;
}

} // namespace

FieldErrors AttendanceValidator::validate(const AttendanceRecord& r, CareType careType)
{
    FieldErrors errors;
    const bool present = r.status == AttendanceStatus::Present;
    if (!present && (r.arrival.isValid() || r.departure.isValid()))
        errors << FieldError {u"arrival"_s, timeText(r.arrival.isValid() ? r.arrival : r.departure),
                              tr("An absent child has no arrival or departure time."), 0};
    if (r.arrival.isValid() && r.departure.isValid() && r.departure <= r.arrival)
        errors << FieldError {u"departure"_s, timeText(r.departure),
                              tr("The departure time must be after the arrival time (%1).").arg(timeText(r.arrival)),
                              0};
    if (r.hours) {
        if (!isHourly(careType))
            errors << FieldError {u"hours"_s, QString::number(*r.hours),
                                  tr("Hours are recorded only for hourly and home care."), 0};
        else if (!present && *r.hours != 0)
            errors << FieldError {u"hours"_s, QString::number(*r.hours), tr("An absent child has no hours."), 0};
        else if (*r.hours < 0 || *r.hours > MostHours)
            errors << FieldError {u"hours"_s, QString::number(*r.hours),
                                  tr("Hours must be between 0 and %1.").arg(MostHours), 0};
    } else if (present && isHourly(careType) && !startedHours(r.arrival, r.departure)) {
        errors << FieldError {u"hours"_s, QString(),
                              tr("Hourly care needs the hours, or the arrival and departure times."), 0};
    }
    if (r.checkNormal == false && r.checkNote.trimmed().isEmpty())
        errors << FieldError {u"check"_s, QString(), tr("Say what the morning check found abnormal."), 0};
    if (r.temperatureTenths && (*r.temperatureTenths < LowestTemperature || *r.temperatureTenths > HighestTemperature))
        errors << FieldError {u"temperature"_s, temperatureText(*r.temperatureTenths),
                              tr("A body temperature lies between %1 and %2 °C.")
                                  .arg(temperatureText(LowestTemperature), temperatureText(HighestTemperature)),
                              0};
    if (r.status == AttendanceStatus::Sick && r.symptom.trimmed().isEmpty())
        errors << FieldError {u"symptom"_s, QString(),
                              tr("A sick absence needs the symptom or illness, for the follow-up and the outbreak "
                                 "watch."),
                              0};
    return errors;
}

std::optional<int> AttendanceValidator::parseTemperature(const QString& text)
{
    static const QRegularExpression pattern(u"^\\s*(\\d{2})(?:[.,，。](\\d))?\\s*$"_s);
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return m.captured(1).toInt() * 10 + (m.captured(2).isEmpty() ? 0 : m.captured(2).toInt());
}

QString AttendanceValidator::temperatureText(int tenths)
{
    return u"%1.%2"_s.arg(tenths / 10).arg(tenths % 10);
}

std::optional<int> AttendanceValidator::startedHours(QTime arrival, QTime departure)
{
    if (!arrival.isValid() || !departure.isValid() || departure <= arrival)
        return std::nullopt;
    const int minutes = arrival.secsTo(departure) / 60;
    return (minutes + 59) / 60;
}
