#include "AttendanceFixtures.h"
#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/DailySheet.h"
#include "common/FormDialog.h"
#include "common/MessageBox.h"
#include "itemmodels/DailySheetModel.h"
#include "itemmodels/FollowUpTableModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The Attendance page as a caregiver uses it in the morning: her class on today's sheet, keys to set statuses,
// an explicit save, a sick absence that asks for the symptom and lands on the follow-up list, and an outbreak alert
// once three children of her class are sick with the same symptom.
class TestAttendancePage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void opensOnTodayAndHerClassOnly();
    void marksTheClassPresentWithTheKeyboard();
    void allPresentFillsOnlyUntouchedRows();
    void sickAbsenceAsksTheSymptomAndIsFollowedUp();
    void threeSickWithOneSymptomRaiseTheAlert();
    void unsavedChangesAreNotLostOnChangingDay();
    void financeSeesTheSheetReadOnly();
    void closedMonthIsReadOnly();

private:
    QWidget* openPage(const QString& user, const QString& password);
    QTableView* table() const { return m_page->findChild<QTableView*>(u"sheetTable"_s); }
    DailySheetModel* model() const { return qobject_cast<DailySheetModel*>(table()->model()); }
    // Presses a key on the sheet's table, as a user with the table focused.
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);
    // Ctrl+S once the window is active again (a closed dialog hands it back asynchronously).
    bool saveWithKeyboard();
    // Today's saved records of the caregiver's class, by child name: "present" etc.
    QMap<QString, AttendanceStatus> savedToday();

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    QWidget* m_page = nullptr;
    const QDate m_today {2026, 11, 20};
};

void TestAttendancePage::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    // Her class gets three more children, so every test has a few rows whatever the demo drew.
    const Result<QList<ClassRecord>> classes = ClassRepository(*m_t->db).classes();
    QVERIFY(classes && !classes->isEmpty());
    for (const QString& name : {u"甲一"_s, u"乙二"_s, u"丙三"_s})
        QVERIFY(enrolChild(*m_t->db, name, classes->first().id));
}

void TestAttendancePage::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_window.reset();
    m_t.reset();
}

QWidget* TestAttendancePage::openPage(const QString& user, const QString& password)
{
    if (!logInAs(*m_t->db, user, password))
        return nullptr;
    m_window = std::make_unique<MainWindow>(*m_t->db);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->showPage(u"attendancePage"_s))
        return nullptr;
    m_page = m_window->findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
    m_window->activateWindow();
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return nullptr;
    table()->setFocus();
    return m_page;
}

void TestAttendancePage::press(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QTest::keyClick(table(), key, modifiers);
}

bool TestAttendancePage::saveWithKeyboard()
{
    if (!QTest::qWaitForWindowActive(m_window.get()))
        return false;
    press(Qt::Key_S, Qt::ControlModifier);
    return true;
}

QMap<QString, AttendanceStatus> TestAttendancePage::savedToday()
{
    QMap<QString, AttendanceStatus> saved;
    const Result<DailySheet> sheet = DailySheet::load(*m_t->db, model()->sheet().classId, m_today);
    for (const SheetChild& c : sheet.value_or(DailySheet {}).children)
        if (c.saved)
            saved.insert(c.name, c.saved->status);
    return saved;
}

void TestAttendancePage::opensOnTodayAndHerClassOnly()
{
    QVERIFY(openPage(CaregiverName, CaregiverPassword));
    auto* classes = m_page->findChild<QComboBox*>(u"classCombo"_s);
    QCOMPARE(classes->count(), 1);
    QCOMPARE(classes->currentData().toLongLong(), m_t->db->actor().classIds.value(0));
    QCOMPARE(m_page->findChild<QDateEdit*>(u"dayEdit"_s)->date(), m_today);
    QVERIFY(model()->rowCount() > 0);
    QVERIFY(savedToday().isEmpty()); // the demo records up to yesterday
}

void TestAttendancePage::marksTheClassPresentWithTheKeyboard()
{
    QVERIFY(openPage(CaregiverName, CaregiverPassword));
    const int children = model()->rowCount();
    QVERIFY(children >= 2);
    QCOMPARE(table()->currentIndex().row(), 0);
    for (int i = 0; i < children; ++i)
        press(Qt::Key_1); // each key sets the status and moves down
    press(Qt::Key_3); // the last child, still current, is on personal leave after all
    QVERIFY(savedToday().isEmpty()); // nothing is written before saving
    QVERIFY(saveWithKeyboard());
    const QMap<QString, AttendanceStatus> saved = savedToday();
    QCOMPARE(saved.size(), children);
    QCOMPARE(saved.values().count(AttendanceStatus::Present), children - 1);
    QCOMPARE(saved.value(model()->sheet().children.last().name), AttendanceStatus::Personal);
    const QString said = m_page->findChild<QLabel*>(u"savedLabel"_s)->text();
    QVERIFY2(said.contains(QString::number(children)), qPrintable(said));
}

void TestAttendancePage::allPresentFillsOnlyUntouchedRows()
{
    QVERIFY(openPage(CaregiverName, CaregiverPassword));
    press(Qt::Key_4); // the first child: other absence
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"allPresentButton"_s), Qt::LeftButton);
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"saveButton"_s), Qt::LeftButton);
    const QMap<QString, AttendanceStatus> saved = savedToday();
    QCOMPARE(saved.size(), model()->rowCount());
    QCOMPARE(saved.value(model()->sheet().children.first().name), AttendanceStatus::Other);
    QCOMPARE(saved.values().count(AttendanceStatus::Present), model()->rowCount() - 1);
}

void TestAttendancePage::sickAbsenceAsksTheSymptomAndIsFollowedUp()
{
    QVERIFY(openPage(CaregiverName, CaregiverPassword));
    const QString child = model()->sheet().children.first().name;
    whenShown(u"symptomDialog"_s, [](QWidget* w) {
        auto* dialog = qobject_cast<QInputDialog*>(w);
        dialog->setTextValue(u"手足口病"_s);
        dialog->accept();
    });
    press(Qt::Key_2);
    QCOMPARE(model()->changes().size(), 1);
    QCOMPARE(model()->changes().first().symptom, u"手足口病"_s);
    QVERIFY(saveWithKeyboard());
    QCOMPARE(savedToday().value(child), AttendanceStatus::Sick);

    auto* tabs = m_page->findChild<QTabWidget*>(u"attendanceTabs"_s);
    tabs->setCurrentWidget(m_page->findChild<QWidget*>(u"followUpsView"_s));
    auto* followUps = m_page->findChild<QTableView*>(u"followUpTable"_s);
    QAbstractItemModel* list = followUps->model();
    int row = -1;
    for (int r = 0; r < list->rowCount(); ++r)
        if (list->index(r, FollowUpTableModel::ChildColumn).data().toString() == child
            && list->index(r, FollowUpTableModel::SymptomColumn).data().toString() == u"手足口病"_s)
            row = r;
    QVERIFY(row >= 0);
    QVERIFY(tabs->tabText(tabs->currentIndex()).contains(QString::number(list->rowCount())));

    // Closing it needs the outcome; then it leaves the list.
    const int before = list->rowCount();
    followUps->selectRow(row);
    QString refusal;
    whenShown(u"closeFollowUpDialog"_s, [&refusal](QWidget* dialog) {
        auto* ok = childOf<QPushButton>(dialog, u"okButton"_s);
        QTest::mouseClick(ok, Qt::LeftButton); // no outcome yet: refused, stays open
        refusal = qobject_cast<FormDialog*>(dialog)->errorText();
        QTest::keyClicks(childOf<QLineEdit>(dialog, u"outcomeEdit"_s), u"recovered"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"closeFollowUpButton"_s), Qt::LeftButton);
    QVERIFY(!refusal.isEmpty());
    QCOMPARE(list->rowCount(), before - 1);
}

void TestAttendancePage::threeSickWithOneSymptomRaiseTheAlert()
{
    QVERIFY(openPage(CaregiverName, CaregiverPassword));
    QVERIFY(model()->rowCount() >= 3);
    auto* alert = m_page->findChild<QLabel*>(u"outbreakLabel"_s);
    for (int i = 0; i < 3; ++i) {
        QVERIFY(alert->isHidden());
        whenShown(u"symptomDialog"_s, [](QWidget* w) {
            auto* dialog = qobject_cast<QInputDialog*>(w);
            dialog->setTextValue(u"腹泻"_s);
            dialog->accept();
        });
        table()->setCurrentIndex(model()->index(i, DailySheetModel::StatusColumn));
        press(Qt::Key_2);
        QVERIFY(saveWithKeyboard());
    }
    QVERIFY(alert->isVisible());
    QVERIFY2(alert->text().contains(u"腹泻"_s) && alert->text().contains(u"24"_s), qPrintable(alert->text()));
}

void TestAttendancePage::unsavedChangesAreNotLostOnChangingDay()
{
    QVERIFY(openPage(CaregiverName, CaregiverPassword));
    press(Qt::Key_1);
    auto* day = m_page->findChild<QDateEdit*>(u"dayEdit"_s);
    MessageBox::setNextAnswer(QMessageBox::Cancel);
    day->setDate(m_today.addDays(-1));
    QCOMPARE(day->date(), m_today);
    QVERIFY(model()->hasChanges());
    MessageBox::setNextAnswer(QMessageBox::Save);
    day->setDate(m_today.addDays(-1));
    QCOMPARE(model()->sheet().day, m_today.addDays(-1));
    QCOMPARE(savedToday().size(), 1);
}

void TestAttendancePage::financeSeesTheSheetReadOnly()
{
    const Actor director = Actor::systemActor();
    m_t->db->setActor(director);
    QVERIFY(UserRepository(*m_t->db).add(u"qian"_s, Role::Finance, u"finance-2026"_s, u"钱会计"_s, {}));
    QVERIFY(openPage(u"qian"_s, u"finance-2026"_s));
    QVERIFY(m_page->findChild<QComboBox*>(u"classCombo"_s)->count() > 1);
    press(Qt::Key_1);
    QVERIFY(!model()->hasChanges());
    QVERIFY(!m_page->findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
}

void TestAttendancePage::closedMonthIsReadOnly()
{
    // Until the month-close action exists, a closed month is a row written directly.
    QVERIFY(Sql::exec(m_t->db->connection(),
                      u"INSERT INTO closed_months (month, closed_at, closed_by) "
                      "VALUES ('2026-11', '2026-12-01T09:00:00', 'director')"_s));
    QVERIFY(openPage(CaregiverName, CaregiverPassword));
    auto* notice = m_page->findChild<QLabel*>(u"noSheetLabel"_s);
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(u"2026-11"_s), qPrintable(notice->text()));
    QVERIFY(table()->isVisible());
    press(Qt::Key_1);
    QVERIFY(!model()->hasChanges());
    QVERIFY(!m_page->findChild<QPushButton*>(u"saveButton"_s)->isEnabled());
}

QTEST_MAIN(TestAttendancePage)
#include "tst_attendancepage.moc"
