#include "LoggedIn.h"
#include "ModalDriver.h"
#include "billing/ChildChargesDialog.h"
#include "billing/MonthClose.h"
#include "common/FormDialog.h"
#include "common/PolicyKey.h"
#include "institution/InstitutionPage.h"
#include "itemmodels/PolicyTableModel.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The fee schedule tab of Settings as the director uses it: the meal rate changed from a month through the dialog
// shows in the table with its history, a change into a closed month is refused in the dialog and changes nothing,
// an item collected on behalf is added, a caregiver reads the schedule without the buttons, and a child is billed
// for an item in the months chosen but not in a closed one.
class TestFeeScheduleView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void changesTheMealRateFromAMonth();
    void changeIntoAClosedMonthIsRefused();
    void addsAnItemCollectedOnBehalf();
    void caregiverReadsTheScheduleOnly();
    void childIsBilledForChosenMonths();

private:
    void openFeesTab();
    // Selects the meal rate's row in the fee table.
    void selectMealRate();
    QString mealRateShown() const;
    template<typename T> T* child(const QString& name) const { return m_page->findChild<T*>(name); }

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<InstitutionPage> m_page;
};

void TestFeeScheduleView::init()
{
    // The clock stands at 2026-11-20; October is closed.
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    const Result<int> closed = MonthClose::close(*m_t->db, Month(2026, 10), true);
    QVERIFY2(closed, qPrintable(closed.error()));
    QVERIFY(logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword));
}

void TestFeeScheduleView::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_page.reset();
    m_t.reset();
}

void TestFeeScheduleView::openFeesTab()
{
    m_page = std::make_unique<InstitutionPage>(*m_t->db);
    m_page->resize(1100, 800);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    auto* tabs = child<QTabWidget>(u"institutionTabs"_s);
    QVERIFY(tabs);
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
    QTRY_VERIFY(child<QWidget>(u"feeScheduleView"_s)->isVisible());
}

void TestFeeScheduleView::selectMealRate()
{
    auto* table = child<QTableView>(u"feeTable"_s);
    auto* model = static_cast<PolicyTableModel*>(table->model());
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->valueAt(row).key == PolicyKey::MealDailyRate)
            table->selectRow(row);
    QVERIFY(!table->selectionModel()->selectedRows().isEmpty());
}

QString TestFeeScheduleView::mealRateShown() const
{
    auto* table = child<QTableView>(u"feeTable"_s);
    auto* model = static_cast<PolicyTableModel*>(table->model());
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->valueAt(row).key == PolicyKey::MealDailyRate)
            return model->index(row, PolicyTableModel::Value).data().toString();
    return {};
}

void TestFeeScheduleView::changesTheMealRateFromAMonth()
{
    openFeesTab();
    QCOMPARE(mealRateShown(), u"¥15.00"_s);
    selectMealRate();
    QString suggested;
    whenShown(u"policyValueDialog"_s, [&suggested](QWidget* dialog) {
        auto* value = childOf<QLineEdit>(dialog, u"valueEdit"_s);
        value->selectAll();
        QTest::keyClicks(value, u"18.50"_s);
        suggested = childOf<QLineEdit>(dialog, u"appliesFromEdit"_s)->text();
        // Chinese text comes from an input method, not key by key.
        childOf<QLineEdit>(dialog, u"basisEdit"_s)->insert(u"潞价字〔2026〕12号"_s);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"changeFeeButton"_s), Qt::LeftButton);

    // The month after the closed October.
    QCOMPARE(suggested, u"2026-11"_s);
    QCOMPARE(mealRateShown(), u"¥18.50"_s);
    auto* history = child<QTableView>(u"feeHistoryTable"_s)->model();
    QCOMPARE(history->rowCount(), 2);
    QCOMPARE(history->index(0, PolicyTableModel::ValidTo).data().toString(), u"2026-10"_s);
    QCOMPARE(history->index(1, PolicyTableModel::Basis).data().toString(), u"潞价字〔2026〕12号"_s);
    // October keeps its rate.
    child<QDateEdit>(u"feeMonthEdit"_s)->setDate(QDate(2026, 10, 1));
    QCOMPARE(mealRateShown(), u"¥15.00"_s);
}

void TestFeeScheduleView::changeIntoAClosedMonthIsRefused()
{
    openFeesTab();
    selectMealRate();
    QString error;
    whenShown(u"policyValueDialog"_s, [&error](QWidget* dialog) {
        auto* value = childOf<QLineEdit>(dialog, u"valueEdit"_s);
        value->selectAll();
        QTest::keyClicks(value, u"20"_s);
        auto* from = childOf<QLineEdit>(dialog, u"appliesFromEdit"_s);
        from->selectAll();
        QTest::keyClicks(from, u"2026-10"_s);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
        // Still open, with the reason.
        error = static_cast<FormDialog*>(dialog)->errorText();
        QTest::mouseClick(childOf<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"changeFeeButton"_s), Qt::LeftButton);

    QVERIFY2(error.contains(u"2026-10 is closed"_s), qPrintable(error));
    QCOMPARE(mealRateShown(), u"¥15.00"_s);
    QCOMPARE(PolicyRepository(*m_t->db).load()->history(PolicyKey::MealDailyRate).size(), 1);
}

void TestFeeScheduleView::addsAnItemCollectedOnBehalf()
{
    openFeesTab();
    whenShown(u"chargeItemDialog"_s, [](QWidget* dialog) {
        childOf<QLineEdit>(dialog, u"chargeNameEdit"_s)->insert(u"意外保险"_s);
        QTest::keyClicks(childOf<QLineEdit>(dialog, u"chargeAmountEdit"_s), u"100"_s);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"addChargeItemButton"_s), Qt::LeftButton);
    auto* items = child<QTableView>(u"chargeItemTable"_s)->model();
    QCOMPARE(items->rowCount(), 1);
    QCOMPARE(items->index(0, 0).data().toString(), u"意外保险"_s);
    QCOMPARE(items->index(0, 1).data().toString(), u"¥100.00"_s);
}

void TestFeeScheduleView::caregiverReadsTheScheduleOnly()
{
    QVERIFY(logInAs(*m_t->db, CaregiverName, CaregiverPassword));
    openFeesTab();
    QCOMPARE(mealRateShown(), u"¥15.00"_s);
    for (const QString& name : {u"changeFeeButton"_s, u"addChargeItemButton"_s, u"changeChargePriceButton"_s,
                                u"deactivateChargeItemButton"_s})
        QVERIFY2(child<QPushButton>(name)->isHidden(), qPrintable(name));
}

void TestFeeScheduleView::childIsBilledForChosenMonths()
{
    ChargeItemRepository items(*m_t->db);
    QVERIFY(items.add(u"床品"_s, Money::fromYuan(30), Month(2026, 11)));
    const qint64 childId
        = Sql::scalar(m_t->db->connection(), u"SELECT id FROM children ORDER BY id LIMIT 1"_s).toLongLong();
    ChildChargesDialog dialog(*m_t->db, childId, u"王一"_s);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto* from = childOf<QLineEdit>(&dialog, u"chargeFromEdit"_s);
    auto* to = childOf<QLineEdit>(&dialog, u"chargeToEdit"_s);
    QCOMPARE(from->text(), u"2026-11"_s);
    to->selectAll();
    QTest::keyClicks(to, u"2027-01"_s);
    QTest::mouseClick(childOf<QPushButton>(&dialog, u"attachChargeButton"_s), Qt::LeftButton);
    auto* table = childOf<QTableWidget>(&dialog, u"childChargesTable"_s);
    QCOMPARE(table->rowCount(), 3);
    QCOMPARE(table->item(2, 0)->text(), u"2027-01"_s);
    QCOMPARE(table->item(2, 2)->text(), u"¥30.00"_s);

    from->selectAll();
    QTest::keyClicks(from, u"2026-10"_s);
    QTest::mouseClick(childOf<QPushButton>(&dialog, u"detachChargeButton"_s), Qt::LeftButton);
    auto* error = childOf<QLabel>(&dialog, u"errorLabel"_s);
    QVERIFY2(error->text().contains(u"2026-10 is closed"_s), qPrintable(error->text()));
    QCOMPARE(table->rowCount(), 3);
}

QTEST_MAIN(TestFeeScheduleView)
#include "tst_feeschedule.moc"
