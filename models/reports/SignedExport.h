#pragma once

#include "ReportRevisions.h"
#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <functional>

class Database;

// What an export wrote: the revision and where its two files went.
struct ExportedReport
{
    ReportRevision revision;
    QString reportPath;
    QString workbookPath;
    // False when the month had not changed since its latest revision, whose stored files were written again.
    bool newRevision = false;
};

// The steps every signed file upstream shares (a monthly report, a county's roll-up): an unchanged month gets its
// stored files again, byte for byte; otherwise the next revision is made: its workbook written, the payload (the
// envelope around the content's members) signed with the current key, and the revision stored with both files,
// recorded only once the signed file is written.
class SignedExport
{
    Q_DECLARE_TR_FUNCTIONS(SignedExport)

public:
    struct Content
    {
        Month month;
        QString creditCode; // whose file it is; it names the file
        QStringView type; // the JWS typ
        QStringView format; // the payload's format and its version
        int version = 1;
        int reopenings = 0; // how often the month had been reopened, for a monthly report
        QString contentSha256; // over what the file reports, to tell later whether it changed
        QJsonObject members; // the payload's members beside the envelope
        std::function<Status(const QString& path, int revision)> writeWorkbook;
    };

    // unchanged: the latest revision (the last of revisions) still says what content says.
    static Result<ExportedReport> write(Database& db, const Content& content, const QList<ReportRevision>& revisions,
                                        bool unchanged, const QString& passphrase, const QString& directory);

    // What kind of signed file a month's content becomes.
    struct Kind
    {
        QStringView type;
        QStringView format;
        int version = 1;
    };
    // A month whose content is the payload's members, naming its sender in institution.credit_code (a county's
    // roll-up, a team's month): the month's revisions read, the folder made, and a new revision written unless the
    // latest one holds the same content.
    static Result<ExportedReport> writeMonth(Database& db, Month month, const QJsonObject& content, Kind kind,
                                             const std::function<Status(const QString& path, int revision)>& workbook,
                                             const QString& passphrase, const QString& directory);
};
