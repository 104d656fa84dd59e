#include "itemmodels/ItemRoles.h"
#include "itemmodels/UserTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace Qt::StringLiterals;

// The Users page's table: names, role labels, class names instead of ids, the account's state and the last login,
// with the raw values beside them.
class TestUserTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsEachUser();
    void passesTheModelTester();

private:
    static QList<User> users();
};

QList<User> TestUserTableModel::users()
{
    User director;
    director.id = 1;
    director.name = u"admin"_s;
    director.role = Role::Director;
    director.lastLoginAt = QDateTime(QDate(2026, 11, 20), QTime(8, 5));
    User caregiver;
    caregiver.id = 2;
    caregiver.name = u"wangfang"_s;
    caregiver.fullName = u"王芳"_s;
    caregiver.classIds = {3, 9};
    User finance;
    finance.id = 3;
    finance.name = u"lijing"_s;
    finance.fullName = u"李静"_s;
    finance.role = Role::Finance;
    finance.disabled = true;
    return {director, caregiver, finance};
}

void TestUserTableModel::showsEachUser()
{
    UserTableModel model;
    model.setUsers(users(), {{3, u"向日葵班"_s}});
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.columnCount(), int(UserTableModel::ColumnCount));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };

    QCOMPARE(cell(0, UserTableModel::NameColumn).toString(), u"admin"_s);
    QCOMPARE(cell(0, UserTableModel::RoleColumn).toString(), u"Director"_s);
    QCOMPARE(cell(0, UserTableModel::RoleColumn, ItemRoles::Raw).toString(), u"director"_s);
    QCOMPARE(cell(0, UserTableModel::LastLoginColumn).toString(), u"2026-11-20 08:05"_s);
    QCOMPARE(cell(0, UserTableModel::LastLoginColumn, ItemRoles::Raw).toDateTime(),
             QDateTime(QDate(2026, 11, 20), QTime(8, 5)));
    QCOMPARE(cell(0, UserTableModel::StatusColumn).toString(), u"Active"_s);

    // A class the page could not name is still shown, by its id.
    QCOMPARE(cell(1, UserTableModel::ClassesColumn).toString(), u"向日葵班, 9"_s);
    QCOMPARE(cell(1, UserTableModel::ClassesColumn, ItemRoles::Raw).value<QList<qint64>>(), (QList<qint64> {3, 9}));
    QCOMPARE(cell(1, UserTableModel::FullNameColumn).toString(), u"王芳"_s);
    QCOMPARE(cell(1, UserTableModel::LastLoginColumn).toString(), u"never"_s);
    QVERIFY(!cell(1, UserTableModel::LastLoginColumn, ItemRoles::Raw).toDateTime().isValid());

    QCOMPARE(cell(2, UserTableModel::StatusColumn).toString(), u"Disabled"_s);
    QCOMPARE(cell(2, UserTableModel::StatusColumn, ItemRoles::Raw).toBool(), true);
    QCOMPARE(cell(2, UserTableModel::NameColumn, Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QVERIFY(!cell(1, UserTableModel::NameColumn, Qt::ForegroundRole).isValid());

    QCOMPARE(model.rowOf(u"lijing"_s), 2);
    QCOMPARE(model.rowOf(u"nobody"_s), -1);
    QCOMPARE(model.user(1).name, u"wangfang"_s);
}

void TestUserTableModel::passesTheModelTester()
{
    UserTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setUsers(users(), {});
    model.setUsers({}, {});
    model.setUsers(users().mid(1), {{3, u"向日葵班"_s}});
    QCOMPARE(model.rowCount(), 2);
}

QTEST_GUILESS_MAIN(TestUserTableModel)
#include "tst_usertablemodel.moc"
