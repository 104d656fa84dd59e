#pragma once

#include "store/Database.h"

#include <memory>

class QWidget;

// Opens the database the program starts on. When the file is damaged and a good backup exists, it says so and
// offers to put the newest good backup in its place (the damaged file is kept beside the backups). Returns null
// after telling the user why nothing could be opened.
std::unique_ptr<Database> openDatabaseOrRecover(const QString& path, QWidget* parent = nullptr);
