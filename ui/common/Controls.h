#pragma once

#include "common/Month.h"

#include <QDate>

class QDateEdit;
class QLabel;
class QPushButton;
class QString;
class QWidget;

// The small controls pages build the same way, each with the objectName tests and the keyboard find it by.

// A push button with its text (and & accelerator).
QPushButton* makeButton(const QString& text, const QString& objectName, QWidget* parent);
// The line under a page that says what was just done ("messageLabel"), wrapped when long.
QLabel* makeMessageLabel(QWidget* parent);
// A date edit with a calendar popup showing "2026-11-29", wide enough for the whole date beside its arrow.
QDateEdit* makeDateEdit(QDate initial, const QString& objectName, QWidget* parent);
// A month picker: a date edit showing "2026-11" with a calendar popup, on the month of `initial`.
QDateEdit* makeMonthEdit(Month initial, const QString& objectName, QWidget* parent);
