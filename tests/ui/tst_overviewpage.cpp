#include "LoggedIn.h"
#include "MainWindow.h"
#include "attendance/AttendanceMonth.h"
#include "billing/PaymentRepository.h"
#include "overview/OverviewAlerts.h"
#include "roster/ChildListing.h"
#include "roster/ChildRepository.h"
#include "roster/ClassOverview.h"
#include "roster/RosterCounts.h"
#include "roster/StaffOverview.h"

#include <QBarSet>
#include <QChartView>
#include <QComboBox>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The overview a user sees first after logging in, over the widget tests' demo institution on 2026-11-20: its
// figures against the domain's own, its alerts and bars leading to their pages, and a caregiver's narrower view.
class TestOverviewPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void firstPageAfterLogin();
    void figuresAreTheDomains();
    void clickingAnAlertOpensItsPage();
    void clickingAClassBarListsItsChildren();
    void caregiverSeesHerClassesAndNoMoney();
    void showsChangesMadeElsewhere();

private:
    bool openAs(const QString& user, const QString& password);
    QWidget* currentPage() const;
    QString tileValue(const QString& tile) const;

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
};

void TestOverviewPage::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
}

void TestOverviewPage::cleanup()
{
    m_window.reset();
    m_t.reset();
    Clock::setFixed({});
}

bool TestOverviewPage::openAs(const QString& user, const QString& password)
{
    if (!logInAs(*m_t->db, user, password))
        return false;
    m_window = std::make_unique<MainWindow>(*m_t->db);
    m_window->resize(1366, 768);
    m_window->show();
    return QTest::qWaitForWindowExposed(m_window.get());
}

QWidget* TestOverviewPage::currentPage() const
{
    return m_window->findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
}

QString TestOverviewPage::tileValue(const QString& tile) const
{
    return m_window->findChild<QLabel*>(tile + u"Value"_s)->text();
}

void TestOverviewPage::firstPageAfterLogin()
{
    QVERIFY(openAs(DemoData::DemoUser, DemoData::DemoPassword));
    QCOMPARE(currentPage()->objectName(), u"overviewPage"_s);
    QVERIFY(m_window->findChild<QLabel*>(u"overviewHeading"_s)->text().contains(u"潞州区小橘灯托育园"_s));
}

void TestOverviewPage::figuresAreTheDomains()
{
    QVERIFY(openAs(DemoData::DemoUser, DemoData::DemoPassword));
    const QDate today = Clock::today();
    // Children in care over the places of the classes.
    const Result<RosterCounts> counts = RosterCounts::load(*m_t->db);
    const Result<QList<ClassStatus>> classes = ClassOverview::load(*m_t->db, today);
    QVERIFY(counts && classes);
    int places = 0;
    for (const ClassStatus& c : classes.value())
        places += c.record.capacity;
    QCOMPARE(tileValue(u"placesTile"_s), (Ratio {counts->children, places}.percentText()));
    // The month's 出勤率 so far over every class.
    const Result<AttendanceMonthSummary> month = AttendanceMonth::compute(*m_t->db, Month::of(today));
    QVERIFY(month);
    AttendanceCounts totals;
    for (const ClassAttendance& c : month->classes)
        totals += c.totals;
    QVERIFY(totals.expected > 0);
    QCOMPARE(tileValue(u"monthRateTile"_s), totals.rate().percentText());
    // The cash taken this month.
    const Result<QList<Payment>> payments = PaymentRepository(*m_t->db).paidIn(Month::of(today));
    QVERIFY(payments);
    Money collected;
    for (const Payment& p : payments.value())
        if (!p.voided)
            collected += p.amount;
    QCOMPARE(tileValue(u"feesTile"_s), collected.toStringWithSymbol());
    // 持证上岗率 against the target.
    const Result<StaffOverview> staff = StaffOverview::load(*m_t->db, today);
    QVERIFY(staff);
    QCOMPARE(tileValue(u"certifiedTile"_s), (Ratio {staff->rate.certified, staff->rate.caregivers}.percentText()));
    // One line per alert.
    const Result<QList<OverviewAlert>> alerts = OverviewAlerts::load(*m_t->db, today);
    QVERIFY(alerts && !alerts->isEmpty());
    auto* list = m_window->findChild<QListWidget*>(u"alertList"_s);
    QCOMPARE(list->count(), alerts->size());
    for (int row = 0; row < list->count(); ++row)
        QCOMPARE(list->item(row)->text(), alerts->at(row).text);
}

void TestOverviewPage::clickingAnAlertOpensItsPage()
{
    QVERIFY(openAs(DemoData::DemoUser, DemoData::DemoPassword));
    const Result<QList<OverviewAlert>> alerts = OverviewAlerts::load(*m_t->db, Clock::today());
    QVERIFY(alerts);
    const QHash<OverviewAlert::Place, QString> pages {
        {OverviewAlert::Place::Classes, u"classesPage"_s},
        {OverviewAlert::Place::Children, u"childrenPage"_s},
        {OverviewAlert::Place::Staff, u"staffPage"_s},
        {OverviewAlert::Place::DailySheet, u"attendancePage"_s},
        {OverviewAlert::Place::MonthGrid, u"attendancePage"_s},
        {OverviewAlert::Place::FollowUps, u"attendancePage"_s},
        {OverviewAlert::Place::Fees, u"feesPage"_s},
        {OverviewAlert::Place::Arrears, u"feesPage"_s},
        {OverviewAlert::Place::Subsidies, u"subsidiesPage"_s},
        {OverviewAlert::Place::Reports, u"reportsPage"_s},
    };
    auto* list = m_window->findChild<QListWidget*>(u"alertList"_s);
    for (int row = 0; row < alerts->size(); ++row) {
        QVERIFY(m_window->showPage(u"overviewPage"_s));
        QListWidgetItem* item = list->item(row);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(item).center());
        QCOMPARE(currentPage()->objectName(), pages.value(alerts->at(row).place));
        if (alerts->at(row).place == OverviewAlert::Place::Arrears)
            QCOMPARE(currentPage()->findChild<QTabWidget*>(u"feesTabs"_s)->currentIndex(), 2);
    }
}

void TestOverviewPage::clickingAClassBarListsItsChildren()
{
    QVERIFY(openAs(DemoData::DemoUser, DemoData::DemoPassword));
    const Result<QList<ClassRecord>> classes = ClassRepository(*m_t->db).classes();
    QVERIFY(classes && classes->size() > 1);
    auto* chart = m_window->findChild<QChartView*>(u"classesChart"_s)->chart();
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
    QVERIFY(series);
    // The bars run from the bottom up, so the first class is the top bar, the last index.
    const qsizetype top = series->barSets().first()->count() - 1;
    QCOMPARE(top, classes->size() - 1);
    emit series->clicked(int(top), series->barSets().first());
    QCOMPARE(currentPage()->objectName(), u"childrenPage"_s);
    QCOMPARE(currentPage()->findChild<QComboBox*>(u"classFilter"_s)->currentData().toLongLong(), classes->first().id);
}

void TestOverviewPage::caregiverSeesHerClassesAndNoMoney()
{
    QVERIFY(openAs(CaregiverName, CaregiverPassword));
    QCOMPARE(currentPage()->objectName(), u"overviewPage"_s);
    for (const QString& tile : {u"feesTile"_s, u"subsidyTile"_s, u"certifiedTile"_s})
        QVERIFY2(!m_window->findChild<QWidget*>(tile)->isVisible(), qPrintable(tile));
    QVERIFY(m_window->findChild<QWidget*>(u"placesTile"_s)->isVisible());
    QVERIFY(!m_window->findChild<QChartView*>(u"moneyChart"_s)->isVisible());
    auto* chart = m_window->findChild<QChartView*>(u"classesChart"_s)->chart();
    auto* series = qobject_cast<QHorizontalBarSeries*>(chart->series().value(0));
    QVERIFY(series);
    QCOMPARE(series->barSets().first()->count(), 1);
    for (int row = 0; row < m_window->findChild<QListWidget*>(u"alertList"_s)->count(); ++row) {
        const QString text = m_window->findChild<QListWidget*>(u"alertList"_s)->item(row)->text();
        QVERIFY2(!text.contains(u"¥"_s), qPrintable(text));
    }
}

void TestOverviewPage::showsChangesMadeElsewhere()
{
    QVERIFY(openAs(DemoData::DemoUser, DemoData::DemoPassword));
    const QString before = m_window->findChild<QLabel*>(u"placesTileDetail"_s)->text();
    QVERIFY(m_window->showPage(u"childrenPage"_s));
    // A child leaves care yesterday, as the Children page would record it.
    const Result<RosterCounts> counts = RosterCounts::load(*m_t->db);
    QVERIFY(counts);
    const Result<QList<ChildListEntry>> children = ChildListing::load(*m_t->db, Clock::today());
    QVERIFY(children);
    qint64 leaving = 0;
    for (const ChildListEntry& c : children.value())
        if (c.standing(Clock::today()) == ChildStanding::Enrolled && c.enrolledOn < Clock::today().addDays(-1))
            leaving = c.id;
    QVERIFY(leaving);
    const Status withdrawn = ChildRepository(*m_t->db).withdraw(leaving, Clock::today().addDays(-1));
    QVERIFY2(withdrawn, qPrintable(withdrawn.error()));
    QVERIFY(m_window->showPage(u"overviewPage"_s));
    const QString after = m_window->findChild<QLabel*>(u"placesTileDetail"_s)->text();
    QVERIFY(before.contains(QString::number(counts->children)));
    QVERIFY2(after.contains(QString::number(counts->children - 1)), qPrintable(after));
}

QTEST_MAIN(TestOverviewPage)
#include "tst_overviewpage.moc"
