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
// The database the GUI opens and the command line uses without --db.
QString defaultDatabasePath();
// Training sessions and tests pin "today" with DAYCAREDESK_TODAY=YYYY-MM-DD so months, ages and demo data do not
// drift; without it the system clock is used.
void fixClockFromEnvironment();
} // namespace Application
