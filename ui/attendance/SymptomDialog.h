#pragma once

#include <QString>
#include <optional>

class QWidget;

// Asks for the symptom or illness of a sick absence, offering the common ones; nullopt when the user cancels.
// The offered names are stored as written, in Chinese, so the outbreak watch matches them whoever records them.
std::optional<QString> askSymptom(QWidget* parent, const QString& childName);
