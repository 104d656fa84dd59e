#include "RevisionJson.h"

using namespace Qt::StringLiterals;

QJsonObject revisionJson(const ReportRevision& r)
{
    return {{u"revision"_s, r.revision},
            {u"file"_s, r.fileName},
            {u"sha256"_s, r.fileSha256},
            {u"previous_sha256"_s, r.previousSha256.isEmpty() ? QJsonValue() : QJsonValue(r.previousSha256)},
            {u"key"_s, r.keyThumbprint},
            {u"exported_at"_s, r.exportedAt.toString(Qt::ISODate)},
            {u"exported_by"_s, r.exportedBy}};
}

QJsonObject exportedJson(const ExportedReport& exported)
{
    QJsonObject json = revisionJson(exported.revision);
    json.insert(u"month"_s, exported.revision.month.toString());
    json.insert(u"report"_s, exported.reportPath);
    json.insert(u"workbook"_s, exported.workbookPath);
    json.insert(u"new_revision"_s, exported.newRevision);
    return json;
}
