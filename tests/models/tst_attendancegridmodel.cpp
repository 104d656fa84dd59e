#include "AttendanceFixtures.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/AttendanceStatuses.h"
#include "itemmodels/AttendanceGridModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/CalendarRepository.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;

// The month grid of a class: which days a child is expected in it, gaps against records, the totals and the 出勤率
// that AttendanceMonth computes, and edits that save a day and show it at once.
class TestAttendanceGridModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cells_data();
    void cells();
    void totalsAndRate();
    void closureIsNoColumn();
    void dayHeaders();
    void recordFillsAGap();
    void recordRefusesADayNotExpected();
    void sickNeedsSymptom();
    void recordKeepsTheDaysDetails();

private:
    void save(qint64 childId, int day, AttendanceStatus status);
    // One character per care day of the row of this child: '-' not expected, '.' gap, P, S, L, O as recorded;
    // empty when the child has no row.
    static QString rowText(const AttendanceGridModel& model, qint64 childId);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
    const Month m_november {2026, 11};
};

void TestAttendanceGridModel::init()
{
    m_t = rosterDatabase(m_classA, m_classB);
    // November is over: every care day of it is due.
    Clock::setFixed(QDateTime(QDate(2026, 12, 1), QTime(9, 0)));
    QVERIFY(m_t);
}

void TestAttendanceGridModel::save(qint64 childId, int day, AttendanceStatus status)
{
    AttendanceRecord r;
    r.childId = childId;
    r.day = QDate(2026, 11, day);
    r.status = status;
    r.symptom = status == AttendanceStatus::Sick ? u"发热"_s : QString();
    // Days outside the child's care are stored as records kept from before her dates changed: the grid must show
    // them as not expected.
    const Status s = AttendanceRepository(*m_t->db).save({r});
    if (!s)
        QVERIFY(storeUnchecked(*m_t->db, childId, r.day, status));
}

QString TestAttendanceGridModel::rowText(const AttendanceGridModel& model, qint64 childId)
{
    static const QHash<QString, QChar> marks
        = {{u"gap"_s, u'.'}, {u"present"_s, u'P'}, {u"sick"_s, u'S'}, {u"personal"_s, u'L'}, {u"other"_s, u'O'}};
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.child(row).childId != childId)
            continue;
        QString text;
        for (int column = 0; column < model.careDayCount(); ++column)
            text += marks.value(model.index(row, column).data(ItemRoles::Raw).toString(), u'-');
        return text;
    }
    return {};
}

void TestAttendanceGridModel::cells_data()
{
    // November 2026 has 21 care days: 2-6, 9-13, 16-20, 23-27, 30.
    QTest::addColumn<QDate>("enrolledOn");
    QTest::addColumn<QDate>("movedToB");
    QTest::addColumn<QDate>("lastDay");
    QTest::addColumn<QString>("rowInA");
    QTest::addColumn<QString>("rowInB");
    QTest::newRow("whole month in A") << QDate(2026, 9, 1) << QDate() << QDate() << u"PS.L.O..............."_s
                                      << QString();
    QTest::newRow("moved to B on the 16th") << QDate(2026, 9, 1) << QDate(2026, 11, 16) << QDate()
                                            << u"PS.L.O....-----------"_s << u"----------..........."_s;
    QTest::newRow("enrolled on the 4th") << QDate(2026, 11, 4) << QDate() << QDate() << u"--.L.O..............."_s
                                         << QString();
    QTest::newRow("withdrawn after the 20th")
        << QDate(2026, 9, 1) << QDate() << QDate(2026, 11, 20) << u"PS.L.O.........------"_s << QString();
}

void TestAttendanceGridModel::cells()
{
    QFETCH(QDate, enrolledOn);
    QFETCH(QDate, movedToB);
    QFETCH(QDate, lastDay);
    QFETCH(QString, rowInA);
    QFETCH(QString, rowInB);
    ChildRecord c = enrolledGirl();
    c.enrolledOn = enrolledOn;
    ChildRepository children(*m_t->db);
    const Result<qint64> child = children.add(c, Placement {m_classA, CareType::FullDay, enrolledOn, {}});
    QVERIFY2(child, qPrintable(child.error()));
    if (movedToB.isValid())
        QVERIFY(children.changePlacement(*child, movedToB, m_classB, {}));
    if (lastDay.isValid())
        QVERIFY(children.withdraw(*child, lastDay));
    // Records on days she was not in the class are left out of its grid.
    save(*child, 2, AttendanceStatus::Present);
    save(*child, 3, AttendanceStatus::Sick);
    save(*child, 5, AttendanceStatus::Personal);
    save(*child, 9, AttendanceStatus::Other);

    AttendanceGridModel model(*m_t->db);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(m_classA, m_november));
    QCOMPARE(model.careDayCount(), 21);
    QCOMPARE(rowText(model, *child), rowInA);
    QVERIFY(model.load(m_classB, m_november));
    QCOMPARE(rowText(model, *child), rowInB);
}

void TestAttendanceGridModel::totalsAndRate()
{
    const qint64 chenYi = enrolChild(*m_t->db, u"陈一"_s, m_classA);
    const qint64 chenEr = enrolChild(*m_t->db, u"陈二"_s, m_classA);
    QVERIFY(chenYi && chenEr);
    save(chenYi, 2, AttendanceStatus::Present);
    save(chenYi, 3, AttendanceStatus::Present);
    save(chenYi, 4, AttendanceStatus::Sick);
    save(chenEr, 2, AttendanceStatus::Present);
    save(chenEr, 3, AttendanceStatus::Other);

    AttendanceGridModel model(*m_t->db);
    QVERIFY(model.load(m_classA, m_november));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.headerData(0, Qt::Vertical).toString(), u"陈一"_s);
    const int first = model.careDayCount();
    const auto total = [&](int row, int column) { return model.index(row, first + column).data(ItemRoles::Raw); };
    QCOMPARE(total(0, AttendanceGridModel::ExpectedTotal), 21);
    QCOMPARE(total(0, AttendanceGridModel::PresentTotal), 2);
    QCOMPARE(total(0, AttendanceGridModel::SickTotal), 1);
    QCOMPARE(total(0, AttendanceGridModel::NotRecordedTotal), 18);
    QCOMPARE(total(1, AttendanceGridModel::OtherTotal), 1);
    QCOMPARE(total(1, AttendanceGridModel::NotRecordedTotal), 19);

    const Result<AttendanceMonthSummary> summary = AttendanceMonth::compute(*m_t->db, m_november);
    QVERIFY(summary);
    QCOMPARE(model.totals().present, summary->classes.first().totals.present);
    QCOMPARE(model.totals().notRecorded, 37);
    QCOMPARE(model.totals().rate().text(), u"3 / 42 = 7.1%"_s);
}

void TestAttendanceGridModel::closureIsNoColumn()
{
    QVERIFY(enrolChild(*m_t->db, u"陈一"_s, m_classA));
    QVERIFY(CalendarRepository(*m_t->db).addClosure(QDate(2026, 11, 18), u"停暖检修"_s));
    AttendanceGridModel model(*m_t->db);
    QVERIFY(model.load(m_classA, m_november));
    QCOMPARE(model.careDayCount(), 20);
    for (int column = 0; column < model.careDayCount(); ++column)
        QVERIFY(model.dayOf(column) != QDate(2026, 11, 18));
    QCOMPARE(model.index(0, 20 + AttendanceGridModel::ExpectedTotal).data().toInt(), 20);
}

void TestAttendanceGridModel::dayHeaders()
{
    QVERIFY(enrolChild(*m_t->db, u"陈一"_s, m_classA));
    AttendanceGridModel model(*m_t->db);
    QVERIFY(model.load(m_classA, m_november));
    const QLocale locale;
    QCOMPARE(model.headerData(0, Qt::Horizontal).toString(), u"2\n"_s + locale.dayName(1, QLocale::ShortFormat));
    QCOMPARE(model.headerData(5, Qt::Horizontal, ItemRoles::Raw).toDate(), QDate(2026, 11, 9));
    QCOMPARE(model.headerData(20, Qt::Horizontal, ItemRoles::Raw).toDate(), QDate(2026, 11, 30));
    QCOMPARE(model.columnCount(), 21 + AttendanceGridModel::TotalColumnCount);
}

void TestAttendanceGridModel::recordFillsAGap()
{
    const qint64 chen = enrolChild(*m_t->db, u"陈一"_s, m_classA);
    QVERIFY(chen);
    AttendanceGridModel model(*m_t->db);
    QVERIFY(model.load(m_classA, m_november));
    QVERIFY(model.flags(model.index(0, 1)).testFlag(Qt::ItemIsEditable));
    QVERIFY(model.setData(model.index(0, 1), u"present"_s));
    QCOMPARE(rowText(model, chen), u".P..................."_s);
    QCOMPARE(model.totals().present, 1);
    QCOMPARE(model.totals().notRecorded, 20);
    QCOMPARE(model.index(0, 1).data().toString(), AttendanceStatuses::symbol(AttendanceStatus::Present));
    const Result<QList<AttendanceRecord>> saved
        = AttendanceRepository(*m_t->db).records(QDate(2026, 11, 3), QDate(2026, 11, 3));
    QVERIFY(saved);
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->first().status, AttendanceStatus::Present);
}

void TestAttendanceGridModel::recordRefusesADayNotExpected()
{
    ChildRecord c = enrolledGirl();
    c.enrolledOn = QDate(2026, 11, 4);
    const Result<qint64> child
        = ChildRepository(*m_t->db).add(c, Placement {m_classA, CareType::FullDay, c.enrolledOn, {}});
    QVERIFY(child);
    AttendanceGridModel model(*m_t->db);
    QVERIFY(model.load(m_classA, m_november));
    const QModelIndex before = model.index(0, 0);
    QCOMPARE(model.cell(before).kind, AttendanceCell::Kind::NotExpected);
    QVERIFY(!model.flags(before).testFlag(Qt::ItemIsEditable));
    const Status refused = model.record(before, AttendanceStatus::Present);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(c.name), qPrintable(refused.error()));
    const Result<QList<AttendanceRecord>> saved
        = AttendanceRepository(*m_t->db).records(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY(saved);
    QVERIFY(saved->isEmpty());
}

void TestAttendanceGridModel::sickNeedsSymptom()
{
    const qint64 chen = enrolChild(*m_t->db, u"陈一"_s, m_classA);
    QVERIFY(chen);
    AttendanceGridModel model(*m_t->db);
    QVERIFY(model.load(m_classA, m_november));
    QVERIFY(!model.setData(model.index(0, 0), u"sick"_s));
    QVERIFY(!model.record(model.index(0, 0), AttendanceStatus::Sick, u"  "_s));
    QCOMPARE(rowText(model, chen).left(1), u"."_s);
    QVERIFY(model.record(model.index(0, 0), AttendanceStatus::Sick, u" 咳嗽 "_s));
    QCOMPARE(rowText(model, chen).left(1), u"S"_s);
    const Result<QList<SickAbsence>> sick
        = AttendanceRepository(*m_t->db).sickAbsences(QDate(2026, 11, 2), QDate(2026, 11, 2));
    QVERIFY(sick);
    QCOMPARE(sick->size(), 1);
    QCOMPARE(sick->first().symptom, u"咳嗽"_s);
}

void TestAttendanceGridModel::recordKeepsTheDaysDetails()
{
    const qint64 chen = enrolChild(*m_t->db, u"陈一"_s, m_classA);
    QVERIFY(chen);
    AttendanceRecord r;
    r.childId = chen;
    r.day = QDate(2026, 11, 2);
    r.arrival = QTime(8, 5);
    r.temperatureTenths = 366;
    QVERIFY(AttendanceRepository(*m_t->db).save({r}));
    AttendanceGridModel model(*m_t->db);
    QVERIFY(model.load(m_classA, m_november));
    QVERIFY(model.setData(model.index(0, 0), u"personal"_s));
    const Result<QList<AttendanceRecord>> saved = AttendanceRepository(*m_t->db).records(r.day, r.day);
    QVERIFY(saved);
    QCOMPARE(saved->size(), 1);
    QCOMPARE(saved->first().status, AttendanceStatus::Personal);
    // The morning check stays; the arrival belonged to a presence and goes with it.
    QCOMPARE(saved->first().arrival, QTime());
    QCOMPARE(saved->first().temperatureTenths, 366);
}

QTEST_GUILESS_MAIN(TestAttendanceGridModel)
#include "tst_attendancegridmodel.moc"
