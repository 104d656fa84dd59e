#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "RosterFixtures.h"
#include "calendar/CalendarPage.h"
#include "store/CalendarRepository.h"

#include <QCalendarWidget>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTest>
#include <QTextCharFormat>

using namespace Qt::StringLiterals;

// The Calendar page as a director uses it: a care day marked closed with its reason is listed and coloured and the
// month counts one care day less, then reopened; a weekend cannot be closed; a closure needs its reason; a year
// without the official notice says so; and a caregiver sees the calendar without the buttons.
class TestCalendarPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void closesACareDayWithItsReasonAndReopensIt();
    void weekendCannotBeClosed();
    void closureNeedsAReason();
    void yearWithoutOfficialDataIsNoticed();
    void caregiverSeesTheCalendarOnly();

private:
    void openPage();
    void select(QDate day);
    template<typename T> T* child(const QString& name) const { return m_page->findChild<T*>(name); }
    QString count() const { return child<QLabel>(u"careDayCountLabel"_s)->text(); }
    QColor backgroundOf(QDate day) const
    {
        return child<QCalendarWidget>(u"calendar"_s)->dateTextFormat(day).background().color();
    }
    static void answerReason(const QString& reason);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<CalendarPage> m_page;
};

void TestCalendarPage::init()
{
    qint64 classA = 0;
    qint64 classB = 0;
    // The clock stands at 2026-11-29: the page opens on November, 21 care days.
    m_t = rosterDatabase(classA, classB);
    QVERIFY(m_t);
}

void TestCalendarPage::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_page.reset();
    m_t.reset();
}

void TestCalendarPage::openPage()
{
    m_page = std::make_unique<CalendarPage>(*m_t->db);
    m_page->resize(1100, 650);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCalendarPage::select(QDate day)
{
    child<QCalendarWidget>(u"calendar"_s)->setSelectedDate(day);
}

void TestCalendarPage::answerReason(const QString& reason)
{
    whenShown(u"closureReasonDialog"_s, [reason](QWidget* dialog) {
        childOf<QLineEdit>(dialog, {})->insert(reason);
        static_cast<QDialog*>(dialog)->accept();
    });
}

void TestCalendarPage::closesACareDayWithItsReasonAndReopensIt()
{
    openPage();
    QCOMPARE(count(), u"Care days in 2026-11: 21"_s);
    const QDate day(2026, 11, 18);
    const QColor careDay = backgroundOf(day);
    select(day);
    auto* close = child<QPushButton>(u"markClosedButton"_s);
    QVERIFY(close->isEnabled());
    answerReason(u"停暖检修"_s);
    QTest::mouseClick(close, Qt::LeftButton);

    QCOMPARE(count(), u"Care days in 2026-11: 20"_s);
    auto* closures = child<QListWidget>(u"closuresList"_s);
    QCOMPARE(closures->count(), 1);
    QVERIFY(closures->item(0)->text().contains(u"停暖检修"_s));
    QVERIFY(backgroundOf(day) != careDay);
    QVERIFY(child<QLabel>(u"dayLabel"_s)->text().contains(u"停暖检修"_s));
    QVERIFY(CalendarRepository(*m_t->db).load()->closures().contains(day));

    auto* reopen = child<QPushButton>(u"reopenButton"_s);
    QVERIFY(reopen->isEnabled());
    QTest::mouseClick(reopen, Qt::LeftButton);
    QCOMPARE(count(), u"Care days in 2026-11: 21"_s);
    QCOMPARE(closures->count(), 0);
    QCOMPARE(backgroundOf(day), careDay);
}

void TestCalendarPage::weekendCannotBeClosed()
{
    openPage();
    const QDate saturday(2026, 11, 21);
    select(saturday);
    QVERIFY(!child<QPushButton>(u"markClosedButton"_s)->isEnabled());
    QVERIFY(child<QLabel>(u"dayLabel"_s)->text().contains(u"cannot be marked closed"_s));
    QVERIFY(backgroundOf(saturday) != backgroundOf(QDate(2026, 11, 20)));
    // Saturday 2026-10-10 is a make-up working day: a care day, coloured apart from the weekend.
    select(QDate(2026, 10, 10));
    QVERIFY(child<QPushButton>(u"markClosedButton"_s)->isEnabled());
    QVERIFY(backgroundOf(QDate(2026, 10, 10)) != backgroundOf(QDate(2026, 10, 11)));
}

void TestCalendarPage::closureNeedsAReason()
{
    openPage();
    select(QDate(2026, 11, 18));
    answerReason(u"   "_s);
    QTest::mouseClick(child<QPushButton>(u"markClosedButton"_s), Qt::LeftButton);
    QVERIFY(!child<QLabel>(u"errorLabel"_s)->text().isEmpty());
    QCOMPARE(count(), u"Care days in 2026-11: 21"_s);
    QVERIFY(CalendarRepository(*m_t->db).load()->closures().isEmpty());
}

void TestCalendarPage::yearWithoutOfficialDataIsNoticed()
{
    openPage();
    auto* notice = child<QLabel>(u"fallbackNotice"_s);
    QVERIFY(notice->isHidden());
    child<QCalendarWidget>(u"calendar"_s)->setCurrentPage(2030, 5);
    QVERIFY(notice->isVisible());
    QVERIFY(notice->text().contains(u"2030"_s));
    // May 2030: 23 weekdays, counted as care days until the year's holidays are added.
    QCOMPARE(count(), u"Care days in 2030-05: 23"_s);
}

void TestCalendarPage::caregiverSeesTheCalendarOnly()
{
    m_t.reset();
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    QVERIFY(logInAs(*m_t->db, CaregiverName, CaregiverPassword));
    MainWindow window(*m_t->db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"calendarPage"_s));
    QWidget* page = window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
    QCOMPARE(page->objectName(), u"calendarPage"_s);
    QVERIFY(page->findChild<QPushButton*>(u"markClosedButton"_s)->isHidden());
    QVERIFY(page->findChild<QPushButton*>(u"reopenButton"_s)->isHidden());
    QVERIFY(page->findChild<QLabel*>(u"careDayCountLabel"_s)->text().contains(u"2026-11"_s));
}

QTEST_MAIN(TestCalendarPage)
#include "tst_calendarpage.moc"
