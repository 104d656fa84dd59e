#include "TempDatabase.h"
#include "access/AuditLog.h"
#include "access/UserRepository.h"
#include "common/Clock.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// Reading the trail for the director: the CSV export holds the filtered rows and is itself recorded.
class TestAuditLog : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0))); }
    void cleanup() { Clock::setFixed({}); }
    void exportWritesTheRowsAndIsRecorded();
};

void TestAuditLog::exportWritesTheRowsAndIsRecorded()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(UserRepository(*t.db).createFirstDirector(u"admin"_s, u"director-2026"_s, false).ok());
    t.db->setActor(UserRepository(*t.db).authenticate(u"admin"_s, u"director-2026"_s).value());
    const AuditFilter users {{}, {}, {}, u"users"_s};
    const int listed = int(AuditLog::find(*t.db, users).value().size());
    QVERIFY(listed >= 2);

    const QString path = t.dir.filePath(u"audit.csv"_s);
    const Status exported = AuditLog::exportCsv(*t.db, users, path);
    QVERIFY2(exported.ok(), qPrintable(exported.error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = file.readAll().split('\n');
    // The header, a line per row, and the empty piece after the last line end.
    QCOMPARE(lines.size(), listed + 2);
    QVERIFY(lines.first().startsWith("\xEF\xBB\xBFid,at,user,record_type,record,action"));

    const QList<AuditEntry> trail = AuditLog::find(*t.db, {{}, {}, {}, u"audit_log"_s}).value();
    QCOMPARE(trail.size(), 1);
    QCOMPARE(trail.first().action, u"export"_s);
    QCOMPARE(trail.first().user, u"admin"_s);
    QVERIFY(trail.first().newValues.contains(u"audit.csv"_s));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
