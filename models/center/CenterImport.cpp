#include "CenterImport.h"

#include "CenterRegistry.h"
#include "CenterReportLines.h"
#include "common/Clock.h"
#include "common/EnumNames.h"
#include "reports/Jwk.h"
#include "reports/ReportFile.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSqlQuery>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

using Verdict = ImportedFile::Verdict;

// What the files of one import share: the center, and the statements each file's offer runs, prepared once rather
// than for every file: preparing a statement that writes a table also compiles that table's audit triggers, which
// took a good part of an import's time.
struct OfferSession
{
    // takesRollUps: a city center, which imports county centers' roll-ups.
    OfferSession(Database& db, bool takesRollUps)
        : db(db)
        , takesRollUps(takesRollUps)
        , before(db.connection())
        , held(db.connection())
        , revisions(db.connection())
        , insert(db.connection())
        , update(db.connection())
        , unhold(db.connection())
        , line(db.connection())
    {
        // A statement that failed to prepare reports why when it is run.
        before.prepare(u"SELECT r.imported_at, r.revision, r.month, i.credit_code FROM center_reports r "
                       "JOIN center_institutions i ON i.id = r.institution_id WHERE r.file_sha256 = ?"_s);
        held.prepare(u"INSERT OR IGNORE INTO center_held_files (file_name, file_sha256, key_thumbprint, signed_file, "
                     "held_at, held_by) VALUES (?, ?, ?, ?, ?, ?)"_s);
        revisions.prepare(u"SELECT revision FROM center_reports WHERE institution_id = ? AND month = ?"_s);
        insert.prepare(u"INSERT INTO center_reports (institution_id, month, revision, file_name, file_sha256, "
                       "previous_sha256, key_thumbprint, payload, signed_file, imported_at, imported_by, format) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        update.prepare(u"UPDATE center_institutions SET county = ?, institution_type = ? WHERE id = ?"_s);
        unhold.prepare(u"DELETE FROM center_held_files WHERE file_sha256 = ?"_s);
        line.prepare(u"INSERT INTO center_import_log (at, user_name, file_name, file_sha256, verdict, reason, "
                     "report_id) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    }

    Database& db;
    const bool takesRollUps;
    QSqlQuery before;
    QSqlQuery held;
    QSqlQuery revisions;
    QSqlQuery insert;
    QSqlQuery update;
    QSqlQuery unhold;
    QSqlQuery line;
};

class FileOffer
{
public:
    // refusal: why the file could not even be read, when it could not.
    FileOffer(OfferSession& session, const QString& fileName, const QByteArray& bytes,
              std::optional<ReportVerdict> refusal = std::nullopt)
        : m_session(session)
        , m_db(session.db)
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
        QSqlQuery& before = m_session.before;
        if (Status s = Sql::exec(before, {m_file.sha256}); !s)
            return s;
        if (before.next()) {
            m_file.creditCode = before.value(3).toString();
            m_file.month = Month::parse(before.value(2).toString()).value_or(Month());
            m_file.revision = before.value(1).toInt();
            const QString importedAt = before.value(0).toString();
            before.finish();
            return settle(Verdict::AlreadyImported,
                          CenterImport::tr("The same file was imported on %1.").arg(importedAt));
        }
        // The kid names the key: only that one is read from the registry, and its holder is kept for accept().
        Status lookedUp;
        const ReportVerdict verdict
            = ReportFile::verifyWithKeyOf(m_bytes, [this, &lookedUp](const QString& kid) -> std::optional<QByteArray> {
                  const Result<std::optional<CenterRegistry::SignerKey>> signer = CenterRegistry::signer(m_db, kid);
                  if (!signer) {
                      lookedUp = signer.status();
                      return std::nullopt;
                  }
                  m_signer = signer.value();
                  return m_signer ? std::optional<QByteArray>(m_signer->publicKey) : std::nullopt;
              });
        if (!lookedUp)
            return lookedUp;
        if (verdict.kind == ReportVerdict::UnknownKey)
            return hold(verdict.kid);
        if (!verdict.isValid())
            return settle(Verdict::Rejected, verdict.message);
        return accept(verdict);
    }

    Status hold(const QString& kid)
    {
        if (Status s = Sql::exec(m_session.held,
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
        const QJsonObject& payload = verdict.payload;
        m_file.creditCode = payload.value(u"credit_code"_s).toString();
        m_file.month = Month::parse(payload.value(u"month"_s).toString()).value_or(Month());
        m_file.revision = payload.value(u"revision"_s).toInt();
        if (!m_signer || m_signer->creditCode != m_file.creditCode)
            return settle(Verdict::Rejected,
                          CenterImport::tr("Signed with the key of %1, but it reports for %2: an institution signs "
                                           "only its own reports.")
                              .arg(m_signer ? m_signer->creditCode : verdict.kid, m_file.creditCode));
        if (!m_file.month.isValid() || m_file.revision < 1)
            return settle(Verdict::Rejected, CenterImport::tr("The report names no valid month and revision."));
        const QString format = payload.value(u"format"_s).toString();
        if (format == ReportFile::RollUpFormat && !m_session.takesRollUps)
            return settle(Verdict::Rejected,
                          CenterImport::tr("This is a county center's roll-up, which goes to the city center; a "
                                           "county center imports its institutions' monthly reports."));
        if (format == ReportFile::OutreachFormat && m_session.takesRollUps)
            return settle(Verdict::Rejected,
                          CenterImport::tr("This is an outreach team's month, which goes to its county center; the "
                                           "city center receives it in the county's roll-up."));
        const qint64 institution = m_signer->institutionId;

        QSqlQuery& revisions = m_session.revisions;
        if (Status s = Sql::exec(revisions, {institution, m_file.month.toString()}); !s)
            return s;
        int latest = 0;
        while (revisions.next()) {
            const int revision = revisions.value(0).toInt();
            if (revision == m_file.revision) {
                revisions.finish();
                return settle(Verdict::Rejected,
                              CenterImport::tr("Another file was imported as revision %1 of %2 "
                                               "for this institution; two files cannot both be it.")
                                  .arg(m_file.revision)
                                  .arg(m_file.month.toString()));
            }
            latest = std::max(latest, revision);
        }
        const Verdict verdictOnMonth = latest == 0 ? Verdict::Imported
            : m_file.revision > latest             ? Verdict::Superseding
                                                   : Verdict::OlderRevision;
        QSqlQuery& insert = m_session.insert;
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
            if (Status s = Sql::exec(m_session.update,
                                     {Sql::text(who.value(u"county"_s).toString()),
                                      Sql::text(who.value(u"type"_s).toString()), institution});
                !s)
                return s;
        }
        if (Status s = Sql::exec(m_session.unhold, {m_file.sha256}); !s)
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
        return Sql::exec(m_session.line,
                         {Clock::now().toString(Qt::ISODate), m_db.actor().name, Sql::text(m_file.fileName),
                          m_file.sha256, CenterImport::key(m_file.verdict), Sql::text(m_file.reason),
                          m_reportId ? QVariant(m_reportId) : QVariant()});
    }

    OfferSession& m_session;
    Database& m_db;
    const QByteArray& m_bytes;
    const std::optional<ReportVerdict> m_refusal;
    ImportedFile m_file;
    // The registered holder of the key the file names, once it was looked up.
    std::optional<CenterRegistry::SignerKey> m_signer;
    qint64 m_reportId = 0;
};

// A file that could not be read, or is too large to, is refused and logged like any other.
Result<ImportedFile> offerPath(OfferSession& session, const QString& path)
{
    QByteArray bytes;
    std::optional<ReportVerdict> refusal = ReportFile::read(path, bytes);
    return FileOffer(session, QFileInfo(path).fileName(), bytes, std::move(refusal)).take();
}

// Files are committed in batches: each batch is one transaction in which every file is a savepoint of its own
// (FileOffer::take nests), so a file is still imported whole or not at all, with its log line, and a file refused
// or rolled back leaves the others of its batch as they are. One commit per batch rather than per file saves a sync
// of the journal to disk (synchronous=FULL) and a sealing of the audit trail for every file. A crash or power loss
// in the middle of a batch loses that batch's files together with their log lines (never a file without its line,
// nor a line without its file): offered again, they are imported as new. Batches are small so that the write lock
// is never held for longer than another window waits for it (the busy timeout, 2 s).
constexpr qsizetype FilesPerCommit = 50;

// Offers count files, the i-th by offer(i). A failure to write (not a refused file, which has its verdict) stops
// the import: the files before it are kept, and the failure is the result.
Result<QList<ImportedFile>> offerAll(Database& db, qsizetype count,
                                     const std::function<Result<ImportedFile>(qsizetype)>& offer)
{
    using R = Result<QList<ImportedFile>>;
    QList<ImportedFile> files;
    std::optional<QString> failure;
    for (qsizetype first = 0; first < count && !failure; first += FilesPerCommit) {
        const Status committed = db.transaction([&]() -> Status {
            for (qsizetype i = first; i < std::min(count, first + FilesPerCommit); ++i) {
                const Result<ImportedFile> file = offer(i);
                if (!file) {
                    failure = file.error();
                    break;
                }
                files << file.value();
            }
            return {};
        });
        if (!committed)
            return R::failure(committed.error());
    }
    if (failure)
        return R::failure(*failure);
    return files;
}

// The verdicts' stable keys, as the import log and the command line write them.
const QList<EnumName<Verdict>>& verdictNames()
{
    static const QList<EnumName<Verdict>> names = {
        {Verdict::Imported, u"imported"_s, u"已导入"_s},
        {Verdict::Superseding, u"superseding"_s, u"替换旧版次"_s},
        {Verdict::OlderRevision, u"older_revision"_s, u"旧版次已保留"_s},
        {Verdict::AlreadyImported, u"already_imported"_s, u"此前已导入"_s},
        {Verdict::Held, u"held"_s, u"暂存"_s},
        {Verdict::Rejected, u"rejected"_s, u"拒收"_s},
    };
    return names;
}

} // namespace

Result<QList<ImportedFile>> CenterImport::importFiles(Database& db, const QStringList& paths)
{
    using R = Result<QList<ImportedFile>>;
    InstitutionType center = InstitutionType::CountyCenter;
    if (Status allowed = CenterRegistry::requireCenter(db, &center); !allowed)
        return R::failure(allowed.error());
    OfferSession session(db, center == InstitutionType::CityCenter);
    return offerAll(db, paths.size(), [&](qsizetype i) { return offerPath(session, paths.at(i)); });
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
    OfferSession session(db, center == InstitutionType::CityCenter);
    return offerAll(db, known.size(),
                    [&](qsizetype i) { return FileOffer(session, known.at(i).first, known.at(i).second).take(); });
}

QString CenterImport::key(ImportedFile::Verdict verdict)
{
    return enumKey(verdictNames(), verdict);
}

std::optional<ImportedFile::Verdict> CenterImport::verdictFromKey(const QString& key)
{
    return enumFromKey(verdictNames(), key);
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
