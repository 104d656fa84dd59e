#pragma once

#include "reports/SignedExport.h"

#include <functional>
#include <optional>

class Database;
class QWidget;

// The steps a page takes to send a month upstream as a signed file (a center's roll-up, a team's visits): the key
// made on first use by whoever may make it, the folder asked for, then the passphrase asked until the file is
// written or the user gives up.
namespace SignedExportFlow {

struct Texts
{
    QString noKey; // why nothing can be signed: there is no key and the user may not make it
    QString folderCaption;
    QString signTitle;
    QString signIntro;
};

using Write = std::function<Result<ExportedReport>(const QString& passphrase, const QString& folder)>;

// What was written; nullopt when the user stopped, or when it failed with the reason in `error`.
std::optional<ExportedReport> run(Database& db, QWidget* parent, const Texts& texts, const Write& write,
                                  QString& error);

// Where the files went, for the page's message; subject names what was signed ("the roll-up of 2026-10").
QString writtenMessage(const ExportedReport& exported, const QString& subject);

} // namespace SignedExportFlow
