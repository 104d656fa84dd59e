#pragma once

#include <QCoreApplication>
#include <QLocale>
#include <QString>

// What the GUI and the command line share about the running program: its identity (which decides where
// QStandardPaths puts data), its translations, and where the default database lives.
namespace Application {
// Sets the application name (which names the data folder) and the version.
void setIdentity();
// Loads DaycareDesk's and Qt's own translations for the locale; returns false when none fits (English is built in).
bool installTranslations(QCoreApplication& app, const QLocale& locale);
// The locale the program speaks: a saved choice ("zh_CN", "en"), else the system's.
QLocale chosenLocale(const QString& savedLanguage);
// The font families for the interface, most wanted first: Simplified Chinese faces before any other CJK face, so a
// character shared with Japanese never takes the Japanese shape; for a Chinese interface they come before the
// system's face, for any other after it.
QStringList interfaceFontFamilies(const QLocale& locale, const QString& systemFamily);
// The database the GUI opens and the command line uses without --db.
QString defaultDatabasePath();
// Training sessions and tests pin "today" with DAYCAREDESK_TODAY=YYYY-MM-DD so months, ages and demo data do not
// drift; without it the system clock is used.
void fixClockFromEnvironment();
} // namespace Application
