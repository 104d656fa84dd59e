#include "MonthlyReports.h"

#include "InstitutionKeys.h"
#include "Jwk.h"
#include "Jws.h"
#include "MonthlyReportContent.h"
#include "ReportFile.h"
#include "ReportWorkbook.h"
#include "access/Access.h"
#include "billing/MonthClose.h"
#include "common/Clock.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "subsidy/ClaimWorkbook.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

// The hash that tells whether a month still says what a revision said.
QString contentSha256(const MonthlyReportContent& content)
{
    const QJsonObject both {{u"institution"_s, content.institution}, {u"figures"_s, content.figures}};
    return ReportFile::sha256Hex(QJsonDocument(both).toJson(QJsonDocument::Compact));
}

// The month as it is now, beside what its latest revision reported.
struct MonthNow
{
    MonthlyReportContent content;
    QString contentSha256;
    int reopenings = 0;
};

Result<MonthNow> monthNow(Database& db, Month month)
{
    using R = Result<MonthNow>;
    Result<MonthlyReportContent> content = MonthlyReportBuilder::build(db, month);
    if (!content)
        return R::failure(content.error());
    const Result<int> reopenings = MonthClose::timesReopened(db, month);
    if (!reopenings)
        return R::failure(reopenings.error());
    MonthNow now {content.value(), contentSha256(content.value()), reopenings.value()};
    return now;
}

// Where a closed month with revisions stands.
ReportState stateOf(const ReportRevision& latest, const MonthNow& now)
{
    if (now.reopenings > latest.reopenings)
        return ReportState::ClosedAgain;
    if (now.contentSha256 != latest.contentSha256)
        return ReportState::Changed;
    return ReportState::Exported;
}

QString workbookNameOf(const QString& reportName)
{
    return reportName.chopped(ReportFile::FileSuffix.size()) + u".xlsx"_s;
}

Result<QByteArray> readWhole(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Result<QByteArray>::failure(
            MonthlyReports::tr("Cannot read %1 back: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return file.readAll();
}

} // namespace

QString MonthlyReports::fileName(const QString& creditCode, Month month, int revision)
{
    return u"%1_%2_r%3%4"_s.arg(creditCode, month.toString()).arg(revision).arg(ReportFile::FileSuffix);
}

Result<QList<MonthReport>> MonthlyReports::overview(Database& db)
{
    using R = Result<QList<MonthReport>>;
    if (Status allowed = Access::require(db.actor(), Permission::ExportReports); !allowed)
        return R::failure(allowed.error());
    const Result<ClosedMonths> closed = ClosedMonths::load(db);
    if (!closed)
        return R::failure(closed.error());
    const Result<QList<ReportRevision>> revisions = ReportRevisions::all(db);
    if (!revisions)
        return R::failure(revisions.error());

    QMap<QString, MonthReport> byMonth; // "YYYY-MM" sorts as the months do
    for (const Month month : closed->months())
        byMonth[month.toString()].month = month;
    for (const ReportRevision& revision : revisions.value()) {
        MonthReport& report = byMonth[revision.month.toString()];
        report.month = revision.month;
        report.revisions.append(revision);
    }
    QList<MonthReport> reports;
    for (MonthReport& report : byMonth) {
        if (report.revisions.isEmpty()) {
            report.state = ReportState::NotExported;
        } else if (!closed->isClosed(report.month)) {
            report.state = ReportState::Reopened;
        } else {
            const Result<MonthNow> now = monthNow(db, report.month);
            if (!now)
                return R::failure(now.error());
            report.state = stateOf(report.revisions.last(), now.value());
        }
        reports.prepend(report);
    }
    return reports;
}

Result<ExportedReport> MonthlyReports::exportMonth(Database& db, Month month, const QString& passphrase,
                                                   const QString& directory)
{
    using R = Result<ExportedReport>;
    if (Status allowed = Access::require(db.actor(), Permission::ExportReports); !allowed)
        return R::failure(allowed.error());
    const Result<MonthNow> now = monthNow(db, month);
    if (!now)
        return R::failure(now.error());
    const Result<QList<ReportRevision>> revisions = ReportRevisions::ofMonth(db, month);
    if (!revisions)
        return R::failure(revisions.error());
    const QDir dir(directory);

    if (!revisions->isEmpty() && stateOf(revisions->last(), now.value()) == ReportState::Exported) {
        const ReportRevision& latest = revisions->last();
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
    const Result<ClaimWorkbookData> claim = ClaimWorkbook::load(db, month);
    if (!claim)
        return R::failure(claim.error());

    ReportRevision revision;
    revision.month = month;
    revision.revision = revisions->isEmpty() ? 1 : revisions->last().revision + 1;
    revision.reopenings = now->reopenings;
    revision.contentSha256 = now->contentSha256;
    revision.previousSha256 = revisions->isEmpty() ? QString() : revisions->last().fileSha256;
    revision.keyThumbprint = Jwk::thumbprint(key->publicKey());
    revision.fileName = fileName(claim->institution.creditCode, month, revision.revision);
    revision.exportedAt = Clock::now();
    revision.exportedBy = db.actor().name;
    ExportedReport exported {revision, dir.filePath(revision.fileName), dir.filePath(workbookNameOf(revision.fileName)),
                             true};

    if (Status s = ReportWorkbook::write(exported.workbookPath, now->content, revision.revision, claim.value()); !s)
        return R::failure(s.error());
    ReportFiles files;
    if (const Result<QByteArray> workbook = readWhole(exported.workbookPath))
        files.workbook = workbook.value();
    else
        return R::failure(workbook.error());

    const QDateTime generatedAt = revision.exportedAt.toOffsetFromUtc(revision.exportedAt.offsetFromUtc());
    const QJsonObject payload {
        {u"format"_s, ReportFile::MonthlyReportFormat.toString()},
        {u"version"_s, ReportFile::MonthlyReportVersion},
        {u"credit_code"_s, claim->institution.creditCode},
        {u"month"_s, month.toString()},
        {u"revision"_s, revision.revision},
        {u"generated_at"_s, generatedAt.toString(Qt::ISODate)},
        {u"previous_sha256"_s, revision.previousSha256.isEmpty() ? QJsonValue() : QJsonValue(revision.previousSha256)},
        {u"workbook_sha256"_s, ReportFile::sha256Hex(files.workbook)},
        {u"institution"_s, now->content.institution},
        {u"figures"_s, now->content.figures},
    };
    files.signedFile = Jws::sign(key.value(), revision.keyThumbprint, ReportFile::MonthlyReportType.toString(),
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

QString MonthlyReports::stateKey(ReportState state)
{
    switch (state) {
    case ReportState::NotExported:
        return u"not_exported"_s;
    case ReportState::Exported:
        return u"exported"_s;
    case ReportState::ClosedAgain:
        return u"closed_again"_s;
    case ReportState::Changed:
        return u"changed"_s;
    case ReportState::Reopened:
        return u"reopened"_s;
    }
    return {};
}

QString MonthlyReports::stateLabel(ReportState state)
{
    switch (state) {
    case ReportState::NotExported:
        return tr("Not yet exported");
    case ReportState::Exported:
        return tr("Exported");
    case ReportState::ClosedAgain:
        return tr("Closed again since export: export the next revision");
    case ReportState::Changed:
        return tr("Changed since export: export the next revision");
    case ReportState::Reopened:
        return tr("Reopened: close the month, then export it again");
    }
    return {};
}
