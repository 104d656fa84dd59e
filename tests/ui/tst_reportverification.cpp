#include "ModalDriver.h"
#include "TempDatabase.h"
#include "common/MessageBox.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/Jws.h"
#include "reports/ReportFile.h"
#include "reports/ReportVerification.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;

// A report double-clicked in the file manager: DaycareDesk shows the verdict before anyone logs in, checked against
// the keys of the institution's database; without a database it offers the sender's public key file instead.
class TestReportVerification : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void ownReportIsValidWithoutLogin();
    void withoutDatabaseTheKeyIsUnknown();

private:
    // The headline of the verdict dialog the call opens, closed again.
    static QString verdictOf(const std::function<void()>& call);

    TempDatabase m_t;
    QString m_report;
};

void TestReportVerification::initTestCase()
{
    QVERIFY(m_t.open());
    const QString passphrase = u"小橘灯的钥匙 spring 2026"_s;
    InstitutionKeys keys(*m_t.db);
    QVERIFY(keys.create(passphrase));
    const Result<SigningKey> key = keys.unlock(passphrase);
    QVERIFY2(key, qPrintable(key.error()));
    const QJsonObject payload {{u"format"_s, ReportFile::MonthlyReportFormat.toString()},
                               {u"version"_s, ReportFile::MonthlyReportVersion},
                               {u"month"_s, u"2026-10"_s},
                               {u"figures"_s, QJsonObject {}}};
    m_report = m_t.dir.filePath(u"52140400MJY123456X_2026-10_r1.ddreport.json"_s);
    QVERIFY(ReportFile::write(m_report,
                              Jws::sign(key.value(), Jwk::thumbprint(key->publicKey()),
                                        ReportFile::MonthlyReportType.toString(),
                                        QJsonDocument(payload).toJson(QJsonDocument::Compact))));
    m_t.db.reset();
}

void TestReportVerification::cleanup()
{
    cancelPendingActions();
}

QString TestReportVerification::verdictOf(const std::function<void()>& call)
{
    QString verdict;
    whenShown(u"reportVerdictDialog"_s, [&](QWidget* d) {
        verdict = childOf<QLabel>(d, u"verdictLabel"_s)->text();
        QTest::mouseClick(childOf<QPushButton>(d, u"closeButton"_s), Qt::LeftButton);
    });
    call();
    return verdict;
}

void TestReportVerification::ownReportIsValidWithoutLogin()
{
    const QString verdict = verdictOf([&] { ReportVerification::runOnFile(m_report, m_t.path); });
    QVERIFY2(verdict.contains(u"signature is valid"_s), qPrintable(verdict));
}

void TestReportVerification::withoutDatabaseTheKeyIsUnknown()
{
    MessageBox::setNextAnswer(QMessageBox::No);
    const QString noDatabase = m_t.dir.filePath(u"none.db"_s);
    const QString verdict = verdictOf([&] { ReportVerification::runOnFile(m_report, noDatabase); });
    QVERIFY2(MessageBox::lastText().contains(u".jwk"_s), qPrintable(MessageBox::lastText()));
    QVERIFY2(verdict.contains(u"not among the keys"_s), qPrintable(verdict));
    QVERIFY2(!QFile::exists(noDatabase), "verifying creates no database");
}

QTEST_MAIN(TestReportVerification)
#include "tst_reportverification.moc"
