#include "CenterFixtures.h"
#include "ChangedCopy.h"
#include "ReportFixtures.h"
#include "access/AuditTrail.h"
#include "center/CenterImport.h"
#include "center/CenterRegistry.h"
#include "reports/Jwk.h"
#include "reports/MonthlyReports.h"
#include "reports/ReportFile.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ImportedFile::Verdict)

// A county center registers an institution from its JWK file and imports its signed monthly reports: a valid file
// once, the same file again reported as such, an unknown signer held until registered, a changed file refused, a
// later revision superseding the earlier and an earlier one arriving late kept but not current; a second key only
// with its thumbprint read back. Every file offered is in the log.
class TestCenterImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void registersAndImportsOnce();
    void unknownSignerIsHeldUntilRegistered();
    void changedFileIsRefused();
    void unreadableFileIsRefusedAndLogged();
    void refusedFilesLeaveTheOthersOfTheirBatch();
    void revisionsInEitherOrder_data();
    void revisionsInEitherOrder();
    void secondKeyNeedsItsThumbprint();
    void onlyTheCenterImports();

private:
    // The institution's November report, exported again as revision `revision` (reopened and closed in between).
    QString exportRevision(int revision);
    QByteArray jwk() const;
    int count(const QString& sql) const;
    ImportedFile importOne(const QString& path);

    std::unique_ptr<TempDatabase> m_institution;
    TempDatabase m_center;
    QTemporaryDir m_out;
    KeyInfo m_key;
    const QString m_passphrase = u"阳光托育园 reports 2026"_s;
    const Month m_november {2026, 11};
};

void TestCenterImport::init()
{
    m_institution = closedNovemberWithKey(m_passphrase, m_key);
    QVERIFY(m_institution);
    m_center.db.reset();
    QFile::remove(m_center.path);
    QVERIFY(m_center.open());
    QVERIFY(setUpCountyCenter(*m_center.db));
}

void TestCenterImport::cleanup()
{
    m_institution.reset();
    Clock::setFixed({});
}

QString TestCenterImport::exportRevision(int revision)
{
    Database& db = *m_institution->db;
    if (revision > 1) {
        db.setActor(Actor::systemActor());
        if (!MonthClose::reopen(db, m_november, u"a late sick note"_s) || !MonthClose::close(db, m_november, false))
            return {};
        db.setActor(actorWithRole(Role::Finance));
    }
    const Result<ExportedReport> exported = MonthlyReports::exportMonth(db, m_november, m_passphrase, m_out.path());
    if (!exported || exported->revision.revision != revision) {
        qWarning().noquote() << (exported ? u"revision %1"_s.arg(exported->revision.revision) : exported.error());
        return {};
    }
    // Each revision under its own name, as the county receives them.
    return exported->reportPath;
}

QByteArray TestCenterImport::jwk() const
{
    return Jwk::toJson(
        {m_key.publicKey, u"潞州区阳光托育园"_s, u"91350100M000100Y43"_s, u"潞州区"_s, u"independent"_s});
}

int TestCenterImport::count(const QString& sql) const
{
    return Sql::scalar(m_center.db->connection(), sql).toInt();
}

ImportedFile TestCenterImport::importOne(const QString& path)
{
    const Result<QList<ImportedFile>> files = CenterImport::importFiles(*m_center.db, {path});
    if (!files || files->size() != 1) {
        qWarning().noquote() << (files ? u"%1 verdicts"_s.arg(files->size()) : files.error());
        return {};
    }
    return files->first();
}

void TestCenterImport::registersAndImportsOnce()
{
    const Result<Registration> registered = CenterRegistry::registerKey(*m_center.db, jwk(), {});
    QVERIFY2(registered, qPrintable(registered.error()));
    QCOMPARE(registered->outcome, Registration::Outcome::NewInstitution);
    QCOMPARE(registered->creditCode, u"91350100M000100Y43"_s);
    QCOMPARE(registered->thumbprint, m_key.thumbprint);
    // Listed with the county and type its key file names, before any report came.
    const Result<QList<RegisteredInstitution>> listed = CenterRegistry::institutions(*m_center.db);
    QVERIFY(listed);
    QCOMPARE(listed->first().county, u"潞州区"_s);
    QCOMPARE(listed->first().type, u"independent"_s);

    const QString r1 = exportRevision(1);
    QVERIFY(!r1.isEmpty());
    const ImportedFile first = importOne(r1);
    QCOMPARE(first.verdict, ImportedFile::Verdict::Imported);
    QCOMPARE(first.month, m_november);
    QCOMPARE(first.revision, 1);
    QCOMPARE(first.creditCode, u"91350100M000100Y43"_s);
    const ImportedFile again = importOne(r1);
    QCOMPARE(again.verdict, ImportedFile::Verdict::AlreadyImported);
    QCOMPARE(count(u"SELECT count(*) FROM center_reports"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM center_import_log WHERE verdict = 'imported' AND report_id IS NOT NULL"_s),
             1);
    QCOMPARE(count(u"SELECT count(*) FROM center_import_log WHERE verdict = 'already_imported'"_s), 1);

    // The registry now knows the institution's county and type from its report.
    const Result<QList<RegisteredInstitution>> institutions = CenterRegistry::institutions(*m_center.db);
    QVERIFY(institutions);
    QCOMPARE(institutions->size(), 1);
    QCOMPARE(institutions->first().county, u"潞州区"_s);
    QVERIFY(!institutions->first().type.isEmpty());
    QCOMPARE(institutions->first().thumbprints, QStringList {m_key.thumbprint});
}

void TestCenterImport::unknownSignerIsHeldUntilRegistered()
{
    const QString r1 = exportRevision(1);
    QVERIFY(!r1.isEmpty());
    const ImportedFile held = importOne(r1);
    QCOMPARE(held.verdict, ImportedFile::Verdict::Held);
    QVERIFY2(held.reason.contains(Jwk::grouped(m_key.thumbprint)), qPrintable(held.reason));
    QCOMPARE(count(u"SELECT count(*) FROM center_held_files"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM center_reports"_s), 0);

    QVERIFY(CenterRegistry::registerKey(*m_center.db, jwk(), {}));
    const Result<QList<ImportedFile>> retried = CenterImport::retryHeld(*m_center.db);
    QVERIFY2(retried, qPrintable(retried.error()));
    QCOMPARE(retried->size(), 1);
    QCOMPARE(retried->first().verdict, ImportedFile::Verdict::Imported);
    QCOMPARE(count(u"SELECT count(*) FROM center_held_files"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM center_reports"_s), 1);
}

void TestCenterImport::changedFileIsRefused()
{
    QVERIFY(CenterRegistry::registerKey(*m_center.db, jwk(), {}));
    const QString r1 = exportRevision(1);
    QVERIFY(!r1.isEmpty());
    // One character of the signature changed, the rest as sent.
    const QString changed = m_out.filePath(u"changed.ddreport.json"_s);
    QVERIFY(writeChangedCopy(r1, changed, "signature"));
    const ImportedFile refused = importOne(changed);
    QCOMPARE(refused.verdict, ImportedFile::Verdict::Rejected);
    QVERIFY(!refused.reason.isEmpty());
    QCOMPARE(count(u"SELECT count(*) FROM center_reports"_s), 0);
    QCOMPARE(count(u"SELECT count(*) FROM center_import_log WHERE verdict = 'rejected' AND reason <> ''"_s), 1);
}

void TestCenterImport::unreadableFileIsRefusedAndLogged()
{
    const Result<QList<ImportedFile>> files
        = CenterImport::importFiles(*m_center.db, {m_out.filePath(u"missing.ddreport.json"_s)});
    QVERIFY(files);
    QCOMPARE(files->first().verdict, ImportedFile::Verdict::Rejected);
    QVERIFY2(files->first().reason.contains(u"missing.ddreport.json"_s), qPrintable(files->first().reason));
    QCOMPARE(count(u"SELECT count(*) FROM center_import_log WHERE file_name = 'missing.ddreport.json'"_s), 1);
}

void TestCenterImport::refusedFilesLeaveTheOthersOfTheirBatch()
{
    QVERIFY(CenterRegistry::registerKey(*m_center.db, jwk(), {}));
    const QString r1 = exportRevision(1);
    QVERIFY(!r1.isEmpty());
    const QString broken = m_out.filePath(u"broken.ddreport.json"_s);
    QVERIFY(ReportFile::write(broken, "{\"payload\":"));
    // Taken in one batch: the file offered twice is known the second time, the broken and the missing ones are
    // refused, and each has its line.
    const Result<QList<ImportedFile>> files
        = CenterImport::importFiles(*m_center.db, {broken, r1, m_out.filePath(u"missing.ddreport.json"_s), r1});
    QVERIFY2(files, qPrintable(files.error()));
    QCOMPARE(files->size(), 4);
    QCOMPARE(files->at(0).verdict, ImportedFile::Verdict::Rejected);
    QCOMPARE(files->at(1).verdict, ImportedFile::Verdict::Imported);
    QCOMPARE(files->at(2).verdict, ImportedFile::Verdict::Rejected);
    QCOMPARE(files->at(3).verdict, ImportedFile::Verdict::AlreadyImported);
    QCOMPARE(count(u"SELECT count(*) FROM center_reports"_s), 1);
    QCOMPARE(count(u"SELECT count(*) FROM center_import_log"_s), 4);
    QCOMPARE(count(u"SELECT count(*) FROM center_import_log WHERE verdict = 'rejected'"_s), 2);
    const Result<AuditTrail::Verdict> audit = AuditTrail::verify(m_center.db->connection());
    QVERIFY(audit && audit->intact);
}

void TestCenterImport::revisionsInEitherOrder_data()
{
    QTest::addColumn<bool>("newerFirst");
    QTest::addColumn<ImportedFile::Verdict>("second");
    QTest::newRow("r1 then r2: r2 supersedes") << false << ImportedFile::Verdict::Superseding;
    QTest::newRow("r2 then r1: r1 is kept, not current") << true << ImportedFile::Verdict::OlderRevision;
}

void TestCenterImport::revisionsInEitherOrder()
{
    QFETCH(bool, newerFirst);
    QFETCH(ImportedFile::Verdict, second);
    QVERIFY(CenterRegistry::registerKey(*m_center.db, jwk(), {}));
    const QString r1 = exportRevision(1);
    const QString r2 = exportRevision(2);
    QVERIFY(!r1.isEmpty() && !r2.isEmpty());
    const Result<QList<ImportedFile>> files
        = CenterImport::importFiles(*m_center.db, newerFirst ? QStringList {r2, r1} : QStringList {r1, r2});
    QVERIFY2(files, qPrintable(files.error()));
    QCOMPARE(files->at(0).verdict, ImportedFile::Verdict::Imported);
    QCOMPARE(files->at(1).verdict, second);
    QCOMPARE(count(u"SELECT count(*) FROM center_reports"_s), 2);
    // r2 names r1's file.
    QCOMPARE(Sql::scalar(m_center.db->connection(),
                         u"SELECT previous_sha256 = (SELECT file_sha256 FROM center_reports WHERE revision = 1) "
                         "FROM center_reports WHERE revision = 2"_s)
                 .toInt(),
             1);
}

void TestCenterImport::secondKeyNeedsItsThumbprint()
{
    QVERIFY(CenterRegistry::registerKey(*m_center.db, jwk(), {}));
    const Result<Registration> same = CenterRegistry::registerKey(*m_center.db, jwk(), {});
    QVERIFY(same);
    QCOMPARE(same->outcome, Registration::Outcome::AlreadyRegistered);

    m_institution->db->setActor(Actor::systemActor());
    const Result<KeyInfo> rotated = InstitutionKeys(*m_institution->db).rotate(m_passphrase);
    QVERIFY2(rotated, qPrintable(rotated.error()));
    const QByteArray newJwk = Jwk::toJson(
        {rotated->publicKey, u"潞州区阳光托育园"_s, u"91350100M000100Y43"_s, u"潞州区"_s, u"independent"_s});
    const Result<Registration> unconfirmed = CenterRegistry::registerKey(*m_center.db, newJwk, {});
    QVERIFY(!unconfirmed);
    QVERIFY2(unconfirmed.error().contains(Jwk::grouped(rotated->thumbprint)), qPrintable(unconfirmed.error()));
    QVERIFY(!CenterRegistry::registerKey(*m_center.db, newJwk, m_key.thumbprint));
    QCOMPARE(count(u"SELECT count(*) FROM center_keys"_s), 1);

    // Read back over the phone in its groups of four.
    const Result<Registration> confirmed
        = CenterRegistry::registerKey(*m_center.db, newJwk, Jwk::grouped(rotated->thumbprint));
    QVERIFY2(confirmed, qPrintable(confirmed.error()));
    QCOMPARE(confirmed->outcome, Registration::Outcome::NewKey);
    const Result<QList<RegisteredInstitution>> institutions = CenterRegistry::institutions(*m_center.db);
    QVERIFY(institutions);
    QCOMPARE(institutions->size(), 1);
    QCOMPARE(institutions->first().thumbprints, (QStringList {m_key.thumbprint, rotated->thumbprint}));
}

void TestCenterImport::onlyTheCenterImports()
{
    m_center.db->setActor(actorWithRole(Role::Finance));
    QVERIFY(!CenterRegistry::registerKey(*m_center.db, jwk(), {}));
    QVERIFY(!CenterImport::importFiles(*m_center.db, {m_out.filePath(u"x"_s)}));
    QCOMPARE(count(u"SELECT count(*) FROM center_import_log"_s), 0);
    // An institution's own database takes no reports, whoever asks.
    Database& provider = *m_institution->db;
    provider.setActor(actorWithRole(Role::Director));
    const Result<Registration> refused = CenterRegistry::registerKey(provider, jwk(), {});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"not a center"_s), qPrintable(refused.error()));
}

QTEST_GUILESS_MAIN(TestCenterImport)
#include "tst_centerimport.moc"
