#pragma once

#include <QString>

// What DaycareDesk remembers for the person using this computer account, in QSettings. Never a password.
// Widget tests keep theirs apart with QStandardPaths::setTestModeEnabled.
namespace Settings {
// The user name of the last successful login, offered again by the login dialog.
QString lastUserName();
void setLastUserName(const QString& name);
// The interface language chosen in Settings ("zh_CN", "en"); empty to follow the system.
QString language();
void setLanguage(const QString& language);
} // namespace Settings
