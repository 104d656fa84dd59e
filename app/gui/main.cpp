#include "MainWindow.h"
#include "access/SessionStart.h"
#include "common/Application.h"
#include "setup/OpenDatabase.h"
#include "store/BackupManager.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>

using namespace Qt::StringLiterals;

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    Application::setIdentity();
    Application::fixClockFromEnvironment();
    Application::installTranslations(app, QLocale());

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Management of infant day care (托育) institutions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"database"_s, QCoreApplication::translate("main", "The database file to open."));
    parser.process(app);
    const QString path = parser.positionalArguments().value(0, Application::defaultDatabasePath());

    const std::unique_ptr<Database> opened = openDatabaseOrRecover(path);
    if (!opened)
        return 1;
    Database& db = *opened;
    if (!SessionStart::run(db))
        return 0;
    MainWindow window(db);
    QObject::connect(&window, &MainWindow::loggedOut, &app, &QCoreApplication::quit);
    window.show();
    const int exitCode = app.exec();
    // The day's automatic backup; a failure must not keep the program from closing.
    if (const Result<QString> backup = BackupManager::automaticBackup(db); !backup)
        qWarning().noquote() << backup.error();
    return exitCode;
}
