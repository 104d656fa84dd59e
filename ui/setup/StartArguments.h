#pragma once

#include <QString>
#include <QStringList>

// What the GUI starts on. Its one argument names a database to open, or a signed report (*.ddreport.json) that
// was double-clicked in the file manager: that one is to be verified, against the keys of the default database.
struct StartArguments
{
    QString databasePath;
    QString reportPath; // empty unless a report is to be verified

    static StartArguments from(const QStringList& positional, const QString& defaultDatabasePath);
};
