#include "LoggedIn.h"
#include "MainWindow.h"
#include "common/Settings.h"

#include <QComboBox>
#include <QLabel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The interface language chosen in Settings: remembered for the next start, and said so.
class TestLanguageBox : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void cleanup()
    {
        Settings::setLanguage({});
        Clock::setFixed({});
    }
    void chosenWithTheKeyboardAndRemembered();
};

void TestLanguageBox::chosenWithTheKeyboardAndRemembered()
{
    Settings::setLanguage({});
    auto t = demoWithCaregiver();
    QVERIFY(t);
    QVERIFY(logInAs(*t->db, CaregiverName, CaregiverPassword));
    MainWindow window(*t->db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"institutionPage"_s));
    // Every role reaches it: it is the computer's setting, not the institution's.
    auto* tabs = window.findChild<QTabWidget*>(u"institutionTabs"_s);
    auto* combo = window.findChild<QComboBox*>(u"languageCombo"_s);
    tabs->setCurrentWidget(combo->parentWidget()->parentWidget());
    QCOMPARE(combo->currentText(), u"As the system"_s);
    QVERIFY(!window.findChild<QLabel*>(u"languageNote"_s)->isVisible());

    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Down);
    QCOMPARE(combo->currentData().toString(), u"zh_CN"_s);
    QCOMPARE(Settings::language(), u"zh_CN"_s);
    QVERIFY(window.findChild<QLabel*>(u"languageNote"_s)->isVisible());

    QTest::keyClick(combo, Qt::Key_Up);
    QCOMPARE(Settings::language(), QString());
}

QTEST_MAIN(TestLanguageBox)
#include "tst_languagebox.moc"
