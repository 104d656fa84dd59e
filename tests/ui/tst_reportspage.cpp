#include "ModalDriver.h"
#include "ReportFixtures.h"
#include "RosterFixtures.h"
#include "billing/MonthClose.h"
#include "common/FileDialog.h"
#include "common/FormDialog.h"
#include "common/MessageBox.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/ReportTableModel.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"
#include "reports/ReportsPage.h"
#include "reports/SigningKeyBox.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The director's monthly report as she works it: she makes the signing key in Settings (a mistyped repetition is
// caught in the dialog), sees its fingerprint and writes the public key for the county; on the Reports page she
// exports October, signed once she types the right passphrase, reopens and closes October again and exports the
// next revision, with both revisions listed; then she checks the file she sent.
class TestReportsPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void directorMakesTheKeyAndExportsThePublicKey();
    void exportsRevisionsAndVerifiesTheFile();
    void firstExportMakesTheKey();

private:
    // Fills a passphrase dialog's fields and presses OK; returns the error it then shows ("" when it closed).
    static QString answer(QWidget* dialog, const QMap<QString, QString>& fields);
    QString stateOf(Month month, int revision) const;
    const ReportTableModel* model() const
    {
        return static_cast<const ReportTableModel*>(childOf<QTableView>(m_page.get(), u"reportTable"_s)->model());
    }

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<ReportsPage> m_page;
    const Month m_october {2026, 10};
    const QString m_passphrase = u"小橘灯 月报 2026 签名"_s;
};

void TestReportsPage::init()
{
    m_t = demoWithClosedOctober();
    QVERIFY(m_t);
}

void TestReportsPage::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_page.reset();
    m_t.reset();
}

QString TestReportsPage::answer(QWidget* dialog, const QMap<QString, QString>& fields)
{
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        auto* edit = childOf<QLineEdit>(dialog, it.key());
        edit->clear();
        // QTest types ASCII only; a Chinese passphrase arrives as an input method would put it.
        edit->insert(it.value());
    }
    QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    return dialog->isVisible() ? qobject_cast<FormDialog*>(dialog)->errorText() : QString();
}

QString TestReportsPage::stateOf(Month month, int revision) const
{
    for (int row = 0; row < model()->rowCount(); ++row) {
        const ReportRevision* r = model()->revisionAt(row);
        if (model()->reportAt(row)->month == month && (r ? r->revision : 0) == revision)
            return model()->index(row, ReportTableModel::StateColumn).data().toString();
    }
    return u"(no row)"_s;
}

void TestReportsPage::directorMakesTheKeyAndExportsThePublicKey()
{
    SigningKeyBox box(*m_t->db);
    box.show();
    QCOMPARE(childOf<QLabel>(&box, u"fingerprintValue"_s)->text(), u"No signing key yet"_s);
    QVERIFY(!childOf<QPushButton>(&box, u"exportKeyButton"_s)->isVisible());

    QString mistyped;
    whenShown(u"passphraseDialog"_s, [&](QWidget* d) {
        mistyped = answer(d, {{u"newPassphraseEdit"_s, m_passphrase}, {u"repeatPassphraseEdit"_s, u"小橘灯"_s}});
        answer(d, {{u"newPassphraseEdit"_s, m_passphrase}, {u"repeatPassphraseEdit"_s, m_passphrase}});
    });
    QTest::mouseClick(childOf<QPushButton>(&box, u"makeKeyButton"_s), Qt::LeftButton);
    QVERIFY2(mistyped.contains(u"differ"_s), qPrintable(mistyped));

    const Result<std::optional<KeyInfo>> key = InstitutionKeys(*m_t->db).current();
    QVERIFY(key && key.value());
    QCOMPARE(childOf<QLabel>(&box, u"fingerprintValue"_s)->text(),
             u"Fingerprint: "_s + Jwk::grouped(key.value()->thumbprint));
    QVERIFY(!childOf<QPushButton>(&box, u"makeKeyButton"_s)->isVisible());

    const QString path = m_t->dir.filePath(u"institution.jwk"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(childOf<QPushButton>(&box, u"exportKeyButton"_s), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(Jwk::grouped(key.value()->thumbprint)),
             qPrintable(MessageBox::lastText()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const Result<PublicJwk> jwk = Jwk::parse(file.readAll());
    QVERIFY2(jwk, qPrintable(jwk.error()));
    QCOMPARE(jwk->publicKey, key.value()->publicKey);
}

void TestReportsPage::exportsRevisionsAndVerifiesTheFile()
{
    QVERIFY(InstitutionKeys(*m_t->db).create(m_passphrase));
    m_page = std::make_unique<ReportsPage>(*m_t->db);
    m_page->show();
    QCOMPARE(stateOf(m_october, 0), u"Not yet exported"_s);
    auto* table = childOf<QTableView>(m_page.get(), u"reportTable"_s);
    auto* exportButton = childOf<QPushButton>(m_page.get(), u"exportReportButton"_s);
    auto exportOctober = [&](const QString& passphrase) {
        table->setCurrentIndex(table->model()->index(model()->rowOfMonth(m_october), 0));
        FileDialog::setNextFileName(m_t->dir.path());
        QString wrong;
        whenShown(u"passphraseDialog"_s, [&](QWidget* d) {
            wrong = answer(d, {{u"passphraseEdit"_s, u"not the passphrase"_s}});
            answer(d, {{u"passphraseEdit"_s, passphrase}});
        });
        QTest::mouseClick(exportButton, Qt::LeftButton);
        return wrong;
    };

    const QString wrong = exportOctober(m_passphrase);
    QVERIFY2(!wrong.isEmpty(), "a wrong passphrase is refused inside the dialog");
    const QString message = childOf<QLabel>(m_page.get(), u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u"revision 1 of 2026-10"_s), qPrintable(message));
    QCOMPARE(stateOf(m_october, 1), u"Exported"_s);
    const QString first = m_t->dir.filePath(model()->revisionAt(model()->rowOfMonth(m_october))->fileName);
    QVERIFY(QFile::exists(first));

    // October is reopened for a correction and closed again: the page says so, and the export is revision 2.
    QVERIFY(MonthClose::reopen(*m_t->db, m_october, u"补录病假"_s));
    m_page->reload();
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(MonthClose::close(*m_t->db, m_october, true));
    m_page->reload();
    QVERIFY(stateOf(m_october, 1).startsWith(u"Closed again since export"_s));
    exportOctober(m_passphrase);
    QCOMPARE(stateOf(m_october, 1), u"Superseded by revision 2"_s);
    QCOMPARE(stateOf(m_october, 2), u"Exported"_s);
    const ReportRevision* second = model()->revisionAt(model()->rowOfMonth(m_october));
    QVERIFY(second && second->revision == 2);
    QCOMPARE(second->previousSha256, model()->revisionAt(model()->rowOfMonth(m_october) - 1)->fileSha256);

    // She checks the file she sent: valid, with whose report it is.
    QString verdict;
    QString figures;
    whenShown(u"reportVerdictDialog"_s, [&](QWidget* d) {
        verdict = childOf<QLabel>(d, u"verdictLabel"_s)->text();
        for (const QLabel* label : d->findChildren<QLabel*>())
            figures += label->text() + u'\n';
        QTest::mouseClick(childOf<QPushButton>(d, u"closeButton"_s), Qt::LeftButton);
    });
    FileDialog::setNextFileName(m_t->dir.filePath(second->fileName));
    QTest::mouseClick(childOf<QPushButton>(m_page.get(), u"verifyReportButton"_s), Qt::LeftButton);
    QVERIFY2(verdict.contains(u"signature is valid"_s), qPrintable(verdict));
    QVERIFY2(figures.contains(u"2026-10"_s) && figures.contains(u"Attendance (出勤率)"_s), qPrintable(figures));
}

void TestReportsPage::firstExportMakesTheKey()
{
    // A database from before reports were signed: the finance clerk is told the director makes the key first.
    m_t->db->setActor(actorWithRole(Role::Finance));
    m_page = std::make_unique<ReportsPage>(*m_t->db);
    m_page->show();
    auto* table = childOf<QTableView>(m_page.get(), u"reportTable"_s);
    table->setCurrentIndex(table->model()->index(model()->rowOfMonth(m_october), 0));
    auto* exportButton = childOf<QPushButton>(m_page.get(), u"exportReportButton"_s);
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(childOf<QLabel>(m_page.get(), u"errorLabel"_s)->text().contains(u"director makes it"_s));

    // The director makes it on the spot, and October is exported with the passphrase she just chose.
    QVERIFY(logInAs(*m_t->db, u"admin"_s, u"admin"_s));
    whenShown(u"passphraseDialog"_s, [&](QWidget* d) {
        answer(d, {{u"newPassphraseEdit"_s, m_passphrase}, {u"repeatPassphraseEdit"_s, m_passphrase}});
    });
    FileDialog::setNextFileName(m_t->dir.path());
    QTest::mouseClick(exportButton, Qt::LeftButton);
    QVERIFY(InstitutionKeys(*m_t->db).unlock(m_passphrase));
    QCOMPARE(stateOf(m_october, 1), u"Exported"_s);
}

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
