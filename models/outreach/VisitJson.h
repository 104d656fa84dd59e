#pragma once

#include "Visit.h"

#include <QJsonObject>

// A visit as JSON with the stable keys of REPORT_FORMAT.md's visit records and of `visit add --json`: dates in ISO,
// topics and referral by key, measurements in grams and millimetres. A draft is kept in the same form.
namespace VisitJson {
QJsonObject toJson(const Visit& visit);
// Reads back what toJson wrote; what is missing or unreadable stays empty.
Visit fromJson(const QJsonObject& json);
} // namespace VisitJson
