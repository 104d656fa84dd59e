#pragma once

#include "store/Database.h"

#include <memory>

class QWidget;

// Opens the database the program starts on. When the file is damaged and a good backup exists, it says so and
// offers to put the newest good backup in its place (the damaged file is kept beside the backups). Returns null
// after telling the user why nothing could be opened.
std::unique_ptr<Database> openDatabaseOrRecover(const QString& path, QWidget* parent = nullptr);

// Puts a backup in the place of db's file, which the director asked for on the Settings page: checks it again
// with db's actor, closes db, swaps the files and says what happened. False when the database was left as it was.
bool restoreBackup(std::unique_ptr<Database> db, const QString& backupPath, QWidget* parent = nullptr);
