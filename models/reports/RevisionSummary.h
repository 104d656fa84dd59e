#pragma once

#include "ReportRevisions.h"
#include "ReportSummary.h"

#include <QCoreApplication>

class Database;

// What the paper copy of an exported report revision says, read from the signed file as it was stored and checked
// first: which file it is, so a paper copy can be matched with the file the county has (its name, SHA-256, the
// previous revision's, the workbook's and the signing key's fingerprint), and the month's figures as the file
// gives them.
struct RevisionSummary
{
    Q_DECLARE_TR_FUNCTIONS(RevisionSummary)

public:
    ReportRevision revision;
    QString institutionName;
    QString creditCode;
    QString workbookSha256;
    QString keyFingerprint; // in groups of four, as it is read over the phone
    // The month's latest revision: a later one than this supersedes it.
    int latestRevision = 0;
    QList<ReportSummary::Section> sections;

    bool superseded() const { return latestRevision > revision.revision; }

    // Needs Permission::ExportReports. Refuses a revision not exported, and a stored file whose bytes no longer
    // match its recorded SHA-256 or whose signature does not hold.
    static Result<RevisionSummary> load(Database& db, Month month, int revision);
};
