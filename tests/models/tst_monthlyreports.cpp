#include "ReportFixtures.h"
#include "WorkbookReader.h"
#include "billing/MonthClose.h"
#include "common/Ratio.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/MonthlyReports.h"
#include "reports/ReportFile.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Exporting November 2026's report for the county: revision 1 signed with the institution's key and verifiable
// with its public key, its workbook's hash inside; an unchanged month written again byte for byte without the
// passphrase; reopened and closed again, or changed after export, the next revision naming the previous file's
// hash; a wrong passphrase, an open month or a caregiver writes nothing.
class TestMonthlyReports : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstExportIsRevisionOne();
    void unchangedMonthIsWrittenAgainByteForByte();
    void reopenedAndClosedAgainIsTheNextRevision();
    void changeAfterExportIsTheNextRevision();
    void wrongPassphraseWritesNothing();
    void refusedForOpenMonthAndCaregiver();

private:
    Result<ExportedReport> exportNovember(const QString& passphrase);
    ReportState stateOfNovember();
    // The verified payload of a report file; empty (with a failure recorded) when it does not verify.
    QJsonObject verifiedPayload(const QString& path);

    std::unique_ptr<TempDatabase> m_t;
    PublicJwk m_key;
    const Month m_november {2026, 11};
};

namespace {
const QString passphrase = u"阳光托育园 reports 2026"_s;

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QString sha256Of(const QString& path)
{
    return QString::fromLatin1(QCryptographicHash::hash(contentOf(path), QCryptographicHash::Sha256).toHex());
}
} // namespace

void TestMonthlyReports::init()
{
    KeyInfo key;
    m_t = closedNovemberWithKey(passphrase, key); // today is 2026-12-01
    QVERIFY(m_t);
    m_key = PublicJwk {key.publicKey, u"潞州区阳光托育园"_s, u"91350100M000100Y43"_s, u"潞州区"_s, u"independent"_s};
}

void TestMonthlyReports::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

Result<ExportedReport> TestMonthlyReports::exportNovember(const QString& passphrase)
{
    return MonthlyReports::exportMonth(*m_t->db, m_november, passphrase, m_t->dir.path());
}

ReportState TestMonthlyReports::stateOfNovember()
{
    const Result<QList<MonthReport>> reports = MonthlyReports::overview(*m_t->db);
    if (reports)
        for (const MonthReport& report : reports.value())
            if (report.month == m_november)
                return report.state;
    QTest::qFail("November is not in the overview", __FILE__, __LINE__);
    return ReportState::NotExported;
}

QJsonObject TestMonthlyReports::verifiedPayload(const QString& path)
{
    const ReportVerdict verdict = ReportFile::verify(path, {m_key.publicKey});
    if (verdict.kind != ReportVerdict::Valid) {
        QTest::qFail(qPrintable(verdict.message), __FILE__, __LINE__);
        return {};
    }
    return verdict.payload;
}

void TestMonthlyReports::firstExportIsRevisionOne()
{
    QCOMPARE(stateOfNovember(), ReportState::NotExported);
    const Result<ExportedReport> exported = exportNovember(passphrase);
    QVERIFY2(exported, qPrintable(exported.error()));
    QVERIFY(exported->newRevision);
    QCOMPARE(exported->revision.revision, 1);
    QCOMPARE(exported->reportPath, m_t->dir.filePath(u"91350100M000100Y43_2026-11_r1.ddreport.json"_s));
    QCOMPARE(exported->workbookPath, m_t->dir.filePath(u"91350100M000100Y43_2026-11_r1.xlsx"_s));
    QVERIFY(QFile::exists(exported->workbookPath));

    const QJsonObject payload = verifiedPayload(exported->reportPath);
    QCOMPARE(payload[u"format"_s].toString(), u"daycaredesk.monthly-report"_s);
    QCOMPARE(payload[u"version"_s].toInt(), 1);
    QCOMPARE(payload[u"credit_code"_s].toString(), u"91350100M000100Y43"_s);
    QCOMPARE(payload[u"month"_s].toString(), u"2026-11"_s);
    QCOMPARE(payload[u"revision"_s].toInt(), 1);
    QVERIFY(payload[u"previous_sha256"_s].isNull());
    QCOMPARE(payload[u"workbook_sha256"_s].toString(), sha256Of(exported->workbookPath));
    // An ISO 8601 time with its offset from UTC, so the county reads the same moment whatever its clock says.
    const QString generatedAt = payload[u"generated_at"_s].toString();
    QCOMPARE(QDateTime::fromString(generatedAt, Qt::ISODate), QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    QVERIFY2(generatedAt.endsWith(u'Z') || generatedAt.at(generatedAt.size() - 6) == u'+'
                 || generatedAt.at(generatedAt.size() - 6) == u'-',
             qPrintable(generatedAt));
    QVERIFY(payload[u"institution"_s].isObject());
    QVERIFY(payload[u"figures"_s].isObject());
    QCOMPARE(exported->revision.fileSha256, sha256Of(exported->reportPath));
    QCOMPARE(stateOfNovember(), ReportState::Exported);

    // The workbook beside it: the figures for people to read, then the claim sheets of the month.
    const Result<QJsonArray> workbook = readWorkbook(exported->workbookPath);
    QVERIFY2(workbook, qPrintable(workbook.error()));
    QStringList names;
    for (const QJsonValue& sheet : workbook.value())
        names << sheet[u"name"_s].toString();
    QCOMPARE(names, (QStringList {u"月报"_s, u"申报表"_s, u"不予申报"_s, u"汇总"_s}));
    const QJsonArray rows = workbook->at(0)[u"rows"_s].toArray();
    QCOMPARE(rows.at(0).toArray().at(0).toString(), u"2026年11月托育机构月报"_s);
    QVERIFY(rows.at(2).toArray().at(0).toString().endsWith(u"第1版"_s));
    const QJsonObject rate = payload[u"figures"_s][u"attendance"_s][u"rate"_s].toObject();
    const QString rateText = Ratio {rate[u"numerator"_s].toInteger(), rate[u"denominator"_s].toInteger()}.text();
    bool rateShown = false;
    for (const QJsonValue& row : rows)
        rateShown = rateShown || (row[0].toString() == u"出勤率"_s && row[1].toString() == rateText);
    QVERIFY2(rateShown, qPrintable(rateText));
}

void TestMonthlyReports::unchangedMonthIsWrittenAgainByteForByte()
{
    const Result<ExportedReport> first = exportNovember(passphrase);
    QVERIFY2(first, qPrintable(first.error()));
    const QByteArray report = contentOf(first->reportPath);
    const QByteArray workbook = contentOf(first->workbookPath);
    QVERIFY(QFile::remove(first->reportPath));
    QVERIFY(QFile::remove(first->workbookPath));
    // Nothing is signed again, so no passphrase is needed.
    const Result<ExportedReport> again = exportNovember(QString());
    QVERIFY2(again, qPrintable(again.error()));
    QVERIFY(!again->newRevision);
    QCOMPARE(again->revision.revision, 1);
    QCOMPARE(contentOf(again->reportPath), report);
    QCOMPARE(contentOf(again->workbookPath), workbook);
}

void TestMonthlyReports::reopenedAndClosedAgainIsTheNextRevision()
{
    const Result<ExportedReport> first = exportNovember(passphrase);
    QVERIFY2(first, qPrintable(first.error()));
    Database& db = *m_t->db;
    db.setActor(actorWithRole(Role::Director));
    QVERIFY(MonthClose::reopen(db, m_november, u"补录病假"_s));
    QCOMPARE(stateOfNovember(), ReportState::Reopened);
    QVERIFY(!exportNovember(passphrase));
    QVERIFY(MonthClose::close(db, m_november, false));
    // Nothing else changed, yet the month was closed again: the county gets the next revision.
    QCOMPARE(stateOfNovember(), ReportState::ClosedAgain);
    const Result<ExportedReport> second = exportNovember(passphrase);
    QVERIFY2(second, qPrintable(second.error()));
    QVERIFY(second->newRevision);
    QCOMPARE(second->revision.revision, 2);
    const QJsonObject payload = verifiedPayload(second->reportPath);
    QCOMPARE(payload[u"revision"_s].toInt(), 2);
    QCOMPARE(payload[u"previous_sha256"_s].toString(), sha256Of(first->reportPath));
    QVERIFY(QFile::exists(first->reportPath));

    const Result<QList<ReportRevision>> revisions = ReportRevisions::ofMonth(db, m_november);
    QVERIFY(revisions);
    QCOMPARE(revisions->size(), 2);
    QCOMPARE(revisions->at(1).previousSha256, revisions->at(0).fileSha256);
    QCOMPARE(stateOfNovember(), ReportState::Exported);
}

void TestMonthlyReports::changeAfterExportIsTheNextRevision()
{
    QVERIFY(exportNovember(passphrase));
    // The county approved more inclusive places after the export: the report's identity block changes.
    QVERIFY(setInstitution(*m_t->db, InstitutionType::Independent, QDate(2025, 3, 1), 80));
    QCOMPARE(stateOfNovember(), ReportState::Changed);
    const Result<ExportedReport> second = exportNovember(passphrase);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->revision.revision, 2);
    QCOMPARE(verifiedPayload(second->reportPath)[u"institution"_s][u"inclusive_places"_s].toInt(), 80);
}

void TestMonthlyReports::wrongPassphraseWritesNothing()
{
    QVERIFY(!exportNovember(u"not the passphrase at all"_s));
    QVERIFY(QDir(m_t->dir.path()).entryList(QDir::Files).filter(u"2026-11"_s).isEmpty());
    const Result<QList<ReportRevision>> revisions = ReportRevisions::ofMonth(*m_t->db, m_november);
    QVERIFY(revisions && revisions->isEmpty());
}

void TestMonthlyReports::refusedForOpenMonthAndCaregiver()
{
    const Result<ExportedReport> open
        = MonthlyReports::exportMonth(*m_t->db, m_november.next(), passphrase, m_t->dir.path());
    QVERIFY(!open);
    QVERIFY2(open.error().contains(u"2026-12"_s), qPrintable(open.error()));
    m_t->db->setActor(actorWithRole(Role::Caregiver));
    QVERIFY(!exportNovember(passphrase));
    QVERIFY(!MonthlyReports::overview(*m_t->db));
}

QTEST_GUILESS_MAIN(TestMonthlyReports)
#include "tst_monthlyreports.moc"
