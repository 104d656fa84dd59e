#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "common/FormDialog.h"
#include "common/WarningList.h"
#include "itemmodels/StaffTableModel.h"
#include "roster/StaffRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The Staff page as a director uses it: the certified rate on top, the certificates due below, and a new person
// added through the dialog, which names the field that is wrong before anything is saved.
class TestStaffPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void showsTheRateAndTheCertificatesDue();
    void badIdNumberIsNamedThenTheCorrectedPersonIsAdded();

private:
    QWidget* openPage();
    int rowOf(const QString& name) const;

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    QWidget* m_page = nullptr;
};

void TestStaffPage::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
}

void TestStaffPage::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_window.reset();
    m_t.reset();
}

QWidget* TestStaffPage::openPage()
{
    if (!logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword))
        return nullptr;
    m_window = std::make_unique<MainWindow>(*m_t->db);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->showPage(u"staffPage"_s))
        return nullptr;
    m_page = m_window->findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
    return m_page;
}

int TestStaffPage::rowOf(const QString& name) const
{
    QAbstractItemModel* model = m_page->findChild<QTableView*>(u"staffTable"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, StaffTableModel::NameColumn).data().toString() == name)
            return row;
    return -1;
}

void TestStaffPage::showsTheRateAndTheCertificatesDue()
{
    // One health certificate falls due in ten days.
    StaffRepository staff(*m_t->db);
    StaffRecord guard = staff.staff()->last();
    guard.qualifications = {{u"health_certificate"_s, {}, u"JK9"_s, {}, QDate(2025, 12, 1), QDate(2026, 11, 30)}};
    QVERIFY(staff.update(guard).ok());
    QVERIFY(openPage());
    const QString rate = m_page->findChild<QLabel*>(u"certifiedRateLabel"_s)->text();
    QVERIFY2(QRegularExpression(u"\\d+ / \\d+ = \\d+\\.\\d%"_s).match(rate).hasMatch(), qPrintable(rate));
    const QString verdict = m_page->findChild<QLabel*>(u"certifiedVerdictLabel"_s)->text();
    QVERIFY2(verdict.contains(u"target of 90%"_s), qPrintable(verdict));
    const QStringList due = m_page->findChild<WarningList*>(u"expiringList"_s)->warnings();
    const QString expected = u"%1: Health certificate expires on 2026-11-30 (in 10 day"_s.arg(guard.name);
    QVERIFY2(due.join(u'\n').contains(expected), qPrintable(due.join(u'\n')));
}

void TestStaffPage::badIdNumberIsNamedThenTheCorrectedPersonIsAdded()
{
    QVERIFY(openPage());
    QString refusal;
    bool stayedOpen = false;
    bool focusedOnId = false;
    whenShown(u"staffDialog"_s, [&](QWidget* d) {
        childOf<QLineEdit>(d, u"staffNameEdit"_s)->insert(u"周晓梅"_s);
        QTest::keyClicks(childOf<QLineEdit>(d, u"phoneEdit"_s), u"13912345678"_s);
        auto* id = childOf<QLineEdit>(d, u"idNumberEdit"_s);
        QTest::keyClicks(id, u"110105194912310021"_s);
        QTest::mouseClick(childOf<QPushButton>(d, u"addQualificationButton"_s), Qt::LeftButton);
        auto* certificates = childOf<QTableWidget>(d, u"qualificationsTable"_s);
        auto* kind = qobject_cast<QComboBox*>(certificates->cellWidget(0, 0));
        kind->setCurrentIndex(kind->findData(u"childcare_worker"_s));
        certificates->item(0, 1)->setText(u"四级/中级工"_s);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        refusal = qobject_cast<FormDialog*>(d)->errorText();
        stayedOpen = d->isVisible();
        focusedOnId = d->focusWidget() == id;
        id->clear();
        QTest::keyClicks(id, u"11010519491231002X"_s);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        if (d->isVisible())
            qobject_cast<QDialog*>(d)->reject();
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addStaffButton"_s), Qt::LeftButton);
    QVERIFY(stayedOpen);
    QVERIFY2(refusal.startsWith(u"ID number: "_s), qPrintable(refusal));
    QVERIFY(focusedOnId);

    const int row = rowOf(u"周晓梅"_s);
    QVERIFY(row >= 0);
    QAbstractItemModel* model = m_page->findChild<QTableView*>(u"staffTable"_s)->model();
    QCOMPARE(model->index(row, StaffTableModel::IdNumberColumn).data().toString(), u"110105********002X"_s);
    QCOMPARE(model->index(row, StaffTableModel::PhoneColumn).data().toString(), u"139****5678"_s);
    QVERIFY(model->index(row, StaffTableModel::QualificationsColumn).data().toString().contains(u"四级/中级工"_s));
    QVERIFY(StaffRepository(*m_t->db).findByIdNumber(u"11010519491231002X"_s)->has_value());

    // Undo takes the new person away again.
    QTest::mouseClick(m_page->findChild<QToolButton*>(u"undoButton"_s), Qt::LeftButton);
    QCOMPARE(rowOf(u"周晓梅"_s), -1);
    QVERIFY(!StaffRepository(*m_t->db).findByIdNumber(u"11010519491231002X"_s)->has_value());
}

QTEST_MAIN(TestStaffPage)
#include "tst_staffpage.moc"
