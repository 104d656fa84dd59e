#include "LoggedIn.h"
#include "MainWindow.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "setup/OpenDatabase.h"
#include "store/BackupManager.h"
#include "store/Sql.h"

#include <QGroupBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The data-safety tools on the Settings page: the director checks the audit trail, backs up and restores; a
// caregiver sees none of it.
class TestDataSafety : public QObject
{
    Q_OBJECT

private slots:
    void directorBacksUpAndRestores();
    void caregiverSeesNoDataTools();

private:
    static int classCount(Database& db)
    {
        return Sql::scalar(db.connection(), u"SELECT count(*) FROM classes"_s).toInt();
    }
};

void TestDataSafety::directorBacksUpAndRestores()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {20, 1, 1}).ok());
    QVERIFY(logInAs(*t.db, DemoData::DemoUser, DemoData::DemoPassword));
    const int classesAtBackup = classCount(*t.db);
    QString backupPath;
    QString restoreFrom;
    {
        MainWindow window(*t.db);
        QSignalSpy restore(&window, &MainWindow::restoreRequested);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(u"institutionPage"_s));
        auto* tabs = window.findChild<QTabWidget*>(u"institutionTabs"_s);
        QCOMPARE(tabs->tabText(2), u"&Data safety and signing"_s);
        tabs->setCurrentIndex(2);
        QVERIFY(window.findChild<QPushButton*>(u"verifyAuditButton"_s)->isVisible());

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(window.findChild<QPushButton*>(u"verifyAuditButton"_s), Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(u"intact"_s), qPrintable(MessageBox::lastText()));

        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(window.findChild<QPushButton*>(u"backupButton"_s), Qt::LeftButton);
        const QList<BackupInfo> backups = BackupManager::listBackups(t.path);
        QCOMPARE(backups.size(), 1);
        backupPath = backups.first().path;
        QVERIFY(MessageBox::lastText().contains(QFileInfo(backupPath).fileName()));

        // Work done after the backup, which the restore will take back.
        QVERIFY(ClassRepository(*t.db).add({0, u"托大九班"_s, ClassType::OlderToddler, 20, {}, {}}).ok());

        FileDialog::setNextFileName(backupPath);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(window.findChild<QPushButton*>(u"restoreButton"_s), Qt::LeftButton);
        QCOMPARE(restore.count(), 1);
        restoreFrom = restore.first().first().toString();
    }
    QCOMPARE(restoreFrom, backupPath);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QVERIFY(restoreBackup(std::move(t.db), restoreFrom));
    QVERIFY(t.open());
    QCOMPARE(classCount(*t.db), classesAtBackup);
}

void TestDataSafety::caregiverSeesNoDataTools()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {20, 1, 1}).ok());
    QVERIFY(addCaregiver(*t.db, CaregiverName, CaregiverFullName, CaregiverPassword));
    QVERIFY(logInAs(*t.db, CaregiverName, CaregiverPassword));
    MainWindow window(*t.db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"institutionPage"_s));
    QVERIFY(!window.findChild<QGroupBox*>(u"dataSafetyBox"_s)->isVisible());
    QVERIFY(!window.findChild<QPushButton*>(u"restoreButton"_s));
    // Nor the tab that holds them, nor the signing key: she has the institution, its fees and her language.
    auto* tabs = window.findChild<QTabWidget*>(u"institutionTabs"_s);
    QCOMPARE(tabs->count(), 3);
    QCOMPARE(tabs->tabText(2), u"&Language"_s);
    QVERIFY(!window.findChild<QGroupBox*>(u"signingKeyBox"_s)->isVisible());
}

QTEST_MAIN(TestDataSafety)
#include "tst_datasafety.moc"
