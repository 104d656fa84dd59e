#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <optional>

class Database;

// What became of one file offered to a center.
struct ImportedFile
{
    enum class Verdict
    {
        Imported, // the first report of its institution and month
        Superseding, // a later revision: the month's figures are now this one's; the older stays in the history
        OlderRevision, // arrived after a later revision: kept, but not the month's current report
        AlreadyImported, // the same file, byte for byte, came before
        Held, // signed by a key the center does not know: kept until its institution is registered
        Rejected, // not a signed report, changed after signing, or not what its signer may send
    };
    QString fileName;
    QString sha256;
    Verdict verdict = Verdict::Rejected;
    // Why, in a sentence; for a held file, whose key it is.
    QString reason;
    QString creditCode;
    Month month;
    int revision = 0;
};

// A county or city center importing the signed monthly reports of its institutions. Each file is checked against
// the registry (its key, its signature, its format) and then either imported whole, held, or refused; one bad file
// never stops the others, and every file offered leaves a line in the import log. Needs Permission::ManageCenter.
class CenterImport
{
    Q_DECLARE_TR_FUNCTIONS(CenterImport)

public:
    // In the order given.
    static Result<QList<ImportedFile>> importFiles(Database& db, const QStringList& paths);
    // The held files offered again, after a registration: those whose signer is now known are imported.
    static Result<QList<ImportedFile>> retryHeld(Database& db);

    // The stable name of a verdict, for files and the command line: "imported", "older_revision", …
    static QString key(ImportedFile::Verdict verdict);
    static std::optional<ImportedFile::Verdict> verdictFromKey(const QString& key);
    static QString label(ImportedFile::Verdict verdict);
};
