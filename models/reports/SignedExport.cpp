#include "SignedExport.h"

#include "InstitutionKeys.h"
#include "Jwk.h"
#include "Jws.h"
#include "MonthlyReports.h"
#include "ReportFile.h"
#include "SigningKey.h"
#include "common/Clock.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace {

QString workbookNameOf(const QString& reportName)
{
    return reportName.chopped(ReportFile::FileSuffix.size()) + u".xlsx"_s;
}

Result<QByteArray> readWhole(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            SignedExport::tr("Cannot read %1 back: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace

Result<ExportedReport> SignedExport::write(Database& db, const Content& content, const QList<ReportRevision>& revisions,
                                           bool unchanged, const QString& passphrase, const QString& directory)
{
    using R = Result<ExportedReport>;
    const QDir dir(directory);
    if (unchanged && !revisions.isEmpty()) {
        const ReportRevision& latest = revisions.last();
        const Result<ReportFiles> files = ReportRevisions::files(db, latest.id);
        if (!files)
            return R::failure(files.error());
        ExportedReport again {latest, dir.filePath(latest.fileName), dir.filePath(workbookNameOf(latest.fileName)),
                              false};
        if (Status s = ReportFile::write(again.workbookPath, files->workbook); !s)
            return R::failure(s.error());
        if (Status s = ReportFile::write(again.reportPath, files->signedFile); !s)
            return R::failure(s.error());
        return again;
    }

    const Result<SigningKey> key = InstitutionKeys(db).unlock(passphrase);
    if (!key)
        return R::failure(key.error());
    ReportRevision revision;
    revision.month = content.month;
    revision.revision = revisions.isEmpty() ? 1 : revisions.last().revision + 1;
    revision.reopenings = content.reopenings;
    revision.contentSha256 = content.contentSha256;
    revision.previousSha256 = revisions.isEmpty() ? QString() : revisions.last().fileSha256;
    revision.keyThumbprint = Jwk::thumbprint(key->publicKey());
    revision.fileName = MonthlyReports::fileName(content.creditCode, content.month, revision.revision);
    revision.exportedAt = Clock::now();
    revision.exportedBy = db.actor().name;
    ExportedReport exported {revision, dir.filePath(revision.fileName), dir.filePath(workbookNameOf(revision.fileName)),
                             true};

    if (Status s = content.writeWorkbook(exported.workbookPath, revision.revision); !s)
        return R::failure(s.error());
    ReportFiles files;
    if (const Result<QByteArray> workbook = readWhole(exported.workbookPath))
        files.workbook = workbook.value();
    else
        return R::failure(workbook.error());

    const QDateTime generatedAt = revision.exportedAt.toOffsetFromUtc(revision.exportedAt.offsetFromUtc());
    QJsonObject payload = content.members;
    payload.insert(u"format"_s, content.format.toString());
    payload.insert(u"version"_s, content.version);
    payload.insert(u"credit_code"_s, content.creditCode);
    payload.insert(u"month"_s, content.month.toString());
    payload.insert(u"revision"_s, revision.revision);
    payload.insert(u"generated_at"_s, generatedAt.toString(Qt::ISODate));
    payload.insert(u"previous_sha256"_s,
                   revision.previousSha256.isEmpty() ? QJsonValue() : QJsonValue(revision.previousSha256));
    payload.insert(u"workbook_sha256"_s, ReportFile::sha256Hex(files.workbook));
    files.signedFile = Jws::sign(key.value(), revision.keyThumbprint, content.type.toString(),
                                 QJsonDocument(payload).toJson(QJsonDocument::Compact));
    exported.revision.fileSha256 = ReportFile::sha256Hex(files.signedFile);

    // The row and the file together: a revision is recorded only when its file was written.
    const Status stored = db.transaction([&]() -> Status {
        const Result<qint64> id = ReportRevisions::insert(db, exported.revision, files);
        if (!id)
            return id.status();
        exported.revision.id = id.value();
        return ReportFile::write(exported.reportPath, files.signedFile);
    });
    if (!stored) {
        QFile::remove(exported.workbookPath);
        return R::failure(stored.error());
    }
    return exported;
}

Result<ExportedReport>
SignedExport::writeMonth(Database& db, Month month, const QJsonObject& content, Kind kind,
                         const std::function<Status(const QString& path, int revision)>& workbook,
                         const QString& passphrase, const QString& directory)
{
    using R = Result<ExportedReport>;
    const Result<QList<ReportRevision>> revisions = ReportRevisions::ofMonth(db, month);
    if (!revisions)
        return R::failure(revisions.error());
    if (!QDir().mkpath(directory))
        return R::failure(tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(directory)));
    Content file;
    file.month = month;
    file.creditCode = content.value(u"institution"_s).toObject().value(u"credit_code"_s).toString();
    file.type = kind.type;
    file.format = kind.format;
    file.version = kind.version;
    file.contentSha256 = ReportFile::sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
    file.members = content;
    file.writeWorkbook = workbook;
    const bool unchanged = !revisions->isEmpty() && revisions->last().contentSha256 == file.contentSha256;
    return write(db, file, revisions.value(), unchanged, passphrase, directory);
}
