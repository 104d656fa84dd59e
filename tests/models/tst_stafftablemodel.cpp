#include "itemmodels/ItemRoles.h"
#include "itemmodels/StaffTableModel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QTest>

using namespace Qt::StringLiterals;

// The Staff page's table: role labels, class names, masked phone and ID numbers, a line of certificates and
// whether each person is in post on the day.
class TestStaffTableModel : public QObject
{
    Q_OBJECT

private slots:
    void showsEachPerson();
    void passesTheModelTester();

private:
    static QList<StaffRecord> staff();
    static QList<QualificationType> types();
    static inline const QDate Day {2026, 11, 20};
};

QList<QualificationType> TestStaffTableModel::types()
{
    return {{u"childcare_worker"_s, u"保育师"_s, u"Childcare worker"_s, true, false},
            {u"health_certificate"_s, u"健康合格证"_s, u"Health certificate"_s, false, true}};
}

QList<StaffRecord> TestStaffTableModel::staff()
{
    StaffRecord caregiver;
    caregiver.id = 1;
    caregiver.name = u"张红"_s;
    caregiver.role = StaffRole::Caregiver;
    caregiver.phone = u"13812345678"_s;
    caregiver.idNumber = u"11010519491231002X"_s;
    caregiver.hiredOn = QDate(2025, 3, 1);
    caregiver.classIds = {4, 8};
    caregiver.qualifications = {{u"health_certificate"_s, {}, u"JK1"_s, {}, QDate(2025, 12, 1), QDate(2026, 11, 30)},
                                {u"childcare_worker"_s, u"四级"_s, u"BY1"_s, {}, QDate(2024, 1, 1), {}}};
    StaffRecord cook;
    cook.id = 2;
    cook.name = u"李娟"_s;
    cook.role = StaffRole::Cook;
    cook.hiredOn = QDate(2024, 1, 1);
    cook.leftOn = QDate(2026, 6, 30);
    cook.qualifications = {{u"health_certificate"_s, {}, {}, {}, {}, QDate(2026, 5, 1)}};
    return {caregiver, cook};
}

void TestStaffTableModel::showsEachPerson()
{
    StaffTableModel model;
    model.setStaff(staff(), {{4, u"托小一班"_s}}, types(), Day);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.columnCount(), int(StaffTableModel::ColumnCount));
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };

    QCOMPARE(cell(0, StaffTableModel::NameColumn).toString(), u"张红"_s);
    QCOMPARE(cell(0, StaffTableModel::RoleColumn).toString(), u"Caregiver"_s);
    QCOMPARE(cell(0, StaffTableModel::RoleColumn, ItemRoles::Raw).toString(), u"caregiver"_s);
    QCOMPARE(cell(0, StaffTableModel::ClassesColumn).toString(), u"托小一班, 8"_s);
    QCOMPARE(cell(0, StaffTableModel::ClassesColumn, ItemRoles::Raw).value<QList<qint64>>(), (QList<qint64> {4, 8}));
    QCOMPARE(cell(0, StaffTableModel::PhoneColumn).toString(), u"138****5678"_s);
    QCOMPARE(cell(0, StaffTableModel::IdNumberColumn).toString(), u"110105********002X"_s);
    // The raw role masks too: nothing reads whole numbers from this table.
    QCOMPARE(cell(0, StaffTableModel::IdNumberColumn, ItemRoles::Raw).toString(), u"110105********002X"_s);
    // The certificate that counts comes first, whatever order they were entered in.
    QCOMPARE(cell(0, StaffTableModel::QualificationsColumn).toString(),
             u"Childcare worker (四级); Health certificate until 2026-11-30"_s);
    QCOMPARE(cell(0, StaffTableModel::QualificationsColumn, Qt::ToolTipRole),
             cell(0, StaffTableModel::QualificationsColumn));
    QCOMPARE(cell(0, StaffTableModel::StatusColumn).toString(), u"In post"_s);
    QCOMPARE(cell(0, StaffTableModel::StatusColumn, ItemRoles::Raw).toBool(), true);
    QVERIFY(!cell(0, StaffTableModel::NameColumn, Qt::ForegroundRole).isValid());

    QCOMPARE(cell(1, StaffTableModel::StatusColumn).toString(), u"Left on 2026-06-30"_s);
    QCOMPARE(cell(1, StaffTableModel::StatusColumn, ItemRoles::Raw).toBool(), false);
    QCOMPARE(cell(1, StaffTableModel::NameColumn, Qt::ForegroundRole).value<QColor>(), QColor(Qt::gray));
    QCOMPARE(cell(1, StaffTableModel::QualificationsColumn).toString(), u"Health certificate, expired 2026-05-01"_s);
    QCOMPARE(cell(1, StaffTableModel::PhoneColumn).toString(), QString());

    QCOMPARE(model.rowOf(2), 1);
    QCOMPARE(model.rowOf(3), -1);
}

void TestStaffTableModel::passesTheModelTester()
{
    StaffTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setStaff(staff(), {}, types(), Day);
    model.setStaff({}, {}, {}, Day);
    model.setStaff(staff().mid(1), {}, types(), Day);
    QCOMPARE(model.rowCount(), 1);
}

QTEST_GUILESS_MAIN(TestStaffTableModel)
#include "tst_stafftablemodel.moc"
