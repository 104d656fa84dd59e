#include "ReportRevisions.h"

#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

const QString selectRevisions = u"SELECT id, month, revision, reopenings, content_sha256, file_name, file_sha256, "
                                "previous_sha256, key_thumbprint, exported_at, exported_by FROM report_exports "_s;
const QString revisionOrder = u" ORDER BY month, revision"_s;

ReportRevision revisionFrom(const QSqlQuery& query)
{
    ReportRevision r;
    r.id = query.value(0).toLongLong();
    r.month = Month::parse(query.value(1).toString()).value_or(Month());
    r.revision = query.value(2).toInt();
    r.reopenings = query.value(3).toInt();
    r.contentSha256 = query.value(4).toString();
    r.fileName = query.value(5).toString();
    r.fileSha256 = query.value(6).toString();
    r.previousSha256 = query.value(7).toString();
    r.keyThumbprint = query.value(8).toString();
    r.exportedAt = QDateTime::fromString(query.value(9).toString(), Qt::ISODate);
    r.exportedBy = query.value(10).toString();
    return r;
}

Result<QList<ReportRevision>> revisionsOf(QSqlQuery& query)
{
    if (Status status = Sql::exec(query); !status)
        return Result<QList<ReportRevision>>::failure(status.error());
    QList<ReportRevision> revisions;
    while (query.next())
        revisions.append(revisionFrom(query));
    return revisions;
}

} // namespace

Result<QList<ReportRevision>> ReportRevisions::all(Database& db)
{
    QSqlQuery query(db.connection());
    query.prepare(selectRevisions + revisionOrder);
    return revisionsOf(query);
}

Result<QList<ReportRevision>> ReportRevisions::ofMonth(Database& db, Month month)
{
    QSqlQuery query(db.connection());
    query.prepare(selectRevisions + u"WHERE month = ?"_s + revisionOrder);
    Sql::bind(query, {month.toString()});
    return revisionsOf(query);
}

Result<ReportFiles> ReportRevisions::files(Database& db, qint64 id)
{
    QSqlQuery query(db.connection());
    query.prepare(u"SELECT signed_file, workbook_file FROM report_exports WHERE id = ?"_s);
    if (Status status = Sql::exec(query, {id}); !status)
        return Result<ReportFiles>::failure(status.error());
    if (!query.next())
        return Result<ReportFiles>::failure(u"report_exports %1"_s.arg(id));
    return ReportFiles {query.value(0).toByteArray(), query.value(1).toByteArray()};
}

Result<qint64> ReportRevisions::insert(Database& db, const ReportRevision& r, const ReportFiles& files)
{
    QSqlQuery query(db.connection());
    query.prepare(u"INSERT INTO report_exports (month, revision, reopenings, content_sha256, file_name, file_sha256, "
                  "previous_sha256, key_thumbprint, signed_file, workbook_file, exported_at, exported_by) "
                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    if (Status status = Sql::exec(query,
                                  {r.month.toString(), r.revision, r.reopenings, r.contentSha256, r.fileName,
                                   r.fileSha256, Sql::textOrNull(r.previousSha256), r.keyThumbprint, files.signedFile,
                                   files.workbook, r.exportedAt.toString(Qt::ISODate), r.exportedBy});
        !status)
        return Result<qint64>::failure(status.error());
    return query.lastInsertId().toLongLong();
}
