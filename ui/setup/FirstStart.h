#pragma once

class Database;
class QWidget;

// Makes sure the database has an institution before the main window opens: on a new database it asks whether to
// start with demo data or set up, and runs that. False when the user cancelled or the demo could not be made.
bool ensureInstitution(Database& db, QWidget* parent = nullptr);
