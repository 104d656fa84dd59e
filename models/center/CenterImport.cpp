#include "CenterImport.h"

#include "CenterRegistry.h"
#include "CenterReportLines.h"
#include "common/Clock.h"
#include "reports/Jwk.h"
#include "reports/ReportFile.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

using Verdict = ImportedFile::Verdict;

class FileOffer
{
public:
    // refusal: why the file could not even be read, when it could not.
    // takesRollUps: a city center, which imports county centers' roll-ups.
    FileOffer(Database& db, bool takesRollUps, const QString& fileName, const QByteArray& bytes,
              std::optional<ReportVerdict> refusal = std::nullopt)
        : m_db(db)
        , m_takesRollUps(takesRollUps)
        , m_bytes(bytes)
        , m_refusal(std::move(refusal))
    {
        m_file.fileName = fileName;
        m_file.sha256 = ReportFile::sha256Hex(bytes);
    }

    // Decides what the file is and writes that, with its log line, in one transaction.
    Result<ImportedFile> take()
    {
        const Status written = m_db.transaction([this]() -> Status {
            if (Status s = decide(); !s)
                return s;
            return log();
        });
        if (!written)
            return Result<ImportedFile>::failure(written.error());
        return m_file;
    }

private:
    Status decide()
    {
        if (m_refusal)
            return settle(Verdict::Rejected, m_refusal->message);
        QSqlQuery before(m_db.connection());
        before.prepare(u"SELECT r.imported_at, r.revision, r.month, i.credit_code FROM center_reports r "
                       "JOIN center_institutions i ON i.id = r.institution_id WHERE r.file_sha256 = ?"_s);
        if (Status s = Sql::exec(before, {m_file.sha256}); !s)
            return s;
        if (before.next()) {
            m_file.creditCode = before.value(3).toString();
            m_file.month = Month::parse(before.value(2).toString()).value_or(Month());
            m_file.revision = before.value(1).toInt();
            return settle(Verdict::AlreadyImported,
                          CenterImport::tr("The same file was imported on %1.").arg(before.value(0).toString()));
        }
        const Result<QList<QByteArray>> keys = registeredKeys();
        if (!keys)
            return keys.status();
        const ReportVerdict verdict = ReportFile::verifyBytes(m_bytes, keys.value());
        if (verdict.kind == ReportVerdict::UnknownKey)
            return hold(verdict.kid);
        if (!verdict.isValid())
            return settle(Verdict::Rejected, verdict.message);
        return accept(verdict);
    }

    Result<QList<QByteArray>> registeredKeys() const
    {
        QSqlQuery query(m_db.connection());
        query.prepare(u"SELECT public_key FROM center_keys"_s);
        if (Status s = Sql::exec(query); !s)
            return Result<QList<QByteArray>>::failure(s.error());
        QList<QByteArray> keys;
        while (query.next())
            keys << query.value(0).toByteArray();
        return keys;
    }

    Status hold(const QString& kid)
    {
        QSqlQuery held(m_db.connection());
        held.prepare(u"INSERT OR IGNORE INTO center_held_files (file_name, file_sha256, key_thumbprint, signed_file, "
                     "held_at, held_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
        if (Status s = Sql::exec(held,
                                 {Sql::text(m_file.fileName), m_file.sha256, kid, m_bytes,
                                  Clock::now().toString(Qt::ISODate), m_db.actor().name});
            !s)
            return s;
        return settle(Verdict::Held,
                      CenterImport::tr("Signed with a key the center does not know (fingerprint %1). "
                                       "Register this institution? Its held files are then imported.")
                          .arg(Jwk::grouped(kid)));
    }

    Status accept(const ReportVerdict& verdict)
    {
        const Result<std::optional<CenterRegistry::SignerKey>> signer = CenterRegistry::signer(m_db, verdict.kid);
        if (!signer)
            return signer.status();
        const QJsonObject& payload = verdict.payload;
        m_file.creditCode = payload.value(u"credit_code"_s).toString();
        m_file.month = Month::parse(payload.value(u"month"_s).toString()).value_or(Month());
        m_file.revision = payload.value(u"revision"_s).toInt();
        if (!signer.value() || signer.value()->creditCode != m_file.creditCode)
            return settle(Verdict::Rejected,
                          CenterImport::tr("Signed with the key of %1, but it reports for %2: an institution signs "
                                           "only its own reports.")
                              .arg(signer.value() ? signer.value()->creditCode : verdict.kid, m_file.creditCode));
        if (!m_file.month.isValid() || m_file.revision < 1)
            return settle(Verdict::Rejected, CenterImport::tr("The report names no valid month and revision."));
        const QString format = payload.value(u"format"_s).toString();
        if (format == ReportFile::RollUpFormat && !m_takesRollUps)
            return settle(Verdict::Rejected,
                          CenterImport::tr("This is a county center's roll-up, which goes to the city center; a "
                                           "county center imports its institutions' monthly reports."));
        const qint64 institution = signer.value()->institutionId;

        QSqlQuery revisions(m_db.connection());
        revisions.prepare(u"SELECT revision FROM center_reports WHERE institution_id = ? AND month = ?"_s);
        if (Status s = Sql::exec(revisions, {institution, m_file.month.toString()}); !s)
            return s;
        int latest = 0;
        while (revisions.next()) {
            const int revision = revisions.value(0).toInt();
            if (revision == m_file.revision)
                return settle(Verdict::Rejected,
                              CenterImport::tr("Another file was imported as revision %1 of %2 "
                                               "for this institution; two files cannot both be it.")
                                  .arg(m_file.revision)
                                  .arg(m_file.month.toString()));
            latest = std::max(latest, revision);
        }
        const Verdict verdictOnMonth = latest == 0 ? Verdict::Imported
            : m_file.revision > latest             ? Verdict::Superseding
                                                   : Verdict::OlderRevision;
        QSqlQuery insert(m_db.connection());
        insert.prepare(u"INSERT INTO center_reports (institution_id, month, revision, file_name, file_sha256, "
                       "previous_sha256, key_thumbprint, payload, signed_file, imported_at, imported_by, format) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        const QString previous = payload.value(u"previous_sha256"_s).toString();
        if (Status s = Sql::exec(insert,
                                 {institution, m_file.month.toString(), m_file.revision, Sql::text(m_file.fileName),
                                  m_file.sha256, Sql::textOrNull(previous), verdict.kid,
                                  QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)), m_bytes,
                                  Clock::now().toString(Qt::ISODate), m_db.actor().name, format});
            !s)
            return s;
        m_reportId = insert.lastInsertId().toLongLong();
        if (Status s = CenterReportLines::write(m_db.connection(), m_reportId, m_file.sha256, payload); !s)
            return s;
        // The institution as its newest report describes it.
        if (verdictOnMonth != Verdict::OlderRevision) {
            const QJsonObject who = payload.value(u"institution"_s).toObject();
            QSqlQuery update(m_db.connection());
            update.prepare(u"UPDATE center_institutions SET county = ?, institution_type = ? WHERE id = ?"_s);
            if (Status s = Sql::exec(update,
                                     {Sql::text(who.value(u"county"_s).toString()),
                                      Sql::text(who.value(u"type"_s).toString()), institution});
                !s)
                return s;
        }
        QSqlQuery unhold(m_db.connection());
        unhold.prepare(u"DELETE FROM center_held_files WHERE file_sha256 = ?"_s);
        if (Status s = Sql::exec(unhold, {m_file.sha256}); !s)
            return s;
        switch (verdictOnMonth) {
        case Verdict::Superseding:
            return settle(verdictOnMonth,
                          CenterImport::tr("Revision %1 replaces revision %2 as the month's report; "
                                           "the older one is kept.")
                              .arg(m_file.revision)
                              .arg(latest));
        case Verdict::OlderRevision:
            return settle(verdictOnMonth,
                          CenterImport::tr("Revision %1 arrived after revision %2: kept in the "
                                           "history, but revision %2 stays the month's report.")
                              .arg(m_file.revision)
                              .arg(latest));
        default:
            return settle(verdictOnMonth, QString());
        }
    }

    Status settle(Verdict verdict, const QString& reason)
    {
        m_file.verdict = verdict;
        m_file.reason = reason;
        return {};
    }

    Status log()
    {
        QSqlQuery line(m_db.connection());
        line.prepare(u"INSERT INTO center_import_log (at, user_name, file_name, file_sha256, verdict, reason, "
                     "report_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
        return Sql::exec(line,
                         {Clock::now().toString(Qt::ISODate), m_db.actor().name, Sql::text(m_file.fileName),
                          m_file.sha256, CenterImport::key(m_file.verdict), Sql::text(m_file.reason),
                          m_reportId ? QVariant(m_reportId) : QVariant()});
    }

    Database& m_db;
    const bool m_takesRollUps;
    const QByteArray& m_bytes;
    const std::optional<ReportVerdict> m_refusal;
    ImportedFile m_file;
    qint64 m_reportId = 0;
};

// A file that could not be read, or is too large to, is refused and logged like any other.
Result<ImportedFile> offerPath(Database& db, bool takesRollUps, const QString& path)
{
    QByteArray bytes;
    std::optional<ReportVerdict> refusal = ReportFile::read(path, bytes);
    return FileOffer(db, takesRollUps, QFileInfo(path).fileName(), bytes, std::move(refusal)).take();
}

} // namespace

Result<QList<ImportedFile>> CenterImport::importFiles(Database& db, const QStringList& paths)
{
    using R = Result<QList<ImportedFile>>;
    InstitutionType center = InstitutionType::CountyCenter;
    if (Status allowed = CenterRegistry::requireCenter(db, &center); !allowed)
        return R::failure(allowed.error());
    QList<ImportedFile> files;
    for (const QString& path : paths) {
        const Result<ImportedFile> file = offerPath(db, center == InstitutionType::CityCenter, path);
        if (!file)
            return R::failure(file.error());
        files << file.value();
    }
    return files;
}

Result<QList<ImportedFile>> CenterImport::retryHeld(Database& db)
{
    using R = Result<QList<ImportedFile>>;
    InstitutionType center = InstitutionType::CountyCenter;
    if (Status allowed = CenterRegistry::requireCenter(db, &center); !allowed)
        return R::failure(allowed.error());
    QSqlQuery held(db.connection());
    held.prepare(u"SELECT h.file_name, h.signed_file FROM center_held_files h "
                 "JOIN center_keys k ON k.thumbprint = h.key_thumbprint ORDER BY h.id"_s);
    if (Status s = Sql::exec(held); !s)
        return R::failure(s.error());
    QList<std::pair<QString, QByteArray>> known;
    while (held.next())
        known.append({held.value(0).toString(), held.value(1).toByteArray()});
    QList<ImportedFile> files;
    for (const auto& [name, bytes] : known) {
        const Result<ImportedFile> file = FileOffer(db, center == InstitutionType::CityCenter, name, bytes).take();
        if (!file)
            return R::failure(file.error());
        files << file.value();
    }
    return files;
}

QString CenterImport::key(ImportedFile::Verdict verdict)
{
    switch (verdict) {
    case Verdict::Imported:
        return u"imported"_s;
    case Verdict::Superseding:
        return u"superseding"_s;
    case Verdict::OlderRevision:
        return u"older_revision"_s;
    case Verdict::AlreadyImported:
        return u"already_imported"_s;
    case Verdict::Held:
        return u"held"_s;
    case Verdict::Rejected:
        return u"rejected"_s;
    }
    return {};
}

QString CenterImport::label(ImportedFile::Verdict verdict)
{
    switch (verdict) {
    case Verdict::Imported:
        return tr("Imported");
    case Verdict::Superseding:
        return tr("Imported, replaces an earlier revision");
    case Verdict::OlderRevision:
        return tr("Kept, an older revision");
    case Verdict::AlreadyImported:
        return tr("Already imported");
    case Verdict::Held:
        return tr("Held: unknown signer");
    case Verdict::Rejected:
        return tr("Rejected");
    }
    return {};
}
