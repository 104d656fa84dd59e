#pragma once

#include <QString>

class QLabel;
class QWidget;

// The red line under a form or on a page that says what went wrong ("errorLabel"); hidden while empty.
QLabel* makeErrorLabel(QWidget* parent);
// Shows the message, or hides the label when the message is empty.
void showError(QLabel* label, const QString& message);
