#include "RevisionSummary.h"

#include "InstitutionKeys.h"
#include "Jwk.h"
#include "ReportFile.h"
#include "access/Access.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

Result<RevisionSummary> RevisionSummary::load(Database& db, Month month, int revision)
{
    using R = Result<RevisionSummary>;
    if (Status allowed = Access::require(db.actor(), Permission::ExportReports); !allowed)
        return R::failure(allowed.error());
    const Result<QList<ReportRevision>> revisions = ReportRevisions::ofMonth(db, month);
    if (!revisions)
        return R::failure(revisions.error());
    RevisionSummary summary;
    for (const ReportRevision& r : revisions.value()) {
        summary.latestRevision = std::max(summary.latestRevision, r.revision);
        if (r.revision == revision)
            summary.revision = r;
    }
    if (summary.revision.id == 0)
        return R::failure(tr("Revision %1 of %2 was never exported.").arg(revision).arg(month.toString()));
    const Result<ReportFiles> files = ReportRevisions::files(db, summary.revision.id);
    if (!files)
        return R::failure(files.error());
    if (ReportFile::sha256Hex(files->signedFile) != summary.revision.fileSha256)
        return R::failure(tr("The stored copy of %1 no longer matches the SHA-256 recorded when it was exported.")
                              .arg(summary.revision.fileName));
    const Result<QList<KeyInfo>> keys = InstitutionKeys(db).list();
    if (!keys)
        return R::failure(keys.error());
    QList<QByteArray> publicKeys;
    for (const KeyInfo& key : keys.value())
        publicKeys << key.publicKey;
    const ReportVerdict verdict = ReportFile::verifyBytes(files->signedFile, publicKeys);
    if (!verdict.isValid())
        return R::failure(
            tr("The stored copy of %1 does not verify: %2").arg(summary.revision.fileName, verdict.message));
    const QJsonObject& payload = verdict.payload;
    summary.institutionName = payload.value(u"institution"_s).toObject().value(u"name"_s).toString();
    summary.creditCode = payload.value(u"credit_code"_s).toString();
    summary.workbookSha256 = payload.value(u"workbook_sha256"_s).toString();
    summary.keyFingerprint = Jwk::grouped(summary.revision.keyThumbprint);
    summary.sections = ReportSummary::sections(payload);
    return summary;
}
