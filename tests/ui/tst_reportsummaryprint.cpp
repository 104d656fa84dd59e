#include "ModalDriver.h"
#include "PdfText.h"
#include "ReportFixtures.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "itemmodels/ReportTableModel.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/MonthlyReports.h"
#include "reports/ReportsPage.h"

#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The monthly report's paper copy from the Reports page: not printable while the month is not exported (the
// tooltip says why); once exported, one A4 page naming the signed file by name, SHA-256 and key fingerprint, with
// the month's figures, so the paper can be matched with the file the county has.
class TestReportSummaryPrint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void printableOnceExported();

private:
    std::unique_ptr<TempDatabase> m_t;
    const Month m_october {2026, 10};
    const QString m_passphrase = u"小橘灯 月报 2026 签名"_s;
};

void TestReportSummaryPrint::init()
{
    m_t = demoWithClosedOctober();
    QVERIFY(m_t);
    QVERIFY(InstitutionKeys(*m_t->db).create(m_passphrase));
}

void TestReportSummaryPrint::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_t.reset();
}

void TestReportSummaryPrint::printableOnceExported()
{
    ReportsPage page(*m_t->db);
    page.show();
    auto* table = childOf<QTableView>(&page, u"reportTable"_s);
    const auto* model = static_cast<const ReportTableModel*>(table->model());
    auto* print = childOf<QPushButton>(&page, u"printSummaryButton"_s);
    auto* save = childOf<QPushButton>(&page, u"saveSummaryButton"_s);
    QCOMPARE(model->reportAt(table->currentIndex().row())->month, m_october);
    QVERIFY(!print->isEnabled());
    QVERIFY(!save->isEnabled());
    QVERIFY2(print->toolTip().contains(u"not been exported"_s), qPrintable(print->toolTip()));

    const Result<ExportedReport> exported
        = MonthlyReports::exportMonth(*m_t->db, m_october, m_passphrase, m_t->dir.path());
    QVERIFY2(exported, qPrintable(exported.error()));
    page.reload();
    QVERIFY(print->isEnabled());
    QVERIFY(save->isEnabled());
    QVERIFY(print->toolTip().isEmpty());

    const QString path = m_t->dir.filePath(u"summary.pdf"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().startsWith(u"Saved 1 page"_s), qPrintable(MessageBox::lastText()));
    const QString text = pdfText(path);
    QCOMPARE(text.count(u'\f'), 1);
    const Result<std::optional<KeyInfo>> key = InstitutionKeys(*m_t->db).current();
    QVERIFY(key && key.value());
    const ReportRevision& revision = exported->revision;
    for (const QString& expected :
         {u"Monthly Report Summary"_s, u"Month: 2026-10"_s, u"Revision: 1"_s, revision.fileName, revision.fileSha256,
          Jwk::grouped(key.value()->thumbprint), u"Attendance (出勤率)"_s, u"Certified caregivers (持证上岗率)"_s,
          u"Operating subsidy claim (运营补贴)"_s, u"Head of institution"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u"\n---\n"_s + text));
}

QTEST_MAIN(TestReportSummaryPrint)
#include "tst_reportsummaryprint.moc"
