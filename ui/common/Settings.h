#pragma once

#include <QString>

// What DaycareDesk remembers for the person using this computer account, in QSettings. Never a password.
// Widget tests keep theirs apart with QStandardPaths::setTestModeEnabled.
namespace Settings {
// The user name of the last successful login, offered again by the login dialog.
QString lastUserName();
void setLastUserName(const QString& name);
} // namespace Settings
