#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// The audit trail as the Audit page lists it: readable changes with ID and phone numbers masked, raw values beside
// them, and rows read from a real trail.
class TestAuditTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init() { Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0))); }
    void cleanup() { Clock::setFixed({}); }
    void changeLines_data();
    void changeLines();
    void showsAnEntry();
    void listsTheRealTrail();

private:
    static AuditEntry entry(const QString& action, const QString& oldValues, const QString& newValues);
};

AuditEntry TestAuditTableModel::entry(const QString& action, const QString& oldValues, const QString& newValues)
{
    return {7, u"2026-11-20T09:15:02.123"_s, u"admin"_s, u"children"_s, u"12"_s, action, oldValues, newValues};
}

void TestAuditTableModel::changeLines_data()
{
    QTest::addColumn<AuditEntry>("entry");
    QTest::addColumn<QStringList>("lines");
    QTest::newRow("insert masks the ID number and skips the id and empty fields")
        << entry(u"insert"_s, {},
                 uR"({"id":12,"name":"李子涵","id_number":"11010519491231002X","notes":"","withdrawn_on":null})"_s)
        << QStringList {u"id_number: 110105********002X"_s, u"name: 李子涵"_s};
    QTest::newRow("update shows old and new, phones masked")
        << entry(u"update"_s, uR"({"phone":"13812345678","disabled":0})"_s,
                 uR"({"phone":"13987654321","disabled":1})"_s)
        << QStringList {u"disabled: 0 → 1"_s, u"phone: 138****5678 → 139****4321"_s};
    QTest::newRow("update from nothing") << entry(u"update"_s, uR"({"withdrawn_on":null})"_s,
                                                  uR"({"withdrawn_on":"2026-11-30"})"_s)
                                         << QStringList {u"withdrawn_on: (empty) → 2026-11-30"_s};
    QTest::newRow("delete shows what was there")
        << entry(u"delete"_s, uR"({"name":"王芳","password_hash":"***"})"_s, {})
        << QStringList {u"name: 王芳"_s, u"password_hash: ***"_s};
    QTest::newRow("export shows its detail")
        << entry(u"export"_s, {}, uR"({"detail":"3 audit rows exported to /tmp/a.csv"})"_s)
        << QStringList {u"3 audit rows exported to /tmp/a.csv"_s};
    QTest::newRow("an imported batch counts what it wrote and replaced")
        << entry(u"import"_s, uR"({"columns":["child_id","day"],"rows":[[3,"2026-03-02"]]})"_s,
                 uR"({"columns":["child_id","day"],"rows":[[3,"2026-03-02"],[4,"2026-03-02"]]})"_s)
        << QStringList {u"2 record(s) written"_s, u"1 earlier record(s) replaced"_s};
    QTest::newRow("an imported batch that replaced nothing")
        << entry(u"import"_s, {}, uR"({"columns":["child_id","day"],"rows":[[3,"2026-03-02"]]})"_s)
        << QStringList {u"1 record(s) written"_s};
    QTest::newRow("unreadable values give no lines") << entry(u"update"_s, u"{"_s, u"not json"_s) << QStringList();
}

void TestAuditTableModel::changeLines()
{
    QFETCH(AuditEntry, entry);
    QFETCH(QStringList, lines);
    QCOMPARE(AuditLog::changeLines(entry), lines);
}

void TestAuditTableModel::showsAnEntry()
{
    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const AuditEntry e
        = entry(u"update"_s, uR"({"id_number":"440524188001010014"})"_s, uR"({"id_number":"11010519491231002X"})"_s);
    model.setEntries({e});
    QCOMPARE(model.rowCount(), 1);
    auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
    QCOMPARE(cell(AuditTableModel::TimeColumn).toString(), u"2026-11-20 09:15:02"_s);
    QCOMPARE(cell(AuditTableModel::TimeColumn, ItemRoles::Raw).toDateTime(),
             QDateTime(QDate(2026, 11, 20), QTime(9, 15, 2, 123)));
    QCOMPARE(cell(AuditTableModel::UserColumn).toString(), u"admin"_s);
    QCOMPARE(cell(AuditTableModel::RecordTypeColumn).toString(), u"Children"_s);
    QCOMPARE(cell(AuditTableModel::RecordTypeColumn, ItemRoles::Raw).toString(), u"children"_s);
    QCOMPARE(cell(AuditTableModel::RecordColumn).toString(), u"12"_s);
    QCOMPARE(cell(AuditTableModel::ActionColumn).toString(), u"Changed"_s);
    QCOMPARE(cell(AuditTableModel::ActionColumn, ItemRoles::Raw).toString(), u"update"_s);
    QCOMPARE(cell(AuditTableModel::ChangesColumn).toString(), u"id_number: 440524********0014 → 110105********002X"_s);
    // The raw value keeps what the trail holds, for exports that must not parse display text.
    QCOMPARE(cell(AuditTableModel::ChangesColumn, ItemRoles::Raw).toStringList(),
             (QStringList {e.oldValues, e.newValues}));
    QCOMPARE(model.headerData(AuditTableModel::ChangesColumn, Qt::Horizontal).toString(), u"Changes"_s);
}

void TestAuditTableModel::listsTheRealTrail()
{
    TempDatabase t;
    QVERIFY(t.open());
    QVERIFY(UserRepository(*t.db).createFirstDirector(u"admin"_s, u"director-2026"_s, false).ok());
    t.db->setActor(UserRepository(*t.db).authenticate(u"admin"_s, u"director-2026"_s).value());
    QVERIFY(UserRepository(*t.db).add(u"lijing"_s, Role::Finance, u"finance-2026"_s, u"李静"_s).ok());

    AuditTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const Result<QList<AuditEntry>> entries = AuditLog::find(*t.db, {u"admin"_s, {}, {}, u"users"_s});
    QVERIFY2(entries.ok(), qPrintable(entries.error()));
    model.setEntries(entries.value());
    QVERIFY(model.rowCount() >= 1);
    // Newest first: the finance clerk's account, added by the director; the password hash never appears.
    QCOMPARE(model.index(0, AuditTableModel::ActionColumn).data().toString(), u"Added"_s);
    const QString changes = model.index(0, AuditTableModel::ChangesColumn).data().toString();
    QVERIFY2(changes.contains(u"name: lijing"_s), qPrintable(changes));
    QVERIFY(changes.contains(u"password_hash: ***"_s));
    QVERIFY(!changes.contains(u"argon2"_s));
}

QTEST_GUILESS_MAIN(TestAuditTableModel)
#include "tst_audittablemodel.moc"
