#pragma once

#include <QCoreApplication>

class Database;
class QWidget;

// The way from an opened database to a logged-in user, before the main window opens: a new database gets its
// institution (demo or wizard), a database without accounts gets its director, and then someone logs in, choosing
// a new password first when the account requires one. Every step is a dialog; closing one ends the way.
class SessionStart
{
    Q_DECLARE_TR_FUNCTIONS(SessionStart)

public:
    // True when a user is logged in (the database's actor) and the main window may open.
    static bool run(Database& db, QWidget* parent = nullptr);
    // The login dialog (userName filled in when given), then the required password change. False when the user
    // cancelled or logged out instead; nobody is then logged in.
    static bool logIn(Database& db, const QString& userName = {}, QWidget* parent = nullptr);
};
