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
    QString township; // an outreach team's
    QString status; // CenterMonth::statusKey
    int revision = 0;
    QString reportSha256;
    QJsonObject institution;
    QJsonObject figures; // the report's figures block (a team's summary); empty when it did not report
};

Line senderLine(const QJsonObject& institution, const QString& status, int revision, const QString& reportSha256,
                const QJsonObject& figures)
{
    return {institution.value(u"credit_code"_s).toString(),
            institution.value(u"name"_s).toString(),
            institution.value(u"county"_s).toString(),
            institution.value(u"type"_s).toString(),
            institution.value(u"township"_s).toString(),
            status,
            revision,
            reportSha256,
            institution,
            figures};
}

QList<Line> linesOf(const QString& fileSha256, const QJsonObject& payload)
{
    const QString format = payload.value(u"format"_s).toString();
    if (format != ReportFile::RollUpFormat) {
        QJsonObject institution = payload.value(u"institution"_s).toObject();
        institution.insert(u"credit_code"_s, payload.value(u"credit_code"_s));
        const QString block = format == ReportFile::OutreachFormat ? u"summary"_s : u"figures"_s;
        return {senderLine(institution, CenterMonth::statusKey(ReportingStatus::Reported),
                           payload.value(u"revision"_s).toInt(), fileSha256, payload.value(block).toObject())};
    }
    QList<Line> lines;
    for (const QJsonValue& entry : payload.value(u"institutions"_s).toArray()) {
        const QJsonObject o = entry.toObject();
        // An institution the county has nothing from has no revision, report or figures (nulls in the file).
        const QString status = CenterMonth::statusKey(
            CenterMonth::statusFromKey(o.value(u"status"_s).toString()).value_or(ReportingStatus::NotReported));
        // The roll-up's own columns name the institution even when it sent nothing.
        QJsonObject institution = o.value(u"institution"_s).toObject();
        for (const QString& key : {u"credit_code"_s, u"name"_s, u"county"_s, u"type"_s})
            institution.insert(key, o.value(key));
        lines.append(senderLine(institution, status, o.value(u"revision"_s).toInt(),
                                o.value(u"report_sha256"_s).toString(), o.value(u"figures"_s).toObject()));
    }
    return lines;
}

CenterFigures figuresOf(const Line& line)
{
    if (line.status == CenterMonth::statusKey(ReportingStatus::Reported))
        return CenterFigures::fromSender(line.institution, line.figures);
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
                       "township, status, revision, report_sha256, figures) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    QSqlQuery insertChild(db);
    insertChild.prepare(u"INSERT INTO center_claimed_children (line_id, id_number, name, class_name, amount_fen) "
                        "VALUES (?, ?, ?, ?, ?)"_s);
    for (const Line& line : linesOf(fileSha256, payload)) {
        const QByteArray figures = QJsonDocument(figuresOf(line).toJson()).toJson(QJsonDocument::Compact);
        if (Status s = Sql::exec(insertLine,
                                 {reportId, Sql::text(line.creditCode), Sql::text(line.name), Sql::text(line.county),
                                  Sql::text(line.type), Sql::text(line.township), line.status, line.revision,
                                  Sql::text(line.reportSha256), QString::fromUtf8(figures)});
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
