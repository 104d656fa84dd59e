#include "CenterRollUp.h"

#include "CenterFindings.h"
#include "CenterMonth.h"
#include "CenterRegistry.h"
#include "CenterRollUpWorkbook.h"
#include "common/Clock.h"
#include "institution/InstitutionRepository.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/Jws.h"
#include "reports/MonthlyReports.h"
#include "reports/ReportFile.h"
#include "reports/SigningKey.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The payloads of the month's current reports, by the SHA-256 of their files.
Result<QHash<QString, QJsonObject>> currentPayloads(Database& db, Month month)
{
    using R = Result<QHash<QString, QJsonObject>>;
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT r.file_sha256, r.payload FROM center_reports r WHERE r.month = ? AND r.revision = "
                  "(SELECT max(x.revision) FROM center_reports x WHERE x.institution_id = r.institution_id AND "
                  "x.month = r.month)"_s);
    if (Status s = Sql::exec(query, {month.toString()}); !s)
        return R::failure(s.error());
    QHash<QString, QJsonObject> payloads;
    while (query.next())
        payloads.insert(query.value(0).toString(),
                        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    return payloads;
}

QJsonObject groupsJson(const QList<CenterGroupTotal>& groups)
{
    QJsonObject json;
    for (const CenterGroupTotal& group : groups)
        json.insert(group.key, group.figures.toJson());
    return json;
}

QString contentSha256(const QJsonObject& content)
{
    return ReportFile::sha256Hex(QJsonDocument(content).toJson(QJsonDocument::Compact));
}

QString workbookNameOf(const QString& reportName)
{
    return reportName.chopped(ReportFile::FileSuffix.size()) + u".xlsx"_s;
}

} // namespace

Result<QJsonObject> CenterRollUp::content(Database& db, Month month)
{
    using R = Result<QJsonObject>;
    InstitutionType type = InstitutionType::CountyCenter;
    if (Status allowed = CenterRegistry::requireCenter(db, &type); !allowed)
        return R::failure(allowed.error());
    if (type != InstitutionType::CountyCenter)
        return R::failure(tr("Only a county center sends a roll-up; the city center is the last to receive one."));
    const Result<std::optional<InstitutionProfile>> center = InstitutionRepository(db).load();
    if (!center)
        return R::failure(center.error());
    const Result<CenterMonth> status = CenterMonth::load(db, month);
    if (!status)
        return R::failure(status.error());
    const Result<QHash<QString, QJsonObject>> payloads = currentPayloads(db, month);
    if (!payloads)
        return R::failure(payloads.error());
    const Result<QList<CenterFinding>> findings = CenterFindings::find(db, month);
    if (!findings)
        return R::failure(findings.error());

    QJsonArray institutions;
    for (const CenterMonthRow& row : status->rows) {
        const QJsonObject payload = payloads->value(row.reportSha256);
        const bool reported = row.status == ReportingStatus::Reported;
        institutions.append(QJsonObject {
            {u"credit_code"_s, row.creditCode},
            {u"name"_s, row.name},
            {u"county"_s, row.county},
            {u"type"_s, row.type},
            {u"status"_s, CenterMonth::statusKey(row.status)},
            {u"revision"_s, reported ? QJsonValue(row.revision) : QJsonValue()},
            {u"report_sha256"_s, reported ? QJsonValue(row.reportSha256) : QJsonValue()},
            {u"institution"_s, reported ? QJsonValue(payload.value(u"institution"_s)) : QJsonValue()},
            {u"figures"_s, reported ? QJsonValue(payload.value(u"figures"_s)) : QJsonValue()},
        });
    }
    QJsonArray findingList;
    for (const CenterFinding& finding : findings.value())
        findingList.append(CenterFindings::toJson(finding));
    return QJsonObject {
        {u"month"_s, month.toString()},
        {u"due_date"_s, status->dueDate.toString(Qt::ISODate)},
        {u"institution"_s, center.value()->toJson()},
        {u"institutions"_s, institutions},
        {u"totals"_s,
         QJsonObject {{u"total"_s, status->total.toJson()},
                      {u"by_county"_s, groupsJson(status->byCounty)},
                      {u"by_type"_s, groupsJson(status->byType)}}},
        {u"findings"_s, findingList},
    };
}

Result<ExportedRollUp> CenterRollUp::exportMonth(Database& db, Month month, const QString& passphrase,
                                                 const QString& directory)
{
    using R = Result<ExportedRollUp>;
    const Result<QJsonObject> now = content(db, month);
    if (!now)
        return R::failure(now.error());
    const Result<QList<ReportRevision>> revisions = ReportRevisions::ofMonth(db, month);
    if (!revisions)
        return R::failure(revisions.error());
    const QDir dir(directory);
    if (!dir.exists() && !QDir().mkpath(directory))
        return R::failure(tr("Cannot make the folder %1.").arg(QDir::toNativeSeparators(directory)));
    const QString nowSha256 = contentSha256(now.value());

    // Nothing changed since the latest revision: the same files again, byte for byte.
    if (!revisions->isEmpty() && revisions->last().contentSha256 == nowSha256) {
        const ReportRevision& latest = revisions->last();
        const Result<ReportFiles> files = ReportRevisions::files(db, latest.id);
        if (!files)
            return R::failure(files.error());
        ExportedRollUp again {latest, dir.filePath(latest.fileName), dir.filePath(workbookNameOf(latest.fileName)),
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
    const QString creditCode = now->value(u"institution"_s).toObject().value(u"credit_code"_s).toString();
    ReportRevision revision;
    revision.month = month;
    revision.revision = revisions->isEmpty() ? 1 : revisions->last().revision + 1;
    revision.contentSha256 = nowSha256;
    revision.previousSha256 = revisions->isEmpty() ? QString() : revisions->last().fileSha256;
    revision.keyThumbprint = Jwk::thumbprint(key->publicKey());
    revision.fileName = MonthlyReports::fileName(creditCode, month, revision.revision);
    revision.exportedAt = Clock::now();
    revision.exportedBy = db.actor().name;
    ExportedRollUp exported {revision, dir.filePath(revision.fileName), dir.filePath(workbookNameOf(revision.fileName)),
                             true};

    if (Status s = CenterRollUpWorkbook::write(exported.workbookPath, now.value(), revision.revision); !s)
        return R::failure(s.error());
    ReportFiles files;
    QFile workbook(exported.workbookPath);
    if (!workbook.open(QIODevice::ReadOnly))
        return R::failure(
            tr("Cannot read %1 back: %2").arg(QDir::toNativeSeparators(exported.workbookPath), workbook.errorString()));
    files.workbook = workbook.readAll();

    QJsonObject payload = now.value();
    payload.insert(u"format"_s, ReportFile::RollUpFormat.toString());
    payload.insert(u"version"_s, ReportFile::RollUpVersion);
    payload.insert(u"credit_code"_s, creditCode);
    payload.insert(u"revision"_s, revision.revision);
    payload.insert(u"generated_at"_s,
                   revision.exportedAt.toOffsetFromUtc(revision.exportedAt.offsetFromUtc()).toString(Qt::ISODate));
    payload.insert(u"previous_sha256"_s,
                   revision.previousSha256.isEmpty() ? QJsonValue() : QJsonValue(revision.previousSha256));
    payload.insert(u"workbook_sha256"_s, ReportFile::sha256Hex(files.workbook));
    files.signedFile = Jws::sign(key.value(), revision.keyThumbprint, ReportFile::RollUpType.toString(),
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
