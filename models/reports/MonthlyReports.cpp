#include "MonthlyReports.h"

#include "InstitutionKeys.h"
#include "Jwk.h"
#include "Jws.h"
#include "MonthlyReportContent.h"
#include "ReportFile.h"
#include "ReportWorkbook.h"
#include "SignedExport.h"
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
    const bool unchanged = !revisions->isEmpty() && stateOf(revisions->last(), now.value()) == ReportState::Exported;
    std::optional<ClaimWorkbookData> claim;
    if (!unchanged) {
        Result<ClaimWorkbookData> loaded = ClaimWorkbook::load(db, month);
        if (!loaded)
            return R::failure(loaded.error());
        claim = std::move(loaded.value());
    }
    SignedExport::Content content;
    content.month = month;
    content.creditCode = now->content.institution.value(u"credit_code"_s).toString();
    content.type = ReportFile::MonthlyReportType;
    content.format = ReportFile::MonthlyReportFormat;
    content.version = ReportFile::MonthlyReportVersion;
    content.reopenings = now->reopenings;
    content.contentSha256 = now->contentSha256;
    content.members = {{u"institution"_s, now->content.institution}, {u"figures"_s, now->content.figures}};
    content.writeWorkbook = [&](const QString& path, int revision) {
        return ReportWorkbook::write(path, now->content, revision, *claim);
    };
    return SignedExport::write(db, content, revisions.value(), unchanged, passphrase, directory);
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
