#include "CenterRollUp.h"

#include "CenterFindings.h"
#include "CenterMonth.h"
#include "CenterRegistry.h"
#include "CenterRollUpWorkbook.h"
#include "institution/InstitutionRepository.h"
#include "reports/ReportFile.h"
#include "reports/SignedExport.h"
#include "store/Database.h"
#include "store/Sql.h"

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
    query.prepare(u"SELECT file_sha256, payload FROM center_current_reports WHERE month = ?"_s);
    if (Status s = Sql::exec(query, {month.toString()}); !s)
        return R::failure(s.error());
    QHash<QString, QJsonObject> payloads;
    while (query.next())
        payloads.insert(query.value(0).toString(),
                        QJsonDocument::fromJson(query.value(1).toString().toUtf8()).object());
    return payloads;
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
            // A team's summary stands where a provider's figures do; the institution's type says which it is.
            {u"figures"_s,
             reported ? payload.value(payload.contains(u"summary"_s) ? u"summary"_s : u"figures"_s) : QJsonValue()},
        });
    }
    // The totals exactly as `center status` gives them.
    const QJsonObject statusJson = status->toJson();
    QJsonArray findingList;
    for (const CenterFinding& finding : findings.value())
        findingList.append(CenterFindings::toJson(finding));
    return QJsonObject {
        {u"month"_s, month.toString()},
        {u"due_date"_s, status->dueDate.toString(Qt::ISODate)},
        {u"institution"_s, center.value()->toJson()},
        {u"institutions"_s, institutions},
        {u"totals"_s,
         QJsonObject {{u"total"_s, statusJson.value(u"total"_s)},
                      {u"by_county"_s, statusJson.value(u"by_county"_s)},
                      {u"by_type"_s, statusJson.value(u"by_type"_s)},
                      {u"by_township"_s, statusJson.value(u"by_township"_s)}}},
        {u"findings"_s, findingList},
    };
}

Result<ExportedReport> CenterRollUp::exportMonth(Database& db, Month month, const QString& passphrase,
                                                 const QString& directory)
{
    using R = Result<ExportedReport>;
    const Result<QJsonObject> now = content(db, month);
    if (!now)
        return R::failure(now.error());
    return SignedExport::writeMonth(
        db, month, now.value(), {ReportFile::RollUpType, ReportFile::RollUpFormat, ReportFile::RollUpVersion},
        [&](const QString& path, int revision) { return CenterRollUpWorkbook::write(path, now.value(), revision); },
        passphrase, directory);
}
