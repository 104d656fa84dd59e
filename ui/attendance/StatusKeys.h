#pragma once

#include "attendance/AttendanceRecord.h"

#include <QString>
#include <optional>

// The keys that record a status on the daily sheet and in the month grid: a digit on the number row or pad, or
// the letter of its name (P present, S sick, L leave, O other).
namespace StatusKeys {
std::optional<AttendanceStatus> statusFor(int key);
// "1 / P", for legends and hints.
QString keysOf(AttendanceStatus status);
} // namespace StatusKeys
