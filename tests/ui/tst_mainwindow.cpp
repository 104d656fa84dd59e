#include "MainWindow.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "demo/DemoData.h"

#include <QLabel>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The main window over a demo database: the status bar names the file and the month, and the Institution page
// shows the profile, the year's care days and the policy parameters.
class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0))); }
    void cleanup() { Clock::setFixed({}); }
    void statusBarNamesDatabaseAndMonth();
    void institutionPageShowsProfileCalendarAndPolicy();
};

void TestMainWindow::statusBarNamesDatabaseAndMonth()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {20, 1, 1}).ok());
    MainWindow window(*t.db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QLabel*>(u"databaseLabel"_s)->text().contains(u"test.db"_s));
    QVERIFY(window.findChild<QLabel*>(u"monthLabel"_s)->text().contains(u"2026-11"_s));
}

void TestMainWindow::institutionPageShowsProfileCalendarAndPolicy()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {20, 1, 1}).ok());
    MainWindow window(*t.db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"institutionPage"_s));
    QWidget* page = window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
    QCOMPARE(page->objectName(), u"institutionPage"_s);
    QCOMPARE(page->findChild<QLabel*>(u"nameValue"_s)->text(), u"潞州区小橘灯托育园"_s);

    // 2026's official care days, month by month.
    const QList<int> expected = {21, 16, 22, 21, 19, 21, 23, 21, 22, 18, 21, 23};
    auto* calendar = page->findChild<QTableWidget*>(u"calendarTable"_s);
    QCOMPARE(calendar->columnCount(), 12);
    for (int month = 0; month < 12; ++month)
        QCOMPARE(calendar->item(0, month)->text().toInt(), expected.at(month));

    auto* policy = page->findChild<QTableView*>(u"policyTable"_s);
    QVERIFY(policy->model()->rowCount() >= 20);
    bool reductionShown = false;
    for (int row = 0; row < policy->model()->rowCount(); ++row)
        reductionShown |= policy->model()->index(row, 1).data().toString() == u"¥300.00"_s;
    QVERIFY(reductionShown);
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
