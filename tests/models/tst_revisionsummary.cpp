#include "ReportFixtures.h"
#include "billing/MonthClose.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/MonthlyReports.h"
#include "reports/RevisionSummary.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;

// The paper copy of an exported report revision is read from the stored signed file: it names that file (whose
// SHA-256 equals the file written), the workbook's hash and the key's fingerprint, and gives the figures section
// by section; a later revision supersedes it; a stored file changed since it was exported, a month never exported
// and a caregiver are refused.
class TestRevisionSummary : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void namesTheFileAndGivesTheFigures();
    void laterRevisionSupersedes();
    void changedStoredFileIsRefused();
    void refusedWithoutAnExportOrThePermission();

private:
    Result<ExportedReport> exportNovember();
    static QString valueOf(const RevisionSummary& summary, const QString& label);

    std::unique_ptr<TempDatabase> m_t;
    KeyInfo m_key;
    const Month m_november {2026, 11};
    const QString m_passphrase = u"阳光托育园 reports 2026"_s;
};

void TestRevisionSummary::init()
{
    m_t = closedNovemberWithKey(m_passphrase, m_key); // today is 2026-12-01
    QVERIFY(m_t);
}

void TestRevisionSummary::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

Result<ExportedReport> TestRevisionSummary::exportNovember()
{
    return MonthlyReports::exportMonth(*m_t->db, m_november, m_passphrase, m_t->dir.path());
}

QString TestRevisionSummary::valueOf(const RevisionSummary& summary, const QString& label)
{
    for (const ReportSummary::Section& section : summary.sections)
        for (const ReportSummary::Line& line : section.lines)
            if (line.label == label)
                return line.value;
    return u"(none)"_s;
}

void TestRevisionSummary::namesTheFileAndGivesTheFigures()
{
    const Result<ExportedReport> exported = exportNovember();
    QVERIFY2(exported, qPrintable(exported.error()));
    const Result<RevisionSummary> summary = RevisionSummary::load(*m_t->db, m_november, 1);
    QVERIFY2(summary, qPrintable(summary.error()));
    QCOMPARE(summary->revision.fileName, u"91350100M000100Y43_2026-11_r1.ddreport.json"_s);
    QFile file(exported->reportPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(summary->revision.fileSha256,
             QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    QFile workbook(exported->workbookPath);
    QVERIFY(workbook.open(QIODevice::ReadOnly));
    QCOMPARE(summary->workbookSha256,
             QString::fromLatin1(QCryptographicHash::hash(workbook.readAll(), QCryptographicHash::Sha256).toHex()));
    QCOMPARE(summary->keyFingerprint, Jwk::grouped(m_key.thumbprint));
    QCOMPARE(summary->creditCode, u"91350100M000100Y43"_s);
    QCOMPARE(summary->institutionName, u"潞州区阳光托育园"_s);
    QVERIFY(!summary->superseded());

    QStringList titles;
    for (const ReportSummary::Section& section : summary->sections)
        titles << section.title;
    QCOMPARE(titles,
             (QStringList {u"Children"_s, u"Attendance"_s, u"Staff"_s, u"Fees (yuan)"_s,
                           u"Operating subsidy claim (运营补贴)"_s, u"Birth subsidy (生育补贴)"_s}));
    QCOMPARE(valueOf(*summary, u"In care at the month's end"_s), u"1"_s);
    QVERIFY2(valueOf(*summary, u"Attendance (出勤率)"_s).endsWith(u"100.0%"_s),
             qPrintable(valueOf(*summary, u"Attendance (出勤率)"_s)));
    QCOMPARE(valueOf(*summary, u"Standing"_s), u"draft"_s);
    QCOMPARE(valueOf(*summary, u"Children who may apply"_s), u"1"_s);
}

void TestRevisionSummary::laterRevisionSupersedes()
{
    QVERIFY(exportNovember());
    m_t->db->setActor(actorWithRole(Role::Director));
    QVERIFY(MonthClose::reopen(*m_t->db, m_november, u"补录"_s));
    QVERIFY(MonthClose::close(*m_t->db, m_november, true));
    const Result<ExportedReport> second = exportNovember();
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->revision.revision, 2);

    const Result<RevisionSummary> first = RevisionSummary::load(*m_t->db, m_november, 1);
    QVERIFY2(first, qPrintable(first.error()));
    QVERIFY(first->superseded());
    QCOMPARE(first->latestRevision, 2);
    const Result<RevisionSummary> latest = RevisionSummary::load(*m_t->db, m_november, 2);
    QVERIFY2(latest, qPrintable(latest.error()));
    QVERIFY(!latest->superseded());
    QCOMPARE(latest->revision.previousSha256, first->revision.fileSha256);
}

void TestRevisionSummary::changedStoredFileIsRefused()
{
    QVERIFY(exportNovember());
    QSqlQuery query(m_t->db->connection());
    QVERIFY(query.exec(u"UPDATE report_exports SET signed_file = signed_file || ' '"_s));
    const Result<RevisionSummary> summary = RevisionSummary::load(*m_t->db, m_november, 1);
    QVERIFY(!summary);
    QVERIFY2(summary.error().contains(u"SHA-256"_s), qPrintable(summary.error()));
}

void TestRevisionSummary::refusedWithoutAnExportOrThePermission()
{
    const Result<RevisionSummary> never = RevisionSummary::load(*m_t->db, m_november, 1);
    QVERIFY(!never);
    QVERIFY2(never.error().contains(u"never exported"_s), qPrintable(never.error()));
    QVERIFY(exportNovember());
    m_t->db->setActor(actorWithRole(Role::Caregiver));
    QVERIFY(!RevisionSummary::load(*m_t->db, m_november, 1));
}

QTEST_GUILESS_MAIN(TestRevisionSummary)
#include "tst_revisionsummary.moc"
