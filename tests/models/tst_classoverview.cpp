#include "TempDatabase.h"
#include "common/PolicyKey.h"
#include "roster/ChildRepository.h"
#include "roster/ClassOverview.h"
#include "roster/ClassRepository.h"
#include "roster/StaffRepository.h"
#include "store/PolicyRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The classes on a day as the national standard sees them: who is counted in which class after moves, withdrawals
// and late enrolments, the caregivers each needs, and every kind of warning with its edges.
class TestClassOverview : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void countsChildrenInForceOnTheDay_data();
    void countsChildrenInForceOnTheDay();
    void caregiversRequired_data();
    void caregiversRequired();
    void mixedClassTakesTheRatioFromThePolicy();
    void ageFits_data();
    void ageFits();
    void countsOnlyCaregiversInPost();
    void warnsOverCapacityAndShortOfCaregivers();
    void warnsCapacityAboveTheNationalMaximum();
    void warnsAgeOutsideTheClassFromTheDayItHappens_data();
    void warnsAgeOutsideTheClassFromTheDayItHappens();
    void placementWarningsForAProspectiveChild();
    void needsPermissionToViewTheRoster();

private:
    qint64 addClass(const QString& name, ClassType type, int capacity);
    qint64 addChild(const QString& name, QDate birth, qint64 classId, QDate enrolled, QDate placedFrom = {});
    qint64 addStaff(const QString& name, StaffRole role, QList<qint64> classIds, QDate hired = QDate(2026, 1, 1),
                    QDate left = {});
    ClassStatus statusOf(qint64 classId, QDate day);
    static QStringList texts(const QList<ClassWarning>& warnings, ClassWarning::Kind kind);

    std::unique_ptr<TempDatabase> m_t;
};

void TestClassOverview::init()
{
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
}

qint64 TestClassOverview::addClass(const QString& name, ClassType type, int capacity)
{
    ClassRecord c;
    c.name = name;
    c.type = type;
    c.capacity = capacity;
    const Result<qint64> id = ClassRepository(*m_t->db).add(c);
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

qint64 TestClassOverview::addChild(const QString& name, QDate birth, qint64 classId, QDate enrolled, QDate placedFrom)
{
    ChildRecord c;
    c.name = name;
    c.gender = Gender::Female;
    c.birthDate = birth;
    c.enrolledOn = enrolled;
    const Placement placement {classId, CareType::FullDay, placedFrom.isValid() ? placedFrom : enrolled, {}};
    const Result<qint64> id = ChildRepository(*m_t->db).add(c, placement);
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

qint64 TestClassOverview::addStaff(const QString& name, StaffRole role, QList<qint64> classIds, QDate hired, QDate left)
{
    StaffRecord s;
    s.name = name;
    s.role = role;
    s.hiredOn = hired;
    s.leftOn = left;
    s.classIds = std::move(classIds);
    const Result<qint64> id = StaffRepository(*m_t->db).add(s);
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

ClassStatus TestClassOverview::statusOf(qint64 classId, QDate day)
{
    const Result<QList<ClassStatus>> all = ClassOverview::load(*m_t->db, day);
    if (!all)
        qWarning().noquote() << all.error();
    for (const ClassStatus& s : all.value_or({}))
        if (s.record.id == classId)
            return s;
    return {};
}

QStringList TestClassOverview::texts(const QList<ClassWarning>& warnings, ClassWarning::Kind kind)
{
    QStringList list;
    for (const ClassWarning& w : warnings)
        if (w.kind == kind)
            list << w.text;
    return list;
}

void TestClassOverview::countsChildrenInForceOnTheDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("infants");
    QTest::addColumn<int>("toddlers");
    QTest::newRow("before anyone is enrolled") << QDate(2026, 8, 31) << 0 << 0;
    QTest::newRow("first day") << QDate(2026, 9, 1) << 2 << 1;
    QTest::newRow("last day of the child who left") << QDate(2026, 11, 5) << 2 << 1;
    QTest::newRow("day after she left") << QDate(2026, 11, 6) << 2 << 0;
    QTest::newRow("placed but not yet enrolled") << QDate(2026, 11, 9) << 2 << 0;
    QTest::newRow("day of the move") << QDate(2026, 11, 10) << 1 << 1;
    QTest::newRow("late enrolment begins") << QDate(2026, 11, 25) << 1 << 2;
}

void TestClassOverview::countsChildrenInForceOnTheDay()
{
    QFETCH(QDate, day);
    QFETCH(int, infants);
    QFETCH(int, toddlers);
    const qint64 infantClass = addClass(u"乳儿一班"_s, ClassType::Infant, 10);
    const qint64 toddlerClass = addClass(u"托小一班"_s, ClassType::YoungToddler, 15);
    ChildRepository children(*m_t->db);
    addChild(u"李一"_s, QDate(2026, 1, 15), infantClass, QDate(2026, 9, 1));
    const qint64 mover = addChild(u"李二"_s, QDate(2025, 11, 1), infantClass, QDate(2026, 9, 1));
    QVERIFY(children.changePlacement(mover, QDate(2026, 11, 10), toddlerClass, CareType::FullDay).ok());
    const qint64 leaver = addChild(u"李三"_s, QDate(2025, 6, 1), toddlerClass, QDate(2026, 9, 1));
    QVERIFY(children.withdraw(leaver, QDate(2026, 11, 5)).ok());
    // Her placement is recorded from the 1st, but she starts only on the 25th.
    addChild(u"李四"_s, QDate(2025, 5, 1), toddlerClass, QDate(2026, 11, 25), QDate(2026, 11, 1));
    // On the waiting list: no enrolment, so never counted.
    ChildRecord waiting;
    waiting.name = u"李五"_s;
    waiting.gender = Gender::Male;
    waiting.birthDate = QDate(2025, 7, 1);
    waiting.appliedOn = QDate(2026, 8, 1);
    QVERIFY(children.add(waiting, std::nullopt).ok());

    QCOMPARE(statusOf(infantClass, day).children.size(), infants);
    QCOMPARE(statusOf(toddlerClass, day).children.size(), toddlers);
}

void TestClassOverview::caregiversRequired_data()
{
    QTest::addColumn<ClassType>("type");
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("required");
    QTest::newRow("empty class") << ClassType::Infant << 0 << 0;
    QTest::newRow("infant 3") << ClassType::Infant << 3 << 1;
    QTest::newRow("infant 4") << ClassType::Infant << 4 << 2;
    QTest::newRow("infant 10") << ClassType::Infant << 10 << 4;
    QTest::newRow("young 5") << ClassType::YoungToddler << 5 << 1;
    QTest::newRow("young 6") << ClassType::YoungToddler << 6 << 2;
    QTest::newRow("young 15") << ClassType::YoungToddler << 15 << 3;
    QTest::newRow("older 7") << ClassType::OlderToddler << 7 << 1;
    QTest::newRow("older 8") << ClassType::OlderToddler << 8 << 2;
    QTest::newRow("older 20") << ClassType::OlderToddler << 20 << 3;
    QTest::newRow("family point 5") << ClassType::FamilyPoint << 5 << 2;
    QTest::newRow("mixed 5 at the default 1:5") << ClassType::Mixed << 5 << 1;
    QTest::newRow("mixed 6 at the default 1:5") << ClassType::Mixed << 6 << 2;
}

void TestClassOverview::caregiversRequired()
{
    QFETCH(ClassType, type);
    QFETCH(int, children);
    QFETCH(int, required);
    const int ratio = ClassOverview::childrenPerCaregiver(type, PolicyParameters::defaults(), QDate(2026, 11, 20));
    QCOMPARE(ClassOverview::caregiversRequired(children, ratio), required);
}

void TestClassOverview::mixedClassTakesTheRatioFromThePolicy()
{
    QVERIFY(PolicyRepository(*m_t->db).save({PolicyKey::RatioMixed, Month(2026, 11), {}, 4, u"test"_s}).ok());
    const qint64 mixed = addClass(u"混合班"_s, ClassType::Mixed, 18);
    for (int i = 0; i < 9; ++i)
        addChild(u"王%1"_s.arg(i), QDate(2024, 10, 1), mixed, QDate(2026, 9, 1));
    // October still has the default 1:5, November the institution's 1:4.
    const ClassStatus october = statusOf(mixed, QDate(2026, 10, 30));
    QCOMPARE(october.childrenPerCaregiver, 5);
    QCOMPARE(october.caregiversRequired, 2);
    const ClassStatus november = statusOf(mixed, QDate(2026, 11, 2));
    QCOMPARE(november.childrenPerCaregiver, 4);
    QCOMPARE(november.caregiversRequired, 3);
    QCOMPARE(texts(november.warnings, ClassWarning::Kind::ShortOfCaregivers).size(), 1);
}

void TestClassOverview::ageFits_data()
{
    QTest::addColumn<ClassType>("type");
    QTest::addColumn<int>("months");
    QTest::addColumn<bool>("fits");
    QTest::newRow("infant 5") << ClassType::Infant << 5 << false;
    QTest::newRow("infant 6") << ClassType::Infant << 6 << true;
    QTest::newRow("infant 11") << ClassType::Infant << 11 << true;
    QTest::newRow("infant 12") << ClassType::Infant << 12 << false;
    QTest::newRow("young 11") << ClassType::YoungToddler << 11 << false;
    QTest::newRow("young 12") << ClassType::YoungToddler << 12 << true;
    QTest::newRow("young 23") << ClassType::YoungToddler << 23 << true;
    QTest::newRow("young 24") << ClassType::YoungToddler << 24 << false;
    QTest::newRow("older 24") << ClassType::OlderToddler << 24 << true;
    QTest::newRow("older 35") << ClassType::OlderToddler << 35 << true;
    QTest::newRow("older 36") << ClassType::OlderToddler << 36 << false;
    QTest::newRow("mixed 17") << ClassType::Mixed << 17 << false;
    QTest::newRow("mixed 18") << ClassType::Mixed << 18 << true;
    QTest::newRow("mixed 36") << ClassType::Mixed << 36 << false;
    QTest::newRow("family 6") << ClassType::FamilyPoint << 6 << true;
    QTest::newRow("family 36") << ClassType::FamilyPoint << 36 << false;
}

void TestClassOverview::ageFits()
{
    QFETCH(ClassType, type);
    QFETCH(int, months);
    QFETCH(bool, fits);
    QCOMPARE(ClassOverview::ageFits(type, months), fits);
}

void TestClassOverview::countsOnlyCaregiversInPost()
{
    const qint64 infants = addClass(u"乳儿一班"_s, ClassType::Infant, 10);
    const QDate day(2026, 11, 20);
    addStaff(u"张红"_s, StaffRole::Caregiver, {infants});
    addStaff(u"刘芳"_s, StaffRole::Caregiver, {infants}, QDate(2025, 1, 1), day); // her last day
    addStaff(u"赵丽"_s, StaffRole::Caregiver, {infants}, QDate(2025, 1, 1), day.addDays(-1));
    addStaff(u"孙梅"_s, StaffRole::Caregiver, {infants}, day.addDays(1));
    addStaff(u"周洁"_s, StaffRole::Cook, {infants});
    addStaff(u"吴静"_s, StaffRole::Caregiver, {});
    QCOMPARE(statusOf(infants, day).caregivers, (QStringList {u"刘芳"_s, u"张红"_s}));
}

void TestClassOverview::warnsOverCapacityAndShortOfCaregivers()
{
    const qint64 small = addClass(u"小一班"_s, ClassType::Infant, 3);
    addStaff(u"张红"_s, StaffRole::Caregiver, {small});
    for (int i = 0; i < 3; ++i)
        addChild(u"陈%1"_s.arg(i), QDate(2026, 2, 1), small, QDate(2026, 9, 1));
    ClassStatus status = statusOf(small, QDate(2026, 11, 20));
    QVERIFY2(status.warnings.isEmpty(), qPrintable(status.warnings.value(0).text));
    QCOMPARE(status.caregiversRequired, 1);

    addChild(u"陈3"_s, QDate(2026, 2, 1), small, QDate(2026, 11, 1));
    status = statusOf(small, QDate(2026, 11, 20));
    QCOMPARE(status.caregiversRequired, 2);
    const QStringList over = texts(status.warnings, ClassWarning::Kind::OverCapacity);
    QCOMPARE(over.size(), 1);
    QVERIFY2(over.first().contains(u"小一班"_s) && over.first().contains(u"4 children"_s)
                 && over.first().contains(u"capacity of 3"_s),
             qPrintable(over.first()));
    const QStringList short_ = texts(status.warnings, ClassWarning::Kind::ShortOfCaregivers);
    QCOMPARE(short_.size(), 1);
    QVERIFY2(short_.first().contains(u"小一班"_s) && short_.first().contains(u"4 children"_s)
                 && short_.first().contains(u"one for every 3"_s) && short_.first().contains(u"has 1 assigned"_s),
             qPrintable(short_.first()));
    QCOMPARE(ClassOverview::key(ClassWarning::Kind::ShortOfCaregivers), u"short_of_caregivers"_s);
}

void TestClassOverview::warnsCapacityAboveTheNationalMaximum()
{
    const qint64 big = addClass(u"大班"_s, ClassType::Infant, 12);
    const qint64 atMaximum = addClass(u"满班"_s, ClassType::Infant, 10);
    const QStringList above
        = texts(statusOf(big, QDate(2026, 11, 20)).warnings, ClassWarning::Kind::CapacityAboveStandard);
    QCOMPARE(above.size(), 1);
    QVERIFY2(above.first().contains(u"大班 (12)"_s) && above.first().contains(u"national maximum of 10"_s),
             qPrintable(above.first()));
    QVERIFY(statusOf(atMaximum, QDate(2026, 11, 20)).warnings.isEmpty());
}

void TestClassOverview::warnsAgeOutsideTheClassFromTheDayItHappens_data()
{
    QTest::addColumn<ClassType>("type");
    QTest::addColumn<QDate>("birth");
    QTest::addColumn<int>("lastFittingMonth");
    // Each child reaches the class type's upper age on the second day checked.
    QTest::newRow("乳儿班 at 12 months") << ClassType::Infant << QDate(2025, 11, 20) << 11;
    QTest::newRow("托小班 at 24 months") << ClassType::YoungToddler << QDate(2024, 11, 20) << 23;
    QTest::newRow("托大班 at 36 months") << ClassType::OlderToddler << QDate(2023, 11, 20) << 35;
    QTest::newRow("混合班 at 36 months") << ClassType::Mixed << QDate(2023, 11, 20) << 35;
}

void TestClassOverview::warnsAgeOutsideTheClassFromTheDayItHappens()
{
    QFETCH(ClassType, type);
    QFETCH(QDate, birth);
    QFETCH(int, lastFittingMonth);
    const qint64 classId = addClass(u"一班"_s, type, RosterTypes::standard(type).maxChildren);
    const qint64 child = addChild(u"马小雨"_s, birth, classId, QDate(2026, 9, 1));
    const ClassStatus before = statusOf(classId, QDate(2026, 11, 19));
    QCOMPARE(before.children.first().ageMonths, lastFittingMonth);
    QVERIFY(texts(before.warnings, ClassWarning::Kind::AgeOutsideClass).isEmpty());

    const ClassStatus on = statusOf(classId, QDate(2026, 11, 20));
    const QStringList age = texts(on.warnings, ClassWarning::Kind::AgeOutsideClass);
    QCOMPARE(age.size(), 1);
    QVERIFY2(age.first().contains(u"马小雨"_s) && age.first().contains(u"%1 month"_s.arg(lastFittingMonth + 1)),
             qPrintable(age.first()));
    QCOMPARE(on.warnings.last().childId, child);
}

void TestClassOverview::placementWarningsForAProspectiveChild()
{
    const qint64 full = addClass(u"乳儿一班"_s, ClassType::Infant, 3);
    addStaff(u"张红"_s, StaffRole::Caregiver, {full});
    qint64 inside = 0;
    for (int i = 0; i < 3; ++i)
        inside = addChild(u"陈%1"_s.arg(i), QDate(2026, 2, 1), full, QDate(2026, 9, 1));
    const QDate day(2026, 11, 20);

    const Result<QList<ClassWarning>> tooOld
        = ClassOverview::placementWarnings(*m_t->db, QDate(2025, 10, 1), full, day);
    QVERIFY(tooOld.ok());
    QCOMPARE(tooOld->size(), 3);
    QVERIFY(texts(tooOld.value(), ClassWarning::Kind::OverCapacity).first().contains(u"4 children"_s));
    QCOMPARE(texts(tooOld.value(), ClassWarning::Kind::ShortOfCaregivers).size(), 1);
    QVERIFY(texts(tooOld.value(), ClassWarning::Kind::AgeOutsideClass).first().contains(u"13 month"_s));

    // One of the three, her placement being edited: not counted twice, and her age fits.
    const Result<QList<ClassWarning>> again
        = ClassOverview::placementWarnings(*m_t->db, QDate(2026, 2, 1), full, day, inside);
    QVERIFY(again.ok());
    QVERIFY2(again->isEmpty(), qPrintable(again->value(0).text));

    const qint64 roomy = addClass(u"乳儿二班"_s, ClassType::Infant, 10);
    const auto fits = ClassOverview::placementWarnings(*m_t->db, QDate(2026, 2, 1), roomy, day);
    QVERIFY(fits.ok());
    // Room for her, but nobody assigned to look after her.
    QCOMPARE(fits->size(), 1);
    QCOMPARE(fits->first().kind, ClassWarning::Kind::ShortOfCaregivers);

    QVERIFY(!ClassOverview::placementWarnings(*m_t->db, QDate(2026, 2, 1), 999, day).ok());
}

void TestClassOverview::needsPermissionToViewTheRoster()
{
    Actor outreach;
    outreach.userId = 7;
    outreach.name = u"visitor"_s;
    outreach.role = Role::Outreach;
    m_t->db->setActor(outreach);
    const Result<QList<ClassStatus>> refused = ClassOverview::load(*m_t->db, QDate(2026, 11, 20));
    QVERIFY(!refused.ok());
    QVERIFY(!refused.error().isEmpty());
}

QTEST_GUILESS_MAIN(TestClassOverview)
#include "tst_classoverview.moc"
