#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "itemmodels/ChildTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/Sql.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>

using namespace Qt::StringLiterals;

// The children list: a well-behaved model, numbers masked by default, and whole numbers only for roles that may
// see them, each look recorded.
class TestChildTableModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { Clock::setFixed({}); }
    void passesTheModelTester();
    void masksIdAndPhoneNumbers();
    void revealNeedsPermissionAndIsAudited_data();
    void revealNeedsPermissionAndIsAudited();

private:
    Actor actor(Role role);
    TempDatabase m_t;
    QList<ChildListEntry> m_entries;
};

void TestChildTableModel::initTestCase()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    QVERIFY(m_t.open());
    QVERIFY(DemoData::generate(*m_t.db, {25, 1, 2}).ok());
    const auto loaded = ChildListing::load(*m_t.db, Clock::today());
    QVERIFY(loaded.ok());
    m_entries = loaded.value();
    QCOMPARE(m_entries.size(), 25);
}

Actor TestChildTableModel::actor(Role role)
{
    Actor a;
    a.userId = 1;
    a.name = Roles::key(role);
    a.role = role;
    return a;
}

void TestChildTableModel::passesTheModelTester()
{
    ChildTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(m_entries, Clock::today());
    model.setRevealed(0);
    model.setEntries({}, Clock::today());
}

void TestChildTableModel::masksIdAndPhoneNumbers()
{
    ChildTableModel model;
    model.setEntries(m_entries, Clock::today());
    const QRegularExpression maskedId(u"^\\d{6}\\*{8}[\\dX]{4}$"_s);
    const QRegularExpression maskedPhone(u"^1\\d{2}\\*{4}\\d{4}$"_s);
    for (int row = 0; row < model.rowCount(); ++row) {
        const QString id = model.index(row, ChildTableModel::IdNumberColumn).data().toString();
        const QString phone = model.index(row, ChildTableModel::PhoneColumn).data().toString();
        QVERIFY2(maskedId.match(id).hasMatch(), qPrintable(id));
        QVERIFY2(maskedPhone.match(phone).hasMatch(), qPrintable(phone));
        // The raw role is masked too: it feeds sorting and copying.
        QCOMPARE(model.index(row, ChildTableModel::IdNumberColumn).data(ItemRoles::Raw).toString(), id);
    }
    model.setRevealed(3);
    QCOMPARE(model.index(3, ChildTableModel::IdNumberColumn).data().toString(), m_entries.at(3).idNumber);
    QCOMPARE(model.index(3, ChildTableModel::PhoneColumn).data().toString(), m_entries.at(3).guardianPhone);
    QVERIFY(model.index(4, ChildTableModel::IdNumberColumn).data().toString().contains(u"********"_s));
}

void TestChildTableModel::revealNeedsPermissionAndIsAudited_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("director") << int(Role::Director) << true;
    QTest::newRow("finance") << int(Role::Finance) << true;
    QTest::newRow("caregiver") << int(Role::Caregiver) << false;
    QTest::newRow("outreach") << int(Role::Outreach) << false;
}

void TestChildTableModel::revealNeedsPermissionAndIsAudited()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    const auto views = [this] {
        return Sql::scalar(m_t.db->connection(), u"SELECT count(*) FROM audit_log WHERE action = 'view'"_s).toInt();
    };
    const int before = views();
    m_t.db->setActor(actor(Role(role)));
    const Status shown = ChildListing::reveal(*m_t.db, m_entries.first());
    m_t.db->setActor(Actor::systemActor());
    QCOMPARE(shown.ok(), allowed);
    QCOMPARE(views(), before + (allowed ? 1 : 0));
}

QTEST_GUILESS_MAIN(TestChildTableModel)
#include "tst_childtablemodel.moc"
