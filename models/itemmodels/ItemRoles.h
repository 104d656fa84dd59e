#pragma once

#include <Qt>

// Roles every table model of DaycareDesk offers beside Qt's display role: the raw value (fen as an integer, a date
// as QDate) for sorting, tests and exports that must not parse display text.
namespace ItemRoles {
constexpr int Raw = Qt::UserRole + 1;
} // namespace ItemRoles
