#include "CenterFixtures.h"
#include "CenterReports.h"
#include "ModalDriver.h"
#include "center/CenterChartsPage.h"
#include "center/CenterImport.h"
#include "center/CenterMonth.h"
#include "center/CenterRegistry.h"
#include "center/CenterRollUp.h"
#include "center/CenterStatusPage.h"
#include "common/FileDialog.h"
#include "itemmodels/CenterFigureColumns.h"
#include "itemmodels/CenterMonthTableModel.h"
#include "itemmodels/CenterSenderTableModel.h"
#include "itemmodels/CenterTotalsTableModel.h"
#include "itemmodels/ItemRoles.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QBrush>
#include <QChart>
#include <QChartView>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(Month)
Q_DECLARE_METATYPE(ReportingStatus)

// A county center's month once two institutions' November reports are in: each institution's row with its
// figures, the totals by county and overall added from both, the month before shown late in red with no figures;
// the charts drawing the same institutions and counties.
class TestCenterStatus : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void rowsAndTotals_data();
    void rowsAndTotals();
    void chartsShowTheMonth();
    void headExportsTheRollUp();
    void cityShowsTheCountyCenterThatSentEachRow();

private:
    int rowOf(const QAbstractItemModel* model, const QString& name) const;

    QTemporaryDir m_dir;
    std::optional<SentReport> m_sunshine;
    std::optional<SentReport> m_littleSun;
    std::unique_ptr<TempDatabase> m_center;
};

void TestCenterStatus::initTestCase()
{
    m_sunshine = sendNovemberReport(m_dir.path(), u"潞州区阳光托育园"_s, u"91350100M000100Y43"_s, u"潞州区"_s);
    QVERIFY(m_sunshine);
    m_littleSun = sendNovemberReport(m_dir.path(), u"上党区小太阳托育园"_s, creditCodeFrom(u"91140404MA0000002"_s),
                                     u"上党区"_s);
    QVERIFY(m_littleSun);
}

void TestCenterStatus::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
    m_center = std::make_unique<TempDatabase>();
    QVERIFY(m_center->open());
    QVERIFY(setUpCountyCenter(*m_center->db));
    m_center->db->setActor(actorWithRole(Role::CenterOfficer));
    for (const SentReport& sent : {*m_sunshine, *m_littleSun}) {
        const Result<Registration> registered = CenterRegistry::registerKey(
            *m_center->db, Jwk::toJson({sent.publicKey, sent.name, sent.creditCode, {}, {}}), {});
        QVERIFY2(registered, qPrintable(registered.error()));
    }
    const Result<QList<ImportedFile>> imported
        = CenterImport::importFiles(*m_center->db, {m_sunshine->reportPath, m_littleSun->reportPath});
    QVERIFY(imported);
    for (const ImportedFile& file : imported.value())
        QCOMPARE(file.verdict, ImportedFile::Verdict::Imported);
}

void TestCenterStatus::cleanup()
{
    cancelPendingActions();
    m_center.reset();
    Clock::setFixed({});
}

int TestCenterStatus::rowOf(const QAbstractItemModel* model, const QString& name) const
{
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, 0).data().toString() == name)
            return row;
    return -1;
}

void TestCenterStatus::rowsAndTotals_data()
{
    QTest::addColumn<Month>("month");
    QTest::addColumn<ReportingStatus>("status");
    QTest::addColumn<int>("reported");
    QTest::newRow("November, both in") << Month(2026, 11) << ReportingStatus::Reported << 2;
    QTest::newRow("October, past its due date") << Month(2026, 10) << ReportingStatus::Late << 0;
}

void TestCenterStatus::rowsAndTotals()
{
    QFETCH(Month, month);
    QFETCH(ReportingStatus, status);
    QFETCH(int, reported);
    CenterStatusPage page(*m_center->db, InstitutionType::CountyCenter);
    page.resize(1180, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    // The month before today's is the one a center works on.
    QCOMPARE(page.month(), Month(2026, 11));
    childOf<QDateEdit>(&page, u"centerMonthEdit"_s)->setDate(month.firstDay());

    const auto* rows = childOf<QTableView>(&page, u"centerMonthTable"_s)->model();
    QCOMPARE(rows->rowCount(), 2);
    const int sunshine = rowOf(rows, m_sunshine->name);
    QVERIFY(sunshine >= 0);
    QVERIFY(rowOf(rows, m_littleSun->name) >= 0);
    auto cell = [&](int column) { return rows->index(sunshine, column); };
    QCOMPARE(cell(CenterMonthTableModel::CountyColumn).data().toString(), u"潞州区"_s);
    QCOMPARE(cell(CenterMonthTableModel::StatusColumn).data().toString(), CenterMonth::statusLabel(status));
    const int places = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::Places);
    const int subsidy = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::Subsidy);
    if (status == ReportingStatus::Reported) {
        QCOMPARE(cell(CenterMonthTableModel::RevisionColumn).data().toString(), u"r1"_s);
        QCOMPARE(cell(places).data().toString(), u"80"_s);
        QVERIFY(cell(subsidy).data().toString().startsWith(u'¥'));
    } else {
        // Late in red, and no figures where there is no report.
        QCOMPARE(cell(CenterMonthTableModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
                 QColor(0xb0, 0x00, 0x20));
        QVERIFY(cell(places).data().toString().isEmpty());
    }

    // The totals: one row per county, and overall both institutions with what they reported.
    const auto* byCounty = childOf<QTableView>(&page, u"byCountyTable"_s)->model();
    QCOMPARE(byCounty->rowCount(), 2);
    const auto* overall = childOf<QTableView>(&page, u"overallTable"_s)->model();
    QCOMPARE(overall->rowCount(), 1);
    QCOMPARE(overall->index(0, CenterTotalsTableModel::InstitutionsColumn).data(ItemRoles::Raw).toLongLong(), 2);
    QCOMPARE(overall->index(0, CenterTotalsTableModel::ReportedColumn).data(ItemRoles::Raw).toLongLong(), reported);
    QCOMPARE(overall->index(0, int(CenterTotalsTableModel::FirstFigureColumn) + int(CenterFigureColumns::Places))
                 .data(ItemRoles::Raw)
                 .toLongLong(),
             reported == 2 ? 160 : 0);
    // Who sent what: both institutions, with their file once it came.
    const auto* senders = childOf<QTableView>(&page, u"senderTable"_s)->model();
    QCOMPARE(senders->rowCount(), 2);
    QCOMPARE(senders->index(0, CenterSenderTableModel::FileColumn).data().toString().isEmpty(), reported == 0);
    const QString due = childOf<QLabel>(&page, u"dueDateLabel"_s)->text();
    QVERIFY2(due.contains(u"%1 of 2"_s.arg(reported)), qPrintable(due));
    // The findings tab says when the checks found nothing, rather than showing an empty table alone.
    auto* findingTable = childOf<QTableView>(&page, u"findingTable"_s);
    auto* tabs = page.findChild<QTabWidget*>();
    QVERIFY(tabs);
    const int found = findingTable->model()->rowCount();
    QCOMPARE(tabs->tabText(tabs->indexOf(findingTable)),
             found == 0 ? CenterStatusPage::tr("&Findings (none)") : CenterStatusPage::tr("&Findings (%1)").arg(found));
}

void TestCenterStatus::chartsShowTheMonth()
{
    CenterChartsPage page(*m_center->db);
    page.resize(1180, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.month(), Month(2026, 11));

    auto categories = [&](const QString& chart) {
        QStringList all;
        for (QAbstractAxis* axis : childOf<QChartView>(&page, chart)->chart()->axes())
            if (auto* names = qobject_cast<QBarCategoryAxis*>(axis))
                all << names->categories();
        return all;
    };
    const QStringList counties = categories(u"countyChart"_s);
    QCOMPARE(counties.size(), 2);
    QVERIFY2(counties.join(u' ').contains(u"潞州区"_s) && counties.join(u' ').contains(u"上党区"_s),
             qPrintable(counties.join(u", "_s)));
    QCOMPARE(categories(u"institutionChart"_s).size(), 2);
    QVERIFY(categories(u"institutionChart"_s).contains(m_sunshine->name));
    // Twelve months up to November, the last with both institutions' claims.
    QChart* subsidy = childOf<QChartView>(&page, u"subsidyChart"_s)->chart();
    QCOMPARE(categories(u"subsidyChart"_s).size(), 12);
    auto* bars = qobject_cast<QBarSeries*>(subsidy->series().value(0));
    QVERIFY(bars);
    QCOMPARE(bars->barSets().value(0)->count(), 12);
    QCOMPARE(bars->barSets().value(0)->at(0), 0.0);
    QVERIFY(bars->barSets().value(0)->at(11) > 0);

    // The status page's month moves the charts too (the window connects them); here directly.
    page.setMonth(Month(2026, 10));
    QCOMPARE(categories(u"institutionChart"_s), QStringList {u"No reports yet"_s});
}

// The county's head sends November on to the city: the center's key is made on first use, then a second export
// of the same month asks for its passphrase and writes the same revision again.
void TestCenterStatus::headExportsTheRollUp()
{
    m_center->db->setActor(actorWithRole(Role::Director));
    CenterStatusPage page(*m_center->db, InstitutionType::CountyCenter);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString passphrase = u"潞州区 汇总 2026 签名"_s;
    auto answer = [](QWidget* dialog, const QStringList& fields, const QString& text) {
        for (const QString& field : fields)
            childOf<QLineEdit>(dialog, field)->insert(text);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    };
    const QString out = m_dir.filePath(u"rollup"_s);
    QVERIFY(QDir().mkpath(out));
    auto* message = childOf<QLabel>(&page, u"messageLabel"_s);

    whenShown(u"passphraseDialog"_s, [&](QWidget* dialog) {
        answer(dialog, {u"newPassphraseEdit"_s, u"repeatPassphraseEdit"_s}, passphrase);
    });
    FileDialog::setNextFileName(out);
    QTest::mouseClick(childOf<QPushButton>(&page, u"exportRollUpButton"_s), Qt::LeftButton);
    QVERIFY2(message->text().contains(u"revision 1"_s), qPrintable(message->text()));
    const QStringList written = QDir(out).entryList({u"*.ddreport.json"_s}, QDir::Files);
    QCOMPARE(written.size(), 1);
    QVERIFY(written.first().startsWith(u"12140402MB0000001R_2026-11_r1"_s));
    QCOMPARE(QDir(out).entryList({u"*.xlsx"_s}, QDir::Files).size(), 1);

    whenShown(u"passphraseDialog"_s, [&](QWidget* dialog) { answer(dialog, {u"passphraseEdit"_s}, passphrase); });
    FileDialog::setNextFileName(out);
    QTest::mouseClick(childOf<QPushButton>(&page, u"exportRollUpButton"_s), Qt::LeftButton);
    QVERIFY2(message->text().contains(u"has changed since revision 1"_s), qPrintable(message->text()));
}

// The city receives the county's roll-up: each institution's row names the county center it came through, and the
// county center is listed among the senders with its file.
void TestCenterStatus::cityShowsTheCountyCenterThatSentEachRow()
{
    const QString passphrase = u"潞州区 汇总 2026 签名"_s;
    m_center->db->setActor(actorWithRole(Role::Director));
    const Result<KeyInfo> countyKey = InstitutionKeys(*m_center->db).create(passphrase);
    QVERIFY2(countyKey, qPrintable(countyKey.error()));
    const Result<ExportedReport> rollUp
        = CenterRollUp::exportMonth(*m_center->db, Month(2026, 11), passphrase, m_dir.filePath(u"city"_s));
    QVERIFY2(rollUp, qPrintable(rollUp.error()));

    TempDatabase city;
    QVERIFY(city.open());
    QVERIFY(setUpCityCenter(*city.db));
    city.db->setActor(actorWithRole(Role::CenterOfficer));
    const QString county = u"潞州区托育综合服务中心"_s;
    QVERIFY(CenterRegistry::registerKey(
        *city.db, Jwk::toJson({countyKey->publicKey, county, u"12140402MB0000001R"_s, u"潞州区"_s, u"county-center"_s}),
        {}));
    const Result<QList<ImportedFile>> imported = CenterImport::importFiles(*city.db, {rollUp->reportPath});
    QVERIFY(imported);
    QCOMPARE(imported->first().verdict, ImportedFile::Verdict::Imported);

    CenterStatusPage page(*city.db, InstitutionType::CityCenter);
    page.resize(1180, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto* table = childOf<QTableView>(&page, u"centerMonthTable"_s);
    QVERIFY(!table->isColumnHidden(CenterMonthTableModel::ViaColumn));
    QCOMPARE(table->model()->rowCount(), 2);
    for (int row = 0; row < 2; ++row)
        QCOMPARE(table->model()->index(row, CenterMonthTableModel::ViaColumn).data().toString(), county);
    QVERIFY(!page.findChild<QPushButton*>(u"exportRollUpButton"_s)->isVisibleTo(&page));
    const auto* senders = childOf<QTableView>(&page, u"senderTable"_s)->model();
    QCOMPARE(senders->rowCount(), 1);
    QCOMPARE(senders->index(0, 0).data().toString(), county);
    QCOMPARE(senders->index(0, 4).data().toString(), QFileInfo(rollUp->reportPath).fileName());
}

QTEST_MAIN(TestCenterStatus)
#include "tst_centerstatus.moc"
