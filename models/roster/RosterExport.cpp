#include "RosterExport.h"

#include "ChildListing.h"
#include "RosterImport.h"
#include "common/CsvWriter.h"
#include "common/XlsxFile.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

// The details the list does not carry, by child id, in one query.
struct ExportDetails
{
    QString hukou;
    QString notes;
    QDate consentOn;
};

Result<QHash<qint64, ExportDetails>> loadDetails(Database& db)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    if (!query.exec(u"SELECT id, hukou, notes, consent_on FROM children"_s))
        return Result<QHash<qint64, ExportDetails>>::failure(Sql::failure(query).error());
    QHash<qint64, ExportDetails> details;
    while (query.next())
        details.insert(query.value(0).toLongLong(),
                       {query.value(1).toString(), query.value(2).toString(),
                        QDate::fromString(query.value(3).toString(), Qt::ISODate)});
    return details;
}

QString isoDate(QDate date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

} // namespace

QStringList RosterExport::header()
{
    QStringList names;
    for (const ImportColumn& column : RosterImport::columns())
        names << column.chinese;
    return names;
}

Result<QList<QStringList>> RosterExport::rows(Database& db, QDate day)
{
    using R = Result<QList<QStringList>>;
    const Result<QList<ChildListEntry>> entries = ChildListing::load(db, day);
    if (!entries)
        return R::failure(entries.error());
    const Result<QHash<qint64, ExportDetails>> details = loadDetails(db);
    if (!details)
        return R::failure(details.error());
    QList<QStringList> rows;
    for (const ChildListEntry& listed : entries.value()) {
        if (!listed.enrolledOn.isValid())
            continue;
        const ChildListEntry e = ChildListing::forActor(db.actor(), listed);
        const ExportDetails d = details->value(e.id);
        rows << QStringList {e.name,
                             e.gender == Gender::Male ? u"男"_s : u"女"_s,
                             isoDate(e.birthDate),
                             e.idNumber,
                             QString::number(e.birthOrder),
                             e.className,
                             e.careType ? RosterTypes::chineseName(*e.careType) : QString(),
                             isoDate(e.enrolledOn),
                             isoDate(e.withdrawnOn),
                             e.guardianName,
                             e.guardianPhone,
                             d.hukou,
                             isoDate(d.consentOn),
                             d.notes};
    }
    return rows;
}

Status RosterExport::write(Database& db, const QString& path, QDate day)
{
    const Result<QList<QStringList>> table = rows(db, day);
    if (!table)
        return Status::failure(table.error());
    if (path.endsWith(u".xlsx"_s, Qt::CaseInsensitive))
        return XlsxFile::write(path, {Sheet::table(tr("Roster"), header(), table.value())});
    return CsvWriter::write(path, header(), table.value());
}
