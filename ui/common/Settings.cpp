#include "Settings.h"

#include <QCoreApplication>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace {

const QString LastUserNameKey = u"login/last_user_name"_s;

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

} // namespace Settings
