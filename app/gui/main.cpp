#include "MainWindow.h"
#include "access/SessionStart.h"
#include "common/AppIcon.h"
#include "common/Application.h"
#include "common/Settings.h"
#include "reports/ReportVerification.h"
#include "setup/OpenDatabase.h"
#include "setup/StartArguments.h"
#include "store/BackupManager.h"
#include "store/Database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QProcess>

using namespace Qt::StringLiterals;

namespace {

void describeArguments(QCommandLineParser& parser)
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Management of infant day care (托育) institutions."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(
        u"file"_s,
        QCoreApplication::translate("main",
                                    "The database file to open, or a signed report (.ddreport.json) to verify."));
}

// --help and --version only print: answered before a window system is needed, so they work over SSH too.
bool asksForTextOnly(int argc, char* argv[])
{
    for (int i = 1; i < argc; ++i)
        for (const char* option : {"-h", "--help", "--help-all", "-v", "--version"})
            if (qstrcmp(argv[i], option) == 0)
                return true;
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    if (asksForTextOnly(argc, argv)) {
        QCoreApplication text(argc, argv);
        Application::setIdentity();
        Application::installTranslations(text, Application::chosenLocale(Settings::language()));
        QCommandLineParser parser;
        describeArguments(parser);
        parser.process(text);
        return 0;
    }
    QApplication app(argc, argv);
    Application::setIdentity();
    Application::fixClockFromEnvironment();
    // Dates, numbers and Qt's own dialogs follow the language chosen in Settings, else the system's.
    const QLocale locale = Application::chosenLocale(Settings::language());
    QLocale::setDefault(locale);
    Application::installTranslations(app, locale);
    QFont font = QApplication::font();
    font.setFamilies(Application::interfaceFontFamilies(locale, font.family()));
    QApplication::setFont(font);
    QApplication::setWindowIcon(appIcon());
    // Wayland compositors find the icon and the name through the desktop entry.
    QGuiApplication::setDesktopFileName(QStringLiteral(DAYCAREDESK_APP_ID));

    QCommandLineParser parser;
    describeArguments(parser);
    parser.process(app);
    const StartArguments start = StartArguments::from(parser.positionalArguments(), Application::defaultDatabasePath());
    if (!start.reportPath.isEmpty()) {
        ReportVerification::runOnFile(start.reportPath, start.databasePath);
        return 0;
    }

    std::unique_ptr<Database> db = openDatabaseOrRecover(start.databasePath);
    if (!db)
        return 1;
    if (!SessionStart::run(*db))
        return 0;
    QString restoreFrom;
    int exitCode = 0;
    {
        MainWindow window(*db);
        QObject::connect(&window, &MainWindow::loggedOut, &app, &QCoreApplication::quit);
        QObject::connect(&window, &MainWindow::restoreRequested, &app, [&](const QString& backup) {
            restoreFrom = backup;
            QCoreApplication::quit();
        });
        window.show();
        exitCode = app.exec();
    }
    if (!restoreFrom.isEmpty()) {
        // Start again on the restored database, so nothing of the replaced one stays in memory.
        if (restoreBackup(std::move(db), restoreFrom))
            QProcess::startDetached(QCoreApplication::applicationFilePath(), QCoreApplication::arguments().mid(1));
        return exitCode;
    }
    // The day's automatic backup; a failure must not keep the program from closing.
    if (const Result<QString> backup = BackupManager::automaticBackup(*db); !backup)
        qWarning().noquote() << backup.error();
    return exitCode;
}
