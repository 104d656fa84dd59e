// A county center's month with a home-visit team's file in: the team's row with the children it visited, the
// township's total with only the teams' columns, and the county's children reached said above the tables.

#include "CenterFixtures.h"
#include "ModalDriver.h"
#include "OutreachFixtures.h"
#include "RosterFixtures.h"
#include "center/CenterChartsPage.h"
#include "center/CenterImport.h"
#include "center/CenterRegistry.h"
#include "center/CenterStatusPage.h"
#include "common/Clock.h"
#include "itemmodels/CenterFigureColumns.h"
#include "itemmodels/CenterMonthTableModel.h"
#include "itemmodels/CenterTotalsTableModel.h"
#include "outreach/OutreachReport.h"
#include "reports/InstitutionKeys.h"
#include "reports/Jwk.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCenterOutreach : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<TempDatabase> m_county;

private slots:
    // The team saw two children of two households in November, one of them twice.
    void init()
    {
        Clock::setFixed(QDateTime(QDate(2026, 12, 3), QTime(10, 0)));
        auto team = outreachTeamDatabase();
        QVERIFY(team);
        Database& db = *team->db;
        qint64 flower = 0;
        qint64 grass = 0;
        QVERIFY(addHousehold(db, u"东村"_s, u"小花"_s, QDate(2025, 11, 10), QDate(2026, 10, 1), true, &flower));
        QVERIFY(addHousehold(db, u"西村"_s, u"小草"_s, QDate(2024, 11, 10), QDate(2026, 10, 1), false, &grass));
        QVERIFY(addVisit(db, flower, QDate(2026, 11, 3), QDate(2026, 11, 20)));
        QVERIFY(addVisit(db, flower, QDate(2026, 11, 20), QDate(2026, 12, 20), Referral::TownshipHospital));
        QVERIFY(addVisit(db, grass, QDate(2026, 11, 21), QDate(2026, 12, 21)));
        const QString passphrase = u"服务队 签名 口令 2026"_s;
        const Result<KeyInfo> key = InstitutionKeys(db).create(passphrase);
        QVERIFY(key);
        const Result<ExportedReport> sent = OutreachReport::exportMonth(db, Month(2026, 11), passphrase, m_dir.path());
        QVERIFY2(sent, qPrintable(sent.error()));

        m_county = std::make_unique<TempDatabase>();
        QVERIFY(m_county->open());
        QVERIFY(setUpCountyCenter(*m_county->db));
        const InstitutionProfile profile = InstitutionRepository(db).load().value().value();
        QVERIFY(CenterRegistry::registerKey(*m_county->db, Jwk::toJson(PublicJwk::of(key->publicKey, profile)), {}));
        const Result<QList<ImportedFile>> imported = CenterImport::importFiles(*m_county->db, {sent->reportPath});
        QVERIFY(imported);
        QCOMPARE(imported->first().verdict, ImportedFile::Verdict::Imported);
        m_county->db->setActor(actorWithRole(Role::CenterOfficer));
    }

    void cleanup()
    {
        cancelPendingActions();
        m_county.reset();
        Clock::setFixed({});
    }

    void theTeamShowsBesideTheInstitutions()
    {
        CenterStatusPage page(*m_county->db, InstitutionType::CountyCenter);
        page.resize(1180, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));

        const auto* rows = childOf<QTableView>(&page, u"centerMonthTable"_s)->model();
        QCOMPARE(rows->rowCount(), 1);
        const int visited = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::ChildrenVisited);
        const int visits = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::Visits);
        const int referrals = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::Referrals);
        QCOMPARE(rows->index(0, visited).data().toString(), u"2"_s);
        QCOMPARE(rows->index(0, visits).data().toString(), u"3"_s);
        QCOMPARE(rows->index(0, referrals).data().toString(), u"1"_s);

        auto* townships = childOf<QTableView>(&page, u"byTownshipTable"_s);
        QCOMPARE(townships->model()->rowCount(), 1);
        QCOMPARE(townships->model()->index(0, CenterTotalsTableModel::GroupColumn).data().toString(),
                 u"潞城区 店上镇"_s);
        const int first = CenterTotalsTableModel::FirstFigureColumn;
        QVERIFY(townships->isColumnHidden(first + CenterFigureColumns::Places));
        QVERIFY(!townships->isColumnHidden(first + CenterFigureColumns::ChildrenVisited));
        QCOMPARE(townships->model()->index(0, first + CenterFigureColumns::ChildrenReached).data().toString(), u"2"_s);

        const QLabel* due = childOf<QLabel>(&page, u"dueDateLabel"_s);
        QVERIFY2(due->text().contains(u"0 in care + 2 visited at home = 2"_s), qPrintable(due->text()));
    }

    // The county chart draws the children visited at home beside those in care.
    void theCountyChartShowsTheChildrenVisited()
    {
        CenterChartsPage page(*m_county->db);
        page.resize(1180, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QChart* chart = childOf<QChartView>(&page, u"countyChart"_s)->chart();
        const auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->count(), 3);
        const QBarSet* visited = bars->barSets().at(2);
        QCOMPARE(visited->label(), u"Children visited at home"_s);
        QCOMPARE(visited->at(0), 2.0);
        // The team has no attendance or caregivers, so the institutions' rates leave it out.
        QStringList institutions;
        for (QAbstractAxis* axis : childOf<QChartView>(&page, u"institutionChart"_s)->chart()->axes())
            if (auto* names = qobject_cast<QBarCategoryAxis*>(axis))
                institutions << names->categories();
        QCOMPARE(institutions, QStringList {u"No reports yet"_s});
    }
};

QTEST_MAIN(TestCenterOutreach)
#include "tst_centeroutreach.moc"
