#include "AttendanceFixtures.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/AttendanceStatuses.h"
#include "attendance/DailySheet.h"
#include "attendance/OutbreakWatch.h"
#include "itemmodels/DailySheetModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/CalendarRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

// A class's daily sheet: who is on it, what it starts from, what saving it writes, and the outbreak alerts beside it.
class TestDailySheet : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void childrenOfTheClassThatDay_data();
    void childrenOfTheClassThatDay();
    void dayWithoutCareHasNoSheet_data();
    void dayWithoutCareHasNoSheet();
    void caregiverOpensOnlyHerClasses();
    void allPresentFillsOnlyUntouchedRows();
    void onlyEditedRowsAreSaved();
    void problemsNameTheChildAndField();
    void hoursFollowTheTimesOfHourlyCare();
    void outbreakAlertStaysInViewForItsWindow_data();
    void outbreakAlertStaysInViewForItsWindow();

private:
    DailySheet sheet(qint64 classId, QDate day);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
    qint64 m_wang = 0; // 王一 in 小一班
    qint64 m_li = 0; // 李二 in 小一班, moved to 小二班 from 2026-11-18
    qint64 m_zhao = 0; // 赵三 in 小二班
    const QDate m_monday {2026, 11, 16};
};

void TestDailySheet::init()
{
    m_t = rosterDatabase(m_classA, m_classB);
    QVERIFY(m_t);
    m_wang = enrolChild(*m_t->db, u"王一"_s, m_classA);
    m_li = enrolChild(*m_t->db, u"李二"_s, m_classA);
    m_zhao = enrolChild(*m_t->db, u"赵三"_s, m_classB);
    QVERIFY(m_wang && m_li && m_zhao);
    QVERIFY(ChildRepository(*m_t->db).changePlacement(m_li, QDate(2026, 11, 18), m_classB, std::nullopt));
}

DailySheet TestDailySheet::sheet(qint64 classId, QDate day)
{
    const Result<DailySheet> loaded = DailySheet::load(*m_t->db, classId, day);
    if (!loaded)
        qWarning().noquote() << loaded.error();
    return loaded.value_or(DailySheet {});
}

void TestDailySheet::childrenOfTheClassThatDay_data()
{
    QTest::addColumn<bool>("classA");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("小一班 before the move") << true << QDate(2026, 11, 17) << QStringList {u"李二"_s, u"王一"_s};
    QTest::newRow("小一班 from the move") << true << QDate(2026, 11, 18) << QStringList {u"王一"_s};
    QTest::newRow("小二班 before the move") << false << QDate(2026, 11, 17) << QStringList {u"赵三"_s};
    QTest::newRow("小二班 from the move") << false << QDate(2026, 11, 18) << QStringList {u"李二"_s, u"赵三"_s};
    QTest::newRow("before anyone was enrolled") << true << QDate(2026, 8, 31) << QStringList {};
}

void TestDailySheet::childrenOfTheClassThatDay()
{
    QFETCH(bool, classA);
    QFETCH(QDate, day);
    QFETCH(QStringList, names);
    QStringList found;
    for (const SheetChild& c : sheet(classA ? m_classA : m_classB, day).children)
        found << c.name;
    QCOMPARE(found, names);
}

void TestDailySheet::dayWithoutCareHasNoSheet_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<bool>("careDay");
    QTest::addColumn<QString>("reasonMentions");

    QTest::newRow("a Tuesday") << QDate(2026, 11, 17) << true << QString();
    QTest::newRow("a Saturday") << QDate(2026, 11, 21) << false << u"weekend"_s;
    QTest::newRow("National Day") << QDate(2026, 10, 1) << false << u"holiday"_s;
    QTest::newRow("the closure") << QDate(2026, 11, 19) << false << u"停暖检修"_s;
}

void TestDailySheet::dayWithoutCareHasNoSheet()
{
    QFETCH(QDate, day);
    QFETCH(bool, careDay);
    QFETCH(QString, reasonMentions);
    QVERIFY(CalendarRepository(*m_t->db).addClosure(QDate(2026, 11, 19), u"停暖检修"_s));
    const DailySheet s = sheet(m_classA, day);
    QCOMPARE(s.isCareDay(), careDay);
    QCOMPARE(s.children.isEmpty(), !careDay);
    QCOMPARE(s.noSheetReason().isEmpty(), careDay);
    QVERIFY2(s.noSheetReason().contains(reasonMentions), qPrintable(s.noSheetReason()));
}

void TestDailySheet::caregiverOpensOnlyHerClasses()
{
    m_t->db->setActor(caregiverActor({m_classB}));
    const Result<QList<ClassRecord>> classes = ClassRepository(*m_t->db).attendanceClasses();
    QVERIFY(classes);
    QCOMPARE(classes->size(), 1);
    QCOMPARE(classes->first().id, m_classB);
    QVERIFY(DailySheet::load(*m_t->db, m_classB, m_monday));
    const Result<DailySheet> other = DailySheet::load(*m_t->db, m_classA, m_monday);
    QVERIFY(!other);
    QVERIFY(other.error().contains(u"wangfang"_s));
}

void TestDailySheet::allPresentFillsOnlyUntouchedRows()
{
    AttendanceRecord saved = sickDay(m_wang, m_monday, u"发热"_s);
    QVERIFY(AttendanceRepository(*m_t->db).save({saved}));
    DailySheetModel model;
    model.setSheet(sheet(m_classA, m_monday)); // 李二, 王一 (saved sick)
    QCOMPARE(model.data(model.index(1, DailySheetModel::StatusColumn)).toString(),
             AttendanceStatuses::label(AttendanceStatus::Sick));
    QCOMPARE(model.data(model.index(0, DailySheetModel::StatusColumn), ItemRoles::Raw), QVariant());
    QCOMPARE(model.markUntouchedPresent(), 1);
    QCOMPARE(model.markUntouchedPresent(), 0);
    const QList<AttendanceRecord> changes = model.changes();
    QCOMPARE(changes.size(), 1);
    QCOMPARE(changes.first().childId, m_li);
    QCOMPARE(changes.first().status, AttendanceStatus::Present);
}

void TestDailySheet::onlyEditedRowsAreSaved()
{
    DailySheetModel model;
    model.setSheet(sheet(m_classB, QDate(2026, 11, 18))); // 李二, 赵三
    QVERIFY(!model.hasChanges());
    QVERIFY(model.setStatus(1, AttendanceStatus::Sick, u" 腹泻 "_s));
    QVERIFY(model.setData(model.index(1, DailySheetModel::NoteColumn), u"妈妈来电"_s));
    QVERIFY(model.hasChanges());
    QVERIFY(model.problems().isEmpty());
    const QList<AttendanceRecord> changes = model.changes();
    QVERIFY(AttendanceRepository(*m_t->db).save(changes));
    QCOMPARE(DailySheetModel::savedSummary(changes, QDate(2026, 11, 18)).contains(u"1"_s), true);

    // Read back: 赵三 sick with the symptom, 李二 still a gap.
    model.setSheet(sheet(m_classB, QDate(2026, 11, 18)));
    QVERIFY(!model.hasChanges());
    QVERIFY(!model.sheet().children.at(0).saved);
    const std::optional<AttendanceRecord> zhao = model.sheet().children.at(1).saved;
    QVERIFY(zhao);
    QCOMPARE(zhao->status, AttendanceStatus::Sick);
    QCOMPARE(zhao->symptom, u"腹泻"_s);
    QCOMPARE(zhao->note, u"妈妈来电"_s);
}

void TestDailySheet::problemsNameTheChildAndField()
{
    DailySheetModel model;
    model.setSheet(sheet(m_classA, m_monday)); // 李二, 王一
    QVERIFY(model.setStatus(0, AttendanceStatus::Present));
    QVERIFY(model.setData(model.index(0, DailySheetModel::TemperatureColumn), u"3.66"_s));
    QVERIFY(model.setData(model.index(1, DailySheetModel::TemperatureColumn), u"36.5"_s));
    const QStringList problems = model.problems();
    QCOMPARE(problems.size(), 2);
    QVERIFY2(problems.at(0).startsWith(u"李二"_s) && problems.at(0).contains(u"3.66"_s), qPrintable(problems.at(0)));
    QVERIFY2(problems.at(1).startsWith(u"王一"_s), qPrintable(problems.at(1))); // a temperature but no status
}

void TestDailySheet::hoursFollowTheTimesOfHourlyCare()
{
    QVERIFY(ChildRepository(*m_t->db).changePlacement(m_wang, m_monday, std::nullopt, CareType::Hourly));
    DailySheetModel model;
    model.setSheet(sheet(m_classA, m_monday));
    const QModelIndex fullDayHours = model.index(0, DailySheetModel::HoursColumn);
    const QModelIndex hourlyHours = model.index(1, DailySheetModel::HoursColumn);
    QVERIFY(!(model.flags(fullDayHours) & Qt::ItemIsEditable));
    QVERIFY(model.flags(hourlyHours) & Qt::ItemIsEditable);
    QVERIFY(model.setStatus(1, AttendanceStatus::Present));
    QVERIFY(model.setData(model.index(1, DailySheetModel::ArrivalColumn), QTime(9, 0)));
    QVERIFY(model.setData(model.index(1, DailySheetModel::DepartureColumn), QTime(11, 20)));
    QCOMPARE(model.data(hourlyHours).toInt(), 3);
    QVERIFY(model.problems().isEmpty());
}

void TestDailySheet::outbreakAlertStaysInViewForItsWindow_data()
{
    QTest::addColumn<QDate>("viewed");
    QTest::addColumn<int>("notices");

    // Three children of 小一班 sick with 发热 on Monday 2026-11-16.
    QTest::newRow("the day itself") << QDate(2026, 11, 16) << 1;
    QTest::newRow("two care days later") << QDate(2026, 11, 18) << 1;
    QTest::newRow("three care days later") << QDate(2026, 11, 19) << 0;
    QTest::newRow("the day before") << QDate(2026, 11, 13) << 0;
}

void TestDailySheet::outbreakAlertStaysInViewForItsWindow()
{
    QFETCH(QDate, viewed);
    QFETCH(int, notices);
    const qint64 third = enrolChild(*m_t->db, u"孙四"_s, m_classA);
    QVERIFY(third);
    QVERIFY(
        AttendanceRepository(*m_t->db).save({sickDay(m_wang, m_monday, u"发热"_s), sickDay(m_li, m_monday, u"发热"_s),
                                             sickDay(third, m_monday, u"发热"_s)}));
    const Result<QList<OutbreakNotice>> found = OutbreakWatch::around(*m_t->db, viewed);
    QVERIFY(found);
    QCOMPARE(found->size(), notices);
    if (notices) {
        const OutbreakNotice& n = found->first();
        QCOMPARE(n.className, u"小一班"_s);
        QCOMPARE(n.childNames.size(), 3);
        QVERIFY2(n.text.contains(u"小一班"_s) && n.text.contains(u"发热"_s) && n.text.contains(u"王一"_s),
                 qPrintable(n.text));
        QVERIFY(!n.alert.duty.isEmpty());
    }
    m_t->db->setActor(caregiverActor({m_classB}));
    const Result<QList<OutbreakNotice>> hers = OutbreakWatch::around(*m_t->db, viewed);
    QVERIFY(hers);
    QVERIFY(hers->isEmpty());
}

QTEST_GUILESS_MAIN(TestDailySheet)
#include "tst_dailysheet.moc"
