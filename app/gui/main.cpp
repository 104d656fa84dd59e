#include "MainWindow.h"
#include "access/SessionStart.h"
#include "common/Application.h"
#include "common/MessageBox.h"
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
    parser.setApplicationDescription(QCoreApplication::translate("main", "Day care management for infant care."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"database"_s, QCoreApplication::translate("main", "The database file to open."));
    parser.process(app);
    const QString path = parser.positionalArguments().value(0, Application::defaultDatabasePath());

    auto opened = Database::open(path);
    if (!opened) {
        MessageBox::critical(nullptr, QCoreApplication::translate("main", "DaycareDesk"), opened.error());
        return 1;
    }
    Database& db = *opened.value();
    if (!SessionStart::run(db))
        return 0;
    MainWindow window(db);
    QObject::connect(&window, &MainWindow::loggedOut, &app, &QCoreApplication::quit);
    window.show();
    return app.exec();
}
