#include "setup/StartArguments.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The GUI's one argument: a database to open, or a signed report double-clicked in the file manager, which is
// verified against the default database's keys.
class TestStartArguments : public QObject
{
    Q_OBJECT

private slots:
    void from_data();
    void from();
};

void TestStartArguments::from_data()
{
    QTest::addColumn<QStringList>("positional");
    QTest::addColumn<QString>("databasePath");
    QTest::addColumn<QString>("reportPath");
    const QString home = u"/home/li/.local/share/DaycareDesk/daycaredesk.db"_s;
    QTest::newRow("nothing: the default database") << QStringList {} << home << QString();
    QTest::newRow("a database") << QStringList {u"/srv/园所/xiaojudeng.db"_s} << u"/srv/园所/xiaojudeng.db"_s
                                << QString();
    QTest::newRow("a report") << QStringList {u"/tmp/52140400MJY123456X_2026-10_r1.ddreport.json"_s} << home
                              << u"/tmp/52140400MJY123456X_2026-10_r1.ddreport.json"_s;
    QTest::newRow("a report named in capitals (Windows)")
        << QStringList {u"D:\\月报\\R1.DDREPORT.JSON"_s} << home << u"D:\\月报\\R1.DDREPORT.JSON"_s;
    QTest::newRow("other JSON is no report")
        << QStringList {u"/tmp/policy.json"_s} << u"/tmp/policy.json"_s << QString();
    QTest::newRow("the suffix alone inside a name")
        << QStringList {u"/tmp/x.ddreport.json.db"_s} << u"/tmp/x.ddreport.json.db"_s << QString();
}

void TestStartArguments::from()
{
    QFETCH(QStringList, positional);
    QFETCH(QString, databasePath);
    QFETCH(QString, reportPath);
    const StartArguments start
        = StartArguments::from(positional, u"/home/li/.local/share/DaycareDesk/daycaredesk.db"_s);
    QCOMPARE(start.databasePath, databasePath);
    QCOMPARE(start.reportPath, reportPath);
}

QTEST_APPLESS_MAIN(TestStartArguments)
#include "tst_startarguments.moc"
