#include "RosterFixtures.h"
#include "TempDatabase.h"
#include "access/UserRepository.h"
#include "common/Clock.h"
#include "demo/DemoData.h"
#include "itemmodels/ChildFilterModel.h"
#include "itemmodels/ChildTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "roster/ChildRepository.h"
#include "roster/ClassRepository.h"
#include "store/Sql.h"

#include <QAbstractItemModelTester>
#include <QRegularExpression>
#include <QTest>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

// The children list: a well-behaved model, numbers masked by default, and whole numbers only for roles that may
// see them, each look recorded; the search and filters of the Children page over it.
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

    void filterPassesTheModelTester();
    void searchMatches_data();
    void searchMatches();
    void filtersByClass();
    void filtersByCareType();
    void filtersByStanding_data();
    void filtersByStanding();
    void filtersCombine();
    void childStartingLaterIsListedInHerClass();

private:
    Actor actor(Role role);
    // The ids of the rows the filter lets through, in source order.
    static QList<qint64> shownIds(const ChildFilterModel& filter);
    QList<qint64> idsWhere(const std::function<bool(const ChildListEntry&)>& accept) const;

    TempDatabase m_t;
    QList<ChildListEntry> m_entries;
    // The demo children and one more on the waiting list.
    QList<ChildListEntry> m_roster;
    qint64 m_waitingId = 0;
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

    ChildRecord waiting = waitingBoy();
    waiting.idNumber = u"14040220240620059X"_s; // ends in X, for the search with a lower-case x
    waiting.guardians << Guardian {u"赵敏"_s, u"母亲"_s, u"15922223333"_s, {}, true, false, true};
    ChildRepository children(*m_t.db);
    const Result<qint64> added = children.add(waiting, std::nullopt);
    QVERIFY2(added, qPrintable(added.error()));
    m_waitingId = added.value();
    // One child left last week and another leaves next week, so every standing has children to show.
    QList<qint64> leaving;
    for (const ChildListEntry& e : m_entries)
        if (e.enrolledOn <= QDate(2026, 11, 1) && !e.withdrawnOn.isValid() && leaving.size() < 2)
            leaving << e.id;
    QCOMPARE(leaving.size(), 2);
    QVERIFY(children.withdraw(leaving.at(0), QDate(2026, 11, 13)));
    QVERIFY(children.withdraw(leaving.at(1), QDate(2026, 11, 27)));
    m_roster = ChildListing::load(*m_t.db, Clock::today()).value();
    QCOMPARE(m_roster.size(), 26);
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

QList<qint64> TestChildTableModel::shownIds(const ChildFilterModel& filter)
{
    const auto* source = static_cast<const ChildTableModel*>(filter.sourceModel());
    QList<int> rows;
    for (int row = 0; row < filter.rowCount(); ++row)
        rows << filter.mapToSource(filter.index(row, 0)).row();
    std::sort(rows.begin(), rows.end());
    QList<qint64> ids;
    for (int row : rows)
        ids << source->entry(row).id;
    return ids;
}

QList<qint64> TestChildTableModel::idsWhere(const std::function<bool(const ChildListEntry&)>& accept) const
{
    QList<qint64> ids;
    for (const ChildListEntry& e : m_roster)
        if (accept(e))
            ids << e.id;
    return ids;
}

void TestChildTableModel::filterPassesTheModelTester()
{
    ChildTableModel model;
    ChildFilterModel filter(&model);
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setEntries(m_roster, Clock::today());
    QCOMPARE(filter.rowCount(), 26);
    filter.setSearch(u"张小宝"_s);
    QCOMPARE(filter.rowCount(), 1);
    filter.setSearch({});
    filter.setStanding(ChildTableModel::Standing::Waiting);
    QCOMPARE(filter.rowCount(), 1);
    filter.setStanding(std::nullopt);
    filter.setCareType(CareType::FullDay);
    filter.setClassId(m_roster.first().classId);
    filter.sort(ChildTableModel::BirthDateColumn, Qt::DescendingOrder);
    for (int row = 1; row < filter.rowCount(); ++row)
        QVERIFY(filter.index(row - 1, ChildTableModel::BirthDateColumn).data(ItemRoles::Raw).toDate()
                >= filter.index(row, ChildTableModel::BirthDateColumn).data(ItemRoles::Raw).toDate());
    model.setRevealed(0);
    model.setEntries(m_entries, Clock::today());
    filter.setClassId(0);
    filter.setCareType(std::nullopt);
    QCOMPARE(filter.rowCount(), 25);
    model.setEntries({}, Clock::today());
    QCOMPARE(filter.rowCount(), 0);
}

void TestChildTableModel::searchMatches_data()
{
    QTest::addColumn<QString>("search");
    QTest::addColumn<QList<qint64>>("expected");
    QTest::addColumn<bool>("wholeNumbers"); // the user may see whole ID and phone numbers

    // A demo child with a guardian, her numbers and the second guardian's.
    const ChildListEntry& e = m_roster.at(7);
    QVERIFY(!e.guardianPhone.isEmpty());
    QTest::newRow("whole name") << e.name << idsWhere([&](const ChildListEntry& c) { return c.name == e.name; })
                                << true;
    QTest::newRow("whole ID number, shown masked") << e.idNumber << QList<qint64> {e.id} << true;
    QTest::newRow("ID number typed with spaces around")
        << u"  "_s + e.idNumber + u" "_s << QList<qint64> {e.id} << true;
    QTest::newRow("ID number with a lower-case x") << u"14040220240620059x"_s << QList<qint64> {m_waitingId} << true;
    QTest::newRow("first guardian's phone") << e.guardianPhone << QList<qint64> {e.id} << true;
    QTest::newRow("second guardian's phone") << u"15922223333"_s << QList<qint64> {m_waitingId} << true;
    QTest::newRow("second guardian's name") << u"赵敏"_s << QList<qint64> {m_waitingId} << true;
    QTest::newRow("class name") << e.className
                                << idsWhere([&](const ChildListEntry& c) { return c.className == e.className; })
                                << true;
    QTest::newRow("nothing matches") << u"13000000000"_s << QList<qint64>() << true;
    QTest::newRow("phone typed in groups")
        << e.guardianPhone.left(3) + u" "_s + e.guardianPhone.mid(3, 4) + u"-"_s + e.guardianPhone.right(4)
        << QList<qint64> {e.id} << true;
    // A role that sees numbers masked searches them masked too: the hidden digits find nothing.
    QTest::newRow("hidden middle of a phone, masked") << e.guardianPhone.mid(3, 4) << QList<qint64>() << false;
    QTest::newRow("whole ID number, masked") << e.idNumber << QList<qint64>() << false;
    QTest::newRow("last four of the ID number, masked")
        << e.idNumber.right(4)
        << idsWhere([&](const ChildListEntry& c) { return c.idNumber.right(4) == e.idNumber.right(4); }) << false;
    QTest::newRow("empty search shows everyone")
        << u"   "_s << idsWhere([](const ChildListEntry&) { return true; }) << true;
}

void TestChildTableModel::searchMatches()
{
    QFETCH(QString, search);
    QFETCH(QList<qint64>, expected);
    QFETCH(bool, wholeNumbers);

    ChildTableModel model;
    ChildFilterModel filter(&model);
    model.setEntries(m_roster, Clock::today());
    model.setWholeNumbersVisible(wholeNumbers);
    filter.setSearch(search);
    QCOMPARE(shownIds(filter), expected);
    // Found by whole numbers or not, the rows still show them masked.
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QString id = filter.index(row, ChildTableModel::IdNumberColumn).data().toString();
        QVERIFY2(id.contains(u"********"_s), qPrintable(id));
    }
}

void TestChildTableModel::filtersByClass()
{
    ChildTableModel model;
    ChildFilterModel filter(&model);
    model.setEntries(m_roster, Clock::today());
    const Result<QList<ClassRecord>> classes = ClassRepository(*m_t.db).classes();
    QVERIFY(classes && classes->size() >= 2);
    qsizetype shown = 0;
    for (const ClassRecord& c : classes.value()) {
        filter.setClassId(c.id);
        const QList<qint64> expected = idsWhere([&](const ChildListEntry& e) { return e.classId == c.id; });
        QVERIFY2(!expected.isEmpty(), qPrintable(c.name));
        QCOMPARE(shownIds(filter), expected);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, ChildTableModel::ClassColumn).data().toString(), c.name);
        shown += expected.size();
    }
    // Every child is in one class except the one on the waiting list, who is in none.
    QCOMPARE(shown, m_roster.size() - 1);
    filter.setClassId(0);
    QCOMPARE(filter.rowCount(), m_roster.size());
}

void TestChildTableModel::filtersByCareType()
{
    ChildTableModel model;
    ChildFilterModel filter(&model);
    model.setEntries(m_roster, Clock::today());
    qsizetype shown = 0;
    for (CareType type : {CareType::FullDay, CareType::HalfDay, CareType::Hourly, CareType::Home}) {
        filter.setCareType(type);
        const QList<qint64> expected = idsWhere([&](const ChildListEntry& e) { return e.careType == type; });
        QCOMPARE(shownIds(filter), expected);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, ChildTableModel::CareTypeColumn).data().toString(), RosterTypes::label(type));
        shown += expected.size();
    }
    QVERIFY(idsWhere([](const ChildListEntry& e) { return e.careType == CareType::FullDay; }).size() > 10);
    QCOMPARE(shown, m_roster.size() - 1);
}

void TestChildTableModel::filtersByStanding_data()
{
    QTest::addColumn<int>("standing");
    QTest::addColumn<QString>("statusPrefix");
    QTest::newRow("enrolled") << int(ChildTableModel::Standing::Enrolled) << u"Enrolled"_s;
    QTest::newRow("withdrawn") << int(ChildTableModel::Standing::Withdrawn) << u"Left on 2026-"_s;
    QTest::newRow("waiting") << int(ChildTableModel::Standing::Waiting)
                             << u"Waiting list since 2026-10-10, wants 2026-12"_s;
}

void TestChildTableModel::filtersByStanding()
{
    QFETCH(int, standing);
    QFETCH(QString, statusPrefix);

    ChildTableModel model;
    ChildFilterModel filter(&model);
    model.setEntries(m_roster, Clock::today());
    filter.setStanding(ChildTableModel::Standing(standing));
    // Worked out from the dates here, not by the model's own rule.
    const QDate today = Clock::today();
    const QList<qint64> expected = idsWhere([&](const ChildListEntry& e) {
        const bool waiting = !e.enrolledOn.isValid();
        const bool left = e.withdrawnOn.isValid() && e.withdrawnOn < today;
        switch (ChildTableModel::Standing(standing)) {
        case ChildTableModel::Standing::Waiting:
            return waiting;
        case ChildTableModel::Standing::Withdrawn:
            return !waiting && left;
        case ChildTableModel::Standing::Enrolled:
            return !waiting && !left;
        }
        return false;
    });
    QVERIFY(!expected.isEmpty());
    QCOMPARE(shownIds(filter), expected);
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QString status = filter.index(row, ChildTableModel::StatusColumn).data().toString();
        QVERIFY2(status.startsWith(statusPrefix), qPrintable(status));
    }
    if (ChildTableModel::Standing(standing) == ChildTableModel::Standing::Waiting)
        QCOMPARE(expected, QList<qint64> {m_waitingId});
}

void TestChildTableModel::filtersCombine()
{
    ChildTableModel model;
    ChildFilterModel filter(&model);
    model.setEntries(m_roster, Clock::today());
    model.setWholeNumbersVisible(true);
    const ChildListEntry& e = m_roster.at(3);
    QVERIFY(e.careType.has_value());
    filter.setClassId(e.classId);
    filter.setCareType(e.careType);
    filter.setStanding(ChildTableModel::Standing::Enrolled);
    const QList<qint64> expected = idsWhere([&](const ChildListEntry& c) {
        return c.classId == e.classId && c.careType == e.careType && c.enrolledOn.isValid()
            && !(c.withdrawnOn.isValid() && c.withdrawnOn < Clock::today());
    });
    QVERIFY(expected.contains(e.id));
    QCOMPARE(shownIds(filter), expected);
    filter.setSearch(e.guardianPhone);
    QCOMPARE(shownIds(filter), QList<qint64> {e.id});
    // The waiting child's guardian is found only once the filters let waiting children through.
    filter.setSearch(u"赵敏"_s);
    QCOMPARE(filter.rowCount(), 0);
    filter.setClassId(0);
    filter.setCareType(std::nullopt);
    QCOMPARE(filter.rowCount(), 0);
    filter.setStanding(ChildTableModel::Standing::Waiting);
    QCOMPARE(shownIds(filter), QList<qint64> {m_waitingId});
}

void TestChildTableModel::childStartingLaterIsListedInHerClass()
{
    const ClassRecord klass = ClassRepository(*m_t.db).classes()->last();
    ChildRecord c;
    c.name = u"刘小满"_s;
    c.gender = Gender::Female;
    c.birthDate = QDate(2025, 5, 10);
    c.enrolledOn = QDate(2026, 12, 1);
    c.consentBy = u"刘强"_s;
    c.consentOn = QDate(2026, 11, 18);
    c.guardians = {Guardian {u"刘强"_s, u"父亲"_s, u"13644445555"_s, {}, true, true, true}};
    const Result<qint64> added
        = ChildRepository(*m_t.db).add(c, Placement {klass.id, CareType::HalfDay, QDate(2026, 12, 1), {}});
    QVERIFY2(added, qPrintable(added.error()));

    ChildTableModel model;
    ChildFilterModel filter(&model);
    model.setEntries(ChildListing::load(*m_t.db, Clock::today()).value(), Clock::today());
    filter.setSearch(u"刘小满"_s);
    QCOMPARE(filter.rowCount(), 1);
    const auto cell = [&](int column) { return filter.index(0, column).data().toString(); };
    QCOMPARE(cell(ChildTableModel::StatusColumn), u"Starts on 2026-12-01"_s);
    // The class and care type she starts with, so the class filter finds who is coming.
    QCOMPARE(cell(ChildTableModel::ClassColumn), klass.name);
    QCOMPARE(cell(ChildTableModel::CareTypeColumn), RosterTypes::label(CareType::HalfDay));
    filter.setClassId(klass.id);
    filter.setCareType(CareType::HalfDay);
    filter.setStanding(ChildTableModel::Standing::Enrolled);
    QCOMPARE(shownIds(filter), QList<qint64> {added.value()});
}

QTEST_GUILESS_MAIN(TestChildTableModel)
#include "tst_childtablemodel.moc"
