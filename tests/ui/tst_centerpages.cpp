#include "CenterFixtures.h"
#include "CenterReports.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "center/CenterChartsPage.h"
#include "center/CenterImport.h"
#include "center/CenterImportPage.h"
#include "center/CenterRegistry.h"
#include "center/CenterRegistryPage.h"
#include "common/FileDialog.h"
#include "common/FormDialog.h"
#include "itemmodels/ImportedFileTableModel.h"
#include "itemmodels/ItemRoles.h"

#include <QBrush>
#include <QDateEdit>
#include <QDir>
#include <QDropEvent>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Role)
Q_DECLARE_METATYPE(InstitutionType)

// A county center's clerk at work: her window has the center's pages and none of a provider's; she registers an
// institution's key after comparing its fingerprint (a further key only with the fingerprint read back), and
// imports what two institutions sent by dropping a folder and a stray file on the Import page, seeing each file's
// verdict, the summary and the log.
class TestCenterPages : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void windowShowsTheCenterPages_data();
    void windowShowsTheCenterPages();
    void providerWindowHasNoCenterPages();
    void registersAKeyAndImportsItsHeldFile();
    void furtherKeyNeedsItsFingerprintReadBack();
    void importsDroppedFoldersAndFiles_data();
    void importsDroppedFoldersAndFiles();

private:
    QStringList pageNames(const MainWindow& window) const;
    void dropOn(QWidget* page, const QStringList& paths) const;
    void registerWithModel(const SentReport& sent);

    QTemporaryDir m_dir;
    std::optional<SentReport> m_sunshine;
    std::optional<SentReport> m_littleSun;
    QString m_dropFolder;
    QString m_strayFile;
    std::unique_ptr<TempDatabase> m_center;
};

void TestCenterPages::initTestCase()
{
    const QString sent = m_dir.filePath(u"sent"_s);
    QVERIFY(QDir().mkpath(sent));
    m_sunshine = sendNovemberReport(sent, u"潞州区阳光托育园"_s, u"91350100M000100Y43"_s, u"潞州区"_s);
    QVERIFY(m_sunshine);
    m_littleSun
        = sendNovemberReport(sent, u"上党区小太阳托育园"_s, creditCodeFrom(u"91140404MA0000002"_s), u"上党区"_s);
    QVERIFY(m_littleSun);

    // What a clerk drops: a folder with one report at its top and one in a subfolder beside a workbook, and a
    // stray file that only looks like a report.
    m_dropFolder = m_dir.filePath(u"drop"_s);
    QVERIFY(QDir().mkpath(m_dropFolder + u"/上党区"_s));
    QVERIFY(QFile::copy(m_sunshine->reportPath, m_dropFolder + u"/a.ddreport.json"_s));
    QVERIFY(QFile::copy(m_littleSun->reportPath, m_dropFolder + u"/上党区/b.ddreport.json"_s));
    QFile workbook(m_dropFolder + u"/上党区/b.xlsx"_s);
    QVERIFY(workbook.open(QIODevice::WriteOnly));
    workbook.write("not a report");
    workbook.close();
    m_strayFile = m_dir.filePath(u"notes.ddreport.json"_s);
    QFile stray(m_strayFile);
    QVERIFY(stray.open(QIODevice::WriteOnly));
    stray.write("{\"note\": \"call the county on Monday\"}");
}

void TestCenterPages::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
    m_center = std::make_unique<TempDatabase>();
    QVERIFY(m_center->open());
    QVERIFY(setUpCountyCenter(*m_center->db));
    m_center->db->setActor(actorWithRole(Role::CenterOfficer));
}

void TestCenterPages::cleanup()
{
    cancelPendingActions();
    m_center.reset();
    Clock::setFixed({});
}

QStringList TestCenterPages::pageNames(const MainWindow& window) const
{
    QStringList names;
    const auto* list = window.findChild<QListWidget*>(u"pageList"_s);
    for (int row = 0; row < list->count(); ++row)
        names << list->item(row)->data(Qt::UserRole).toString();
    return names;
}

void TestCenterPages::dropOn(QWidget* page, const QStringList& paths) const
{
    auto* mime = new QMimeData;
    QList<QUrl> urls;
    for (const QString& path : paths)
        urls << QUrl::fromLocalFile(path);
    mime->setUrls(urls);
    const QPointF at(page->width() / 2.0, 20);
    QDragEnterEvent enter(at.toPoint(), Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &enter);
    QVERIFY(enter.isAccepted());
    // While the files hover, the drop area shows it takes them; once dropped, it is plain again.
    auto* dropArea = page->findChild<QFrame*>(QStringLiteral("dropArea"));
    QVERIFY(dropArea);
    QCOMPARE(dropArea->property("dragOver").toBool(), true);
    QDropEvent drop(at, Qt::CopyAction, mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(page, &drop);
    QVERIFY(drop.isAccepted());
    QCOMPARE(dropArea->property("dragOver").toBool(), false);
    delete mime;
}

void TestCenterPages::registerWithModel(const SentReport& sent)
{
    const Result<Registration> registered = CenterRegistry::registerKey(
        *m_center->db, Jwk::toJson({sent.publicKey, sent.name, sent.creditCode, {}, {}}), {});
    QVERIFY2(registered, qPrintable(registered.error()));
}

void TestCenterPages::windowShowsTheCenterPages_data()
{
    QTest::addColumn<InstitutionType>("center");
    QTest::addColumn<Role>("role");
    QTest::addColumn<QStringList>("pages");
    const QStringList center {u"centerStatusPage"_s, u"centerImportPage"_s, u"centerRegistryPage"_s,
                              u"centerChartsPage"_s};
    const QStringList head = center + QStringList {u"institutionPage"_s, u"usersPage"_s, u"auditPage"_s};
    QTest::newRow("county, its head") << InstitutionType::CountyCenter << Role::Director << head;
    QTest::newRow("county, an officer") << InstitutionType::CountyCenter << Role::CenterOfficer << center;
    QTest::newRow("city, its head") << InstitutionType::CityCenter << Role::Director << head;
}

void TestCenterPages::windowShowsTheCenterPages()
{
    QFETCH(InstitutionType, center);
    QFETCH(Role, role);
    QFETCH(QStringList, pages);
    if (center == InstitutionType::CityCenter) {
        m_center = std::make_unique<TempDatabase>();
        QVERIFY(m_center->open());
        QVERIFY(setUpCityCenter(*m_center->db));
    }
    m_center->db->setActor(actorWithRole(role));
    MainWindow window(*m_center->db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(pageNames(window), pages);
    // The month's status comes first.
    QCOMPARE(window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget()->objectName(), u"centerStatusPage"_s);
    // The month chosen on the status page is the month the charts draw.
    QCOMPARE(window.findChild<CenterChartsPage*>()->month(), Month(2026, 11));
    window.findChild<QDateEdit*>(u"centerMonthEdit"_s)->setDate(QDate(2026, 9, 1));
    QCOMPARE(window.findChild<CenterChartsPage*>()->month(), Month(2026, 9));
    // Only a county center sends a roll-up on to the city.
    QCOMPARE(window.findChild<QPushButton*>(u"exportRollUpButton"_s)->isVisibleTo(&window),
             center == InstitutionType::CountyCenter);

    if (!pages.contains(u"institutionPage"_s))
        return;
    // Its settings hold its profile and its signing key, nothing of fees or care days.
    QVERIFY(window.showPage(u"institutionPage"_s));
    auto* tabs = window.findChild<QTabWidget*>(u"institutionTabs"_s);
    QStringList tabNames;
    for (int i = 0; i < tabs->count(); ++i)
        tabNames << tabs->tabText(i);
    QVERIFY2(!tabNames.join(u' ').contains(u"Fees"_s), qPrintable(tabNames.join(u", "_s)));
    QVERIFY2(tabNames.join(u' ').contains(u"signing"_s), qPrintable(tabNames.join(u", "_s)));
    QVERIFY(!window.findChild<QTableWidget*>(u"calendarTable"_s)->isVisibleTo(&window));
    QVERIFY(!window.findChild<QLabel*>(u"placesValue"_s));
    QCOMPARE(window.findChild<QLabel*>(u"typeValue"_s)->text(), InstitutionProfile::typeLabel(center));
}

void TestCenterPages::providerWindowHasNoCenterPages()
{
    TempDatabase provider;
    QVERIFY(provider.open());
    QVERIFY(DemoData::generate(*provider.db, {6, 1, 1}).ok());
    provider.db->setActor(actorWithRole(Role::Director));
    MainWindow window(*provider.db);
    const QStringList names = pageNames(window);
    QVERIFY(names.contains(u"childrenPage"_s));
    for (const QString& page :
         {u"centerStatusPage"_s, u"centerImportPage"_s, u"centerRegistryPage"_s, u"centerChartsPage"_s})
        QVERIFY2(!names.contains(page), qPrintable(page));
}

void TestCenterPages::registersAKeyAndImportsItsHeldFile()
{
    // The report came before the key: it is held.
    const Result<QList<ImportedFile>> held = CenterImport::importFiles(*m_center->db, {m_sunshine->reportPath});
    QVERIFY(held);
    QCOMPARE(held->first().verdict, ImportedFile::Verdict::Held);

    CenterRegistryPage page(*m_center->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = childOf<QTableView>(&page, u"institutionTable"_s);
    QCOMPARE(table->model()->rowCount(), 0);

    QString shownFingerprint;
    bool askedForReadBack = true;
    whenShown(u"registerKeyDialog"_s, [&](QWidget* dialog) {
        QCOMPARE(childOf<QLabel>(dialog, u"institutionValue"_s)->text(), m_sunshine->name);
        QCOMPARE(childOf<QLabel>(dialog, u"creditCodeValue"_s)->text(), m_sunshine->creditCode);
        QCOMPARE(childOf<QLabel>(dialog, u"countyValue"_s)->text(), u"潞州区"_s);
        shownFingerprint = childOf<QLabel>(dialog, u"fingerprintValue"_s)->text();
        askedForReadBack = dialog->findChild<QLineEdit*>(u"thumbprintEdit"_s) != nullptr;
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    FileDialog::setNextFileName(m_sunshine->jwkPath);
    QTest::mouseClick(childOf<QPushButton>(&page, u"registerKeyButton"_s), Qt::LeftButton);

    // The fingerprint in groups of four, as the director reads hers; a first key needs no read-back.
    QCOMPARE(shownFingerprint, Jwk::grouped(m_sunshine->thumbprint));
    QVERIFY(shownFingerprint.contains(u' '));
    QVERIFY(!askedForReadBack);
    QCOMPARE(table->model()->rowCount(), 1);
    const QAbstractItemModel* model = table->model();
    QCOMPARE(model->index(0, 0).data().toString(), m_sunshine->name);
    QCOMPARE(model->index(0, 1).data().toString(), m_sunshine->creditCode);
    QCOMPARE(model->index(0, 4).data().toString(), shownFingerprint);
    QCOMPARE(model->index(0, 2).data().toString(), u"潞州区"_s);
    const QString message = childOf<QLabel>(&page, u"messageLabel"_s)->text();
    QVERIFY2(message.contains(m_sunshine->name) && message.contains(u"1 held file"_s), qPrintable(message));
}

void TestCenterPages::furtherKeyNeedsItsFingerprintReadBack()
{
    registerWithModel(*m_sunshine);
    // A second key in 阳光's name: whoever holds it could sign 阳光's reports.
    const QString further = m_dir.filePath(u"further.jwk"_s);
    QVERIFY(Jwk::writeFile(further, {m_littleSun->publicKey, m_sunshine->name, m_sunshine->creditCode, {}, {}}));
    const QString fingerprint = Jwk::grouped(m_littleSun->thumbprint);

    CenterRegistryPage page(*m_center->db);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QString refusal;
    bool stayedOpen = false;
    whenShown(u"registerKeyDialog"_s, [&](QWidget* dialog) {
        auto* readBack = childOf<QLineEdit>(dialog, u"thumbprintEdit"_s);
        auto* ok = childOf<QPushButton>(dialog, u"okButton"_s);
        if (!readBack || !ok) {
            static_cast<QDialog*>(dialog)->reject();
            return;
        }
        // Misheard: the registry refuses and says why; the dialog stays for another try.
        QTest::keyClicks(readBack, Jwk::grouped(m_sunshine->thumbprint));
        QTest::mouseClick(ok, Qt::LeftButton);
        stayedOpen = dialog->isVisible();
        refusal = static_cast<FormDialog*>(dialog)->errorText();
        readBack->clear();
        QTest::keyClicks(readBack, fingerprint);
        QTest::mouseClick(ok, Qt::LeftButton);
        if (dialog->isVisible()) {
            refusal = static_cast<FormDialog*>(dialog)->errorText();
            static_cast<QDialog*>(dialog)->reject();
        }
    });
    FileDialog::setNextFileName(further);
    QVERIFY2(page.registerKey(), qPrintable(refusal));
    QVERIFY(stayedOpen);
    QVERIFY2(refusal.contains(Jwk::grouped(m_sunshine->thumbprint)), qPrintable(refusal));
    const Result<QList<RegisteredInstitution>> institutions = CenterRegistry::institutions(*m_center->db);
    QVERIFY(institutions);
    QCOMPARE(institutions->size(), 1);
    QCOMPARE(institutions->first().thumbprints, (QStringList {m_sunshine->thumbprint, m_littleSun->thumbprint}));
    QVERIFY(childOf<QLabel>(&page, u"messageLabel"_s)->text().contains(u"further key"_s));
}

void TestCenterPages::importsDroppedFoldersAndFiles_data()
{
    QTest::addColumn<bool>("littleSunRegistered");
    QTest::addColumn<QStringList>("verdicts");
    QTest::addColumn<QString>("summary");
    QTest::newRow("both registered") << true << QStringList {u"imported"_s, u"imported"_s, u"rejected"_s}
                                     << u"2 imported, 1 rejected"_s;
    QTest::newRow("one unknown signer") << false << QStringList {u"imported"_s, u"held"_s, u"rejected"_s}
                                        << u"1 imported, 1 held, 1 rejected"_s;
}

void TestCenterPages::importsDroppedFoldersAndFiles()
{
    QFETCH(bool, littleSunRegistered);
    QFETCH(QStringList, verdicts);
    QFETCH(QString, summary);
    registerWithModel(*m_sunshine);
    if (littleSunRegistered)
        registerWithModel(*m_littleSun);

    CenterImportPage page(*m_center->db);
    page.resize(1100, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    dropOn(&page, {m_dropFolder, m_strayFile});

    // Every report under the folder, the workbook left out, and the stray file refused rather than ignored.
    const auto* results = childOf<QTableView>(&page, u"importResultTable"_s)->model();
    QCOMPARE(results->rowCount(), 3);
    QStringList seen;
    for (int row = 0; row < results->rowCount(); ++row)
        seen << results->index(row, ImportedFileTableModel::VerdictColumn).data(ItemRoles::Raw).toString();
    QCOMPARE(seen, verdicts);
    QCOMPARE(results->index(0, ImportedFileTableModel::FileColumn).data().toString(), u"a.ddreport.json"_s);
    QCOMPARE(results->index(2, ImportedFileTableModel::FileColumn).data().toString(), u"notes.ddreport.json"_s);
    QVERIFY(!results->index(2, ImportedFileTableModel::ReasonColumn).data().toString().isEmpty());
    QCOMPARE(results->index(2, ImportedFileTableModel::VerdictColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0xb0, 0x00, 0x20));
    QCOMPARE(childOf<QLabel>(&page, u"importSummary"_s)->text(), summary);
    QCOMPARE(childOf<QPushButton>(&page, u"registerHeldButton"_s)->isVisible(), !littleSunRegistered);

    // The log holds each file offered, newest first.
    const auto* log = childOf<QTableView>(&page, u"importLogTable"_s)->model();
    QCOMPARE(log->rowCount(), 3);
    QCOMPARE(log->index(0, 2).data().toString(), u"notes.ddreport.json"_s);
    QCOMPARE(log->index(0, 3).data().toString(), CenterImport::label(ImportedFile::Verdict::Rejected));
    QCOMPARE(log->index(2, 1).data().toString(), m_center->db->actor().name);

    // Dropped again, each report is known already; the held one stays held.
    dropOn(&page, {m_dropFolder});
    QCOMPARE(childOf<QLabel>(&page, u"importSummary"_s)->text(),
             littleSunRegistered ? u"2 already imported"_s : u"1 already imported, 1 held"_s);
    QCOMPARE(log->rowCount(), 5);
    if (littleSunRegistered)
        return;

    // The held file's institution registered from here: its row now says it came in.
    whenShown(u"registerKeyDialog"_s,
              [](QWidget* dialog) { QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton); });
    FileDialog::setNextFileName(m_littleSun->jwkPath);
    QTest::mouseClick(childOf<QPushButton>(&page, u"registerHeldButton"_s), Qt::LeftButton);
    QCOMPARE(results->index(1, ImportedFileTableModel::VerdictColumn).data(ItemRoles::Raw).toString(), u"imported"_s);
    QCOMPARE(childOf<QLabel>(&page, u"importSummary"_s)->text(), u"1 imported, 1 already imported"_s);
    QVERIFY(!childOf<QPushButton>(&page, u"registerHeldButton"_s)->isVisible());
    QCOMPARE(log->rowCount(), 6);
}

QTEST_MAIN(TestCenterPages)
#include "tst_centerpages.moc"
