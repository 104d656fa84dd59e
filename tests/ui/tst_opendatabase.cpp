#include "OutsideChanges.h"
#include "TempDatabase.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "setup/OpenDatabase.h"
#include "store/BackupManager.h"
#include "store/Sql.h"

#include <QApplication>
#include <QTest>

using namespace Qt::StringLiterals;

// Start-up on a damaged database: the user is told, offered the newest good backup, and works on it after saying
// yes; saying no opens nothing and leaves the damaged file as it was.
class TestOpenDatabase : public QObject
{
    Q_OBJECT

private slots:
    void damagedFileIsReplacedByTheNewestGoodBackup();
    void declinedOfferLeavesTheFileAlone();
    void healthyFileOpensWithoutQuestions();

private:
    // A demo database with one backup, then its pages overwritten as by a failing disk.
    static void prepareDamaged(TempDatabase& t);
};

void TestOpenDatabase::prepareDamaged(TempDatabase& t)
{
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {40, 2, 3}).ok());
    QVERIFY(BackupManager::createBackup(*t.db).ok());
    t.db.reset();
    overwritePages(t.path, 2);
}

void TestOpenDatabase::damagedFileIsReplacedByTheNewestGoodBackup()
{
    TempDatabase t;
    prepareDamaged(t);
    MessageBox::setNextAnswer(QMessageBox::Yes); // "Put it in the database's place?"
    MessageBox::setNextAnswer(QMessageBox::Ok);  // "The backup from ... is open."
    const std::unique_ptr<Database> db = openDatabaseOrRecover(t.path);
    QVERIFY(db);
    QCOMPARE(Sql::scalar(db->connection(), u"SELECT count(*) FROM children"_s).toInt(), 40);
    QCOMPARE(Sql::scalar(db->connection(), u"PRAGMA quick_check"_s).toString(), u"ok"_s);
    QVERIFY(MessageBox::lastText().contains(u"must be entered again"_s));
}

void TestOpenDatabase::declinedOfferLeavesTheFileAlone()
{
    TempDatabase t;
    prepareDamaged(t);
    const QByteArray before = fileHash(t.path);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!openDatabaseOrRecover(t.path));
    QVERIFY(MessageBox::lastText().contains(u"is damaged"_s));
    QCOMPARE(fileHash(t.path), before);
}

void TestOpenDatabase::healthyFileOpensWithoutQuestions()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(DemoData::generate(*t.db, {5, 1, 3}).ok());
    t.db.reset();
    MessageBox::setNextAnswer(QMessageBox::No);
    const QString before = MessageBox::lastText();
    QVERIFY(openDatabaseOrRecover(t.path));
    // No box was shown: the queued answer is still there and is used up here.
    QCOMPARE(MessageBox::question(nullptr, {}, u"probe"_s), QMessageBox::No);
    QVERIFY(before != u"probe"_s);
}

QTEST_MAIN(TestOpenDatabase)
#include "tst_opendatabase.moc"
