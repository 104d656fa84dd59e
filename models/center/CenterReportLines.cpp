#include "CenterReportLines.h"

#include "CenterFigures.h"
#include "CenterMonth.h"
#include "reports/ReportFile.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// One institution as a file reports it.
struct Line
{
    QString creditCode;
    QString name;
    QString county;
    QString type;
    QString status; // CenterMonth::statusKey
    int revision = 0;
    QString reportSha256;
    QJsonObject institution;
    QJsonObject figures; // the report's figures block; empty when it did not report
};

QList<Line> linesOf(const QString& fileSha256, const QJsonObject& payload)
{
    if (payload.value(u"format"_s).toString() != ReportFile::RollUpFormat) {
        const QJsonObject institution = payload.value(u"institution"_s).toObject();
        return {{payload.value(u"credit_code"_s).toString(), institution.value(u"name"_s).toString(),
                 institution.value(u"county"_s).toString(), institution.value(u"type"_s).toString(),
                 CenterMonth::statusKey(ReportingStatus::Reported), payload.value(u"revision"_s).toInt(), fileSha256,
                 institution, payload.value(u"figures"_s).toObject()}};
    }
    QList<Line> lines;
    for (const QJsonValue& entry : payload.value(u"institutions"_s).toArray()) {
        const QJsonObject o = entry.toObject();
        // An institution the county has nothing from has no revision, report or figures (nulls in the file).
        const QString status = CenterMonth::statusKey(
            CenterMonth::statusFromKey(o.value(u"status"_s).toString()).value_or(ReportingStatus::NotReported));
        lines.append({o.value(u"credit_code"_s).toString(), o.value(u"name"_s).toString(),
                      o.value(u"county"_s).toString(), o.value(u"type"_s).toString(), status,
                      o.value(u"revision"_s).toInt(), o.value(u"report_sha256"_s).toString(),
                      o.value(u"institution"_s).toObject(), o.value(u"figures"_s).toObject()});
    }
    return lines;
}

CenterFigures figuresOf(const Line& line)
{
    if (line.status == CenterMonth::statusKey(ReportingStatus::Reported))
        return CenterFigures::fromReport(line.institution, line.figures);
    CenterFigures counted;
    counted.institutions = 1;
    return counted;
}

} // namespace

Status CenterReportLines::write(const QSqlDatabase& db, qint64 reportId, const QString& fileSha256,
                                const QJsonObject& payload)
{
    QSqlQuery insertLine(db);
    insertLine.prepare(u"INSERT INTO center_report_lines (report_id, credit_code, name, county, institution_type, "
                       "status, revision, report_sha256, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insertChild(db);
    insertChild.prepare(u"INSERT INTO center_claimed_children (line_id, id_number, name, class_name, amount_fen) "
                        "VALUES (?, ?, ?, ?, ?)"_s);
    for (const Line& line : linesOf(fileSha256, payload)) {
        const QByteArray figures = QJsonDocument(figuresOf(line).toJson()).toJson(QJsonDocument::Compact);
        if (Status s = Sql::exec(insertLine,
                                 {reportId, Sql::text(line.creditCode), Sql::text(line.name), Sql::text(line.county),
                                  Sql::text(line.type), line.status, line.revision, Sql::text(line.reportSha256),
                                  QString::fromUtf8(figures)});
            !s)
            return s;
        const qint64 lineId = insertLine.lastInsertId().toLongLong();
        const QJsonArray children
            = line.figures.value(u"operating_subsidy"_s).toObject().value(u"children"_s).toArray();
        for (const QJsonValue& value : children) {
            const QJsonObject child = value.toObject();
            const QString idNumber = child.value(u"id_number"_s).toString();
            if (!child.value(u"claimable"_s).toBool() || idNumber.isEmpty())
                continue;
            if (Status s = Sql::exec(insertChild,
                                     {lineId, idNumber, child.value(u"name"_s).toString(),
                                      child.value(u"class"_s).toString(), child.value(u"amount_fen"_s).toInteger()});
                !s)
                return s;
        }
    }
    return {};
}

Status CenterReportLines::rebuildAll(const QSqlDatabase& db)
{
    if (Status s = Sql::exec(db, u"DELETE FROM center_claimed_children"_s); !s)
        return s;
    if (Status s = Sql::exec(db, u"DELETE FROM center_report_lines"_s); !s)
        return s;
    QSqlQuery reports(db);
    if (!reports.exec(u"SELECT id, file_sha256, payload FROM center_reports ORDER BY id"_s))
        return Sql::failure(reports);
    while (reports.next()) {
        const QJsonObject payload = QJsonDocument::fromJson(reports.value(2).toString().toUtf8()).object();
        if (Status s = write(db, reports.value(0).toLongLong(), reports.value(1).toString(), payload); !s)
            return s;
    }
    return {};
}
