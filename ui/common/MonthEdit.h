#pragma once

#include "common/Month.h"

class QDateEdit;
class QString;
class QWidget;

// A month picker: a date edit showing "2026-11" with a calendar popup, on the month of `initial`.
QDateEdit* makeMonthEdit(Month initial, const QString& objectName, QWidget* parent);
