#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

class Database;

// One exported revision of a month's report: what it reported (which close of the month, and a hash of its
// content) and the file it became.
struct ReportRevision
{
    qint64 id = 0;
    Month month;
    int revision = 0;
    int reopenings = 0; // how often the month had been reopened when this revision was made
    QString contentSha256; // over the institution and figures blocks, to tell later whether they changed
    QString fileName;
    QString fileSha256;
    QString previousSha256; // the previous revision's file; empty for revision 1
    QString keyThumbprint;
    QDateTime exportedAt;
    QString exportedBy;
};

// The bytes of a revision as they were written: the signed report and its companion workbook.
struct ReportFiles
{
    QByteArray signedFile;
    QByteArray workbook;
};

// The store of exported report revisions.
class ReportRevisions
{
public:
    // Every revision, by month then revision.
    static Result<QList<ReportRevision>> all(Database& db);
    static Result<QList<ReportRevision>> ofMonth(Database& db, Month month);
    static Result<ReportFiles> files(Database& db, qint64 id);
    // Inside the caller's transaction; returns the new row's id.
    static Result<qint64> insert(Database& db, const ReportRevision& revision, const ReportFiles& files);
};
