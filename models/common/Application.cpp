#include "Application.h"

#include "Clock.h"

#include <QDir>
#include <QLibraryInfo>
#include <QStandardPaths>
#include <QTranslator>

using namespace Qt::StringLiterals;

namespace Application {

void setIdentity()
{
    QCoreApplication::setApplicationName(u"DaycareDesk"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(DAYCAREDESK_VERSION));
}

bool installTranslations(QCoreApplication& app, const QLocale& locale)
{
    auto* own = new QTranslator(&app);
    if (!own->load(locale, u"daycaredesk"_s, u"_"_s, u":/i18n"_s)) {
        delete own;
        return false;
    }
    QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, u"qtbase"_s, u"_"_s, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

QLocale chosenLocale(const QString& savedLanguage)
{
    return savedLanguage.isEmpty() ? QLocale::system() : QLocale(savedLanguage);
}

QStringList interfaceFontFamilies(const QLocale& locale, const QString& systemFamily)
{
    // Windows, macOS, then the Linux packages (fonts-noto-cjk, fonts-wqy-microhei).
    const QStringList simplifiedChinese {u"Microsoft YaHei"_s, u"PingFang SC"_s, u"Noto Sans CJK SC"_s,
                                         u"Source Han Sans SC"_s, u"WenQuanYi Micro Hei"_s};
    QStringList families = simplifiedChinese;
    if (locale.language() == QLocale::Chinese)
        families.append(systemFamily);
    else
        families.prepend(systemFamily);
    families.removeDuplicates();
    return families;
}

QString defaultDatabasePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)).filePath(u"daycaredesk.db"_s);
}

void fixClockFromEnvironment()
{
    const QDate today = QDate::fromString(qEnvironmentVariable("DAYCAREDESK_TODAY"), Qt::ISODate);
    if (today.isValid())
        Clock::setFixed(QDateTime(today, QTime(9, 0)));
}

} // namespace Application
