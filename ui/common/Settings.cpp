#include "Settings.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString LastUserNameKey = u"login/last_user_name"_s;
const QString LanguageKey = u"interface/language"_s;

// The application's name alone names the file (~/.config/DaycareDesk.conf on Linux): no organisation is set, because
// it would also move the data folder where existing databases live.
QString scope()
{
    return QCoreApplication::applicationName();
}

} // namespace

namespace Settings {

QString lastUserName()
{
    return QSettings(QSettings::UserScope, scope()).value(LastUserNameKey).toString();
}

void setLastUserName(const QString& name)
{
    QSettings(QSettings::UserScope, scope()).setValue(LastUserNameKey, name);
}

QString language()
{
    return QSettings(QSettings::UserScope, scope()).value(LanguageKey).toString();
}

void setLanguage(const QString& language)
{
    QSettings settings(QSettings::UserScope, scope());
    if (language.isEmpty())
        settings.remove(LanguageKey);
    else
        settings.setValue(LanguageKey, language);
}

} // namespace Settings
