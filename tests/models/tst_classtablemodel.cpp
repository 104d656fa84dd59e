#include "itemmodels/ClassTableModel.h"
#include "itemmodels/ItemRoles.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace Qt::StringLiterals;

// The Classes page's table: children against capacity, caregivers against what is required, and the warnings
// counted in their column with the sentences in the tooltip and the raw role.
class TestClassTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsEachClass();
    void passesTheModelTester();

private:
    static QList<ClassStatus> classes();
};

QList<ClassStatus> TestClassTableModel::classes()
{
    ClassStatus calm;
    calm.record = {4, u"托小一班"_s, ClassType::YoungToddler, 15, u"102"_s, {7}};
    calm.children = {{1, u"王一"_s, QDate(2025, 6, 1), 17}, {2, u"王二"_s, QDate(2025, 7, 1), 16}};
    calm.caregivers = {u"张红"_s};
    calm.childrenPerCaregiver = 5;
    calm.caregiversRequired = 1;
    ClassStatus crowded;
    crowded.record = {9, u"乳儿一班"_s, ClassType::Infant, 1, u"101"_s, {}};
    crowded.children = {{3, u"李一"_s, QDate(2026, 2, 1), 9}, {5, u"李二"_s, QDate(2026, 3, 1), 8}};
    crowded.childrenPerCaregiver = 3;
    crowded.caregiversRequired = 1;
    crowded.warnings = {{ClassWarning::Kind::OverCapacity, u"乳儿一班 has 2 children."_s, 0},
                        {ClassWarning::Kind::ShortOfCaregivers, u"乳儿一班 needs a caregiver."_s, 0}};
    return {calm, crowded};
}

void TestClassTableModel::showsEachClass()
{
    ClassTableModel model;
    model.setClasses(classes());
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(ClassTableModel::ColumnCount));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };

    QCOMPARE(cell(0, ClassTableModel::NameColumn).toString(), u"托小一班"_s);
    QCOMPARE(cell(0, ClassTableModel::TypeColumn).toString(), RosterTypes::label(ClassType::YoungToddler));
    QCOMPARE(cell(0, ClassTableModel::TypeColumn, ItemRoles::Raw).toString(), u"young"_s);
    QCOMPARE(cell(0, ClassTableModel::RoomColumn).toString(), u"102"_s);
    QCOMPARE(cell(0, ClassTableModel::ChildrenColumn).toString(), u"2 / 15"_s);
    QCOMPARE(cell(0, ClassTableModel::ChildrenColumn, ItemRoles::Raw).toInt(), 2);
    QCOMPARE(cell(0, ClassTableModel::CaregiversColumn).toString(), u"1 / 1"_s);
    QCOMPARE(cell(0, ClassTableModel::CaregiverNamesColumn).toString(), u"张红"_s);
    QCOMPARE(cell(0, ClassTableModel::WarningsColumn).toString(), QString());
    QVERIFY(!cell(0, ClassTableModel::WarningsColumn, Qt::ToolTipRole).isValid());
    QVERIFY(!cell(0, ClassTableModel::ChildrenColumn, Qt::ForegroundRole).isValid());

    QCOMPARE(cell(1, ClassTableModel::ChildrenColumn).toString(), u"2 / 1"_s);
    QCOMPARE(cell(1, ClassTableModel::CaregiversColumn).toString(), u"0 / 1"_s);
    QVERIFY(cell(1, ClassTableModel::ChildrenColumn, Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(cell(1, ClassTableModel::CaregiversColumn, Qt::ForegroundRole).value<QColor>().isValid());
    QVERIFY(cell(1, ClassTableModel::WarningsColumn).toString().contains(u'2'));
    QCOMPARE(cell(1, ClassTableModel::WarningsColumn, ItemRoles::Raw).toStringList(),
             (QStringList {u"乳儿一班 has 2 children."_s, u"乳儿一班 needs a caregiver."_s}));
    QCOMPARE(cell(1, ClassTableModel::WarningsColumn, Qt::ToolTipRole).toString(),
             u"乳儿一班 has 2 children.\n乳儿一班 needs a caregiver."_s);

    QCOMPARE(model.rowOf(9), 1);
    QCOMPARE(model.rowOf(99), -1);
    QCOMPARE(model.status(0).record.id, 4);
    QCOMPARE(model.headerData(ClassTableModel::ChildrenColumn, Qt::Horizontal).toString(), u"Children / capacity"_s);
}

void TestClassTableModel::passesTheModelTester()
{
    ClassTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClasses(classes());
    model.setClasses({});
    model.setClasses(classes().mid(1));
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestClassTableModel)
#include "tst_classtablemodel.moc"
