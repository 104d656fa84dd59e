#pragma once

class Database;
class QWidget;

enum class FirstStartOutcome
{
    Existing, // the database already had its institution
    DemoCreated, // demo data was made, with its director admin
    SetUp, // the wizard recorded the institution (and on a database without users, the director, now logged in)
    Cancelled // the user closed the dialog, or the demo could not be made (already shown)
};

// Makes sure the database has an institution before the main window opens: on a new database it asks whether to
// start with demo data or set up, and runs that.
FirstStartOutcome ensureInstitution(Database& db, QWidget* parent = nullptr);
