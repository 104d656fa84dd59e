#include "AttendanceFixtures.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/OutbreakDetector.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(QList<SickAbsence>)

// The outbreak rule: 3 sick absences with one symptom in a class on a care day, or 5 within 3 consecutive care days.
class TestOutbreak : public QObject
{
    Q_OBJECT

private slots:
    void rule_data();
    void rule();
    void symptomsMatchAfterNormalising_data();
    void symptomsMatchAfterNormalising();
    void windowStepsOverDaysWithoutCare();
    void classIsTheOneOnTheDay();
};

namespace {

constexpr qint64 ClassA = 1;
constexpr qint64 ClassB = 2;

// "MM-DD class child symptom" in November 2026, e.g. "11-18 A 3 发热".
QList<SickAbsence> cases(const QStringList& lines)
{
    QList<SickAbsence> list;
    for (const QString& line : lines) {
        const QStringList f = line.split(u' ');
        list << SickAbsence {f.at(2).toLongLong(), f.at(1) == u"A"_s ? ClassA : ClassB,
                             QDate::fromString(u"2026-"_s + f.at(0), Qt::ISODate), f.at(3)};
    }
    return list;
}

} // namespace

void TestOutbreak::rule_data()
{
    QTest::addColumn<QList<SickAbsence>>("absences");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("alerts"); // on the day
    QTest::addColumn<int>("rule"); // of the first alert on the day, when there is one
    QTest::addColumn<int>("children"); // of the first alert on the day
    QTest::addColumn<int>("monthAlerts"); // over November

    const QDate wed(2026, 11, 18), fri(2026, 11, 20), tue(2026, 11, 24);
    const int sameDay = int(OutbreakAlert::Rule::SameDay), window = int(OutbreakAlert::Rule::ThreeCareDays);
    QTest::newRow("2 on a day") << cases({u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s}) << wed << 0 << 0 << 0 << 0;
    QTest::newRow("3 on a day") << cases({u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s, u"11-18 A 3 发热"_s}) << wed << 1
                                << sameDay << 3 << 1;
    QTest::newRow("4 within 3 care days")
        << cases({u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s, u"11-19 A 3 发热"_s, u"11-20 A 4 发热"_s}) << fri << 0 << 0
        << 0 << 0;
    QTest::newRow("5 within 3 care days") << cases(
        {u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s, u"11-19 A 3 发热"_s, u"11-19 A 4 发热"_s, u"11-20 A 5 发热"_s})
                                          << fri << 1 << window << 5 << 1;
    QTest::newRow("5 spread over 4 care days") << cases(
        {u"11-17 A 1 发热"_s, u"11-17 A 2 发热"_s, u"11-18 A 3 发热"_s, u"11-19 A 4 发热"_s, u"11-20 A 5 发热"_s})
                                               << fri << 0 << 0 << 0 << 0;
    QTest::newRow("weekend inside the window") << cases(
        {u"11-20 A 1 腹泻"_s, u"11-20 A 2 腹泻"_s, u"11-23 A 3 腹泻"_s, u"11-23 A 4 腹泻"_s, u"11-24 A 5 腹泻"_s})
                                               << tue << 1 << window << 5 << 1;
    QTest::newRow("same count, different symptoms") << cases(
        {u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s, u"11-18 A 3 腹泻"_s, u"11-19 A 4 腹泻"_s, u"11-20 A 5 发热"_s})
                                                    << fri << 0 << 0 << 0 << 0;
    QTest::newRow("two classes each under the threshold")
        << cases({u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s, u"11-18 B 3 发热"_s, u"11-18 B 4 发热"_s}) << wed << 0 << 0
        << 0 << 0;
    QTest::newRow("a child sick on three days counts once")
        << cases({u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s, u"11-19 A 1 发热"_s, u"11-19 A 3 发热"_s,
                  u"11-20 A 1 发热"_s, u"11-20 A 4 发热"_s})
        << fri << 0 << 0 << 0 << 0;
    QTest::newRow("no sick child on the day")
        << cases({u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s, u"11-18 A 3 发热"_s}) << fri << 0 << 0 << 0 << 1;
    QTest::newRow("a new case keeps the alert up") << cases(
        {u"11-18 A 1 发热"_s, u"11-18 A 2 发热"_s, u"11-18 A 3 发热"_s, u"11-19 A 4 发热"_s, u"11-19 A 5 发热"_s})
                                                   << QDate(2026, 11, 19) << 1 << window << 5 << 2;
    QTest::newRow("a weekend day is no care day")
        << cases({u"11-21 A 1 发热"_s, u"11-21 A 2 发热"_s, u"11-21 A 3 发热"_s}) << QDate(2026, 11, 21) << 0 << 0 << 0
        << 0;
    QTest::newRow("no symptom noted matches nothing")
        << cases({u"11-18 A 1 -"_s, u"11-18 A 2 -"_s, u"11-18 A 3 -"_s}) << wed << 0 << 0 << 0 << 0;
}

void TestOutbreak::rule()
{
    QFETCH(QList<SickAbsence>, absences);
    QFETCH(QDate, day);
    QFETCH(int, alerts);
    QFETCH(int, rule);
    QFETCH(int, children);
    QFETCH(int, monthAlerts);

    for (SickAbsence& a : absences)
        if (a.symptom == u"-"_s)
            a.symptom.clear();
    const OutbreakDetector detector(CareCalendar(), absences);
    const QList<OutbreakAlert> found = detector.alertsOn(day);
    QCOMPARE(found.size(), alerts);
    if (!found.isEmpty()) {
        const OutbreakAlert& alert = found.first();
        QCOMPARE(int(alert.rule), rule);
        QCOMPARE(alert.childIds.size(), children);
        QCOMPARE(alert.classId, ClassA);
        QCOMPARE(alert.day, day);
        QCOMPARE(alert.days.last(), day);
        QVERIFY(alert.duty.contains(u"24"_s));
    }
    QCOMPARE(detector.alertsIn(Month(2026, 11)).size(), monthAlerts);
}

void TestOutbreak::symptomsMatchAfterNormalising_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("spaces around") << u" 发热 "_s << u"发热"_s << true;
    QTest::newRow("case") << u"Fever"_s << u"fever"_s << true;
    QTest::newRow("full-width letters") << u"ＦＥＶＥＲ"_s << u"fever"_s << true;
    QTest::newRow("full-width space inside") << u"手足口\u3000病"_s << u"手足口 病"_s << true;
    QTest::newRow("synonyms are not merged") << u"发烧"_s << u"发热"_s << false;
}

void TestOutbreak::symptomsMatchAfterNormalising()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    QCOMPARE(OutbreakDetector::normalisedSymptom(a) == OutbreakDetector::normalisedSymptom(b), same);
}

void TestOutbreak::windowStepsOverDaysWithoutCare()
{
    // 2026-11-23 is a Monday: the window reaches back over the weekend to Thursday and Friday.
    const OutbreakDetector detector(CareCalendar(), {});
    QCOMPARE(detector.windowEndingOn(QDate(2026, 11, 23)),
             QList<QDate>({QDate(2026, 11, 19), QDate(2026, 11, 20), QDate(2026, 11, 23)}));
    // A closure is no care day either.
    const OutbreakDetector closed(CareCalendar(OfficialCalendar::bundled(), {{QDate(2026, 11, 20), u"停暖"_s}}), {});
    QCOMPARE(closed.windowEndingOn(QDate(2026, 11, 23)),
             QList<QDate>({QDate(2026, 11, 18), QDate(2026, 11, 19), QDate(2026, 11, 23)}));
    QVERIFY(detector.windowEndingOn(QDate(2026, 11, 22)).isEmpty());
}

void TestOutbreak::classIsTheOneOnTheDay()
{
    qint64 classA = 0, classB = 0;
    auto t = rosterDatabase(classA, classB);
    QVERIFY(t);
    Database& db = *t->db;
    const QList<qint64> children
        = {enrolChild(db, u"王一"_s, classA), enrolChild(db, u"王二"_s, classA), enrolChild(db, u"王三"_s, classA)};
    QVERIFY(!children.contains(0));
    // The third child moves to 小二班 on Wednesday 2026-11-18.
    const QDate tue(2026, 11, 17), wed(2026, 11, 18);
    QVERIFY(ChildRepository(db).changePlacement(children.at(2), wed, classB, std::nullopt));
    QList<AttendanceRecord> records;
    for (qint64 child : children)
        records << sickDay(child, tue, u"发热"_s) << sickDay(child, wed, u"发热"_s);
    QVERIFY(AttendanceRepository(db).save(records));

    const Result<OutbreakDetector> detector = OutbreakDetector::load(db, tue, wed);
    QVERIFY2(detector, qPrintable(detector.error()));
    const QList<OutbreakAlert> onTuesday = detector->alertsOn(tue);
    QCOMPARE(onTuesday.size(), 1);
    QCOMPARE(onTuesday.first().classId, classA);
    QCOMPARE(onTuesday.first().childIds, children);
    QVERIFY(detector->alertsOn(wed).isEmpty());
}

QTEST_GUILESS_MAIN(TestOutbreak)
#include "tst_outbreak.moc"
