#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

class Database;

// Writes the roster with the columns RosterImport reads, so a file exported, edited and imported again updates the
// same children. ID and phone numbers are masked unless the actor may see them whole.
class RosterExport
{
    Q_DECLARE_TR_FUNCTIONS(RosterExport)

public:
    // The Chinese column headers, in file order.
    static QStringList header();
    // One row per child with the class and care type in force on `day`.
    static Result<QList<QStringList>> rows(Database& db, QDate day);
    // A .xlsx path gets a workbook; anything else a CSV file in UTF-8 with a byte-order mark.
    static Status write(Database& db, const QString& path, QDate day);
};
