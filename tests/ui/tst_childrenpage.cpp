#include "LoggedIn.h"
#include "MainWindow.h"
#include "itemmodels/ChildTableModel.h"
#include "store/Sql.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The Children page as a director uses it: numbers masked, one child's revealed on request and the look recorded;
// the search narrows the list.
class TestChildrenPage : public QObject
{
    Q_OBJECT

private slots:
    void directorRevealsOneChild();
    void searchNarrowsTheList();

private:
    static QWidget* openChildrenPage(MainWindow& window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window) || !window.showPage(u"childrenPage"_s))
            return nullptr;
        return window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
    }
};

void TestChildrenPage::directorRevealsOneChild()
{
    TempDatabase t;
    QVERIFY(t.open());
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    QVERIFY(DemoData::generate(*t.db, {20, 1, 1}).ok());
    QVERIFY(logInAs(*t.db, DemoData::DemoUser, DemoData::DemoPassword));
    MainWindow window(*t.db);
    QWidget* page = openChildrenPage(window);
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(u"childrenTable"_s);
    auto* reveal = page->findChild<QPushButton*>(u"revealButton"_s);
    QVERIFY(reveal->isVisible());
    QVERIFY(!reveal->isEnabled()); // nothing selected yet

    const QModelIndex idCell = table->model()->index(0, ChildTableModel::IdNumberColumn);
    QVERIFY(idCell.data().toString().contains(u"********"_s));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, table->visualRect(idCell).center());
    QVERIFY(reveal->isEnabled());
    const int viewsBefore
        = Sql::scalar(t.db->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'view'"_s).toInt();
    QTest::mouseClick(reveal, Qt::LeftButton);
    QVERIFY(!table->model()->index(0, ChildTableModel::IdNumberColumn).data().toString().contains(u'*'));
    QVERIFY(table->model()->index(1, ChildTableModel::IdNumberColumn).data().toString().contains(u"********"_s));
    QCOMPARE(Sql::scalar(t.db->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'view'"_s).toInt(),
             viewsBefore + 1);
    QVERIFY(!reveal->isEnabled()); // already whole
    Clock::setFixed({});
}

void TestChildrenPage::searchNarrowsTheList()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {30, 1, 5}).ok());
    QVERIFY(logInAs(*t.db, DemoData::DemoUser, DemoData::DemoPassword));
    MainWindow window(*t.db);
    QWidget* page = openChildrenPage(window);
    QVERIFY(page);
    auto* table = page->findChild<QTableView*>(u"childrenTable"_s);
    auto* standing = page->findChild<QComboBox*>(u"standingFilter"_s);
    standing->setCurrentIndex(standing->findText(u"All children"_s));
    QCOMPARE(table->model()->rowCount(), 30);
    const QString name = table->model()->index(0, ChildTableModel::NameColumn).data().toString();
    page->findChild<QLineEdit*>(u"childSearchEdit"_s)->insert(name);
    QVERIFY(table->model()->rowCount() >= 1);
    QVERIFY(table->model()->rowCount() < 30);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        bool matches = false;
        for (int column = 0; column < table->model()->columnCount(); ++column)
            matches |= table->model()->index(row, column).data().toString().contains(name);
        QVERIFY(matches);
    }
}

QTEST_MAIN(TestChildrenPage)
#include "tst_childrenpage.moc"
