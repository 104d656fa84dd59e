#include "EncodingRows.h"
#include "OutreachFixtures.h"
#include "RosterFiles.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "outreach/HouseholdImport.h"
#include "outreach/HouseholdRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList Header {u"户编号"_s,      u"村"_s,       u"地址"_s,     u"监护人1姓名"_s, u"监护人1关系"_s,
                          u"监护人1电话"_s, u"留守"_s,     u"照料人"_s,   u"幼儿姓名"_s,    u"性别"_s,
                          u"出生日期"_s,    u"身份证号"_s, u"特殊需要"_s, u"知情同意人"_s,  u"同意日期"_s};

// Three children in two households: 王家 has two, one with an ID number; 李家 is left behind with its grandmother.
QList<QStringList> threeChildren()
{
    return {{u"H1"_s, u"店上村"_s, u"店上村12号"_s, u"王强"_s, u"父亲"_s, u"13812345678"_s, u"否"_s, QString(),
             u"王小乐"_s, u"女"_s, u"2025-01-08"_s, idNumberFor(QDate(2025, 1, 8), 24), QString(), u"王强"_s,
             u"2026-10-01"_s},
            {u"H1"_s, QString(), QString(), QString(), QString(), QString(), QString(), QString(), u"王小安"_s, u"男"_s,
             u"2026-06-15"_s, QString(), u"早产"_s, QString(), QString()},
            {u"H2"_s, u"曲里村"_s, QString(), u"李秀英"_s, u"祖母"_s, u"139 8765 4321"_s, u"是"_s, u"祖母 李秀英"_s,
             u"李朵朵"_s, u"女"_s, u"2024/12/3"_s, QString(), QString(), u"李秀英"_s, u"2026年9月20日"_s}};
}

} // namespace

// The household import: one row per child grouped by household key, the encodings Excel writes, a wrong row that
// stops the whole file with its row and column named, and a second import that adds nobody again.
class TestHouseholdImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void encodings_data();
    void encodings();
    void errors_data();
    void errors();
    void reimportDoesNotDuplicate();
    void reimportUpdatesAndAdds();

private:
    Result<HouseholdImportPlan> preview(const QByteArray& bytes)
    {
        return previewCsv<HouseholdImport>(*m_db->db, bytes);
    }
    QList<Household> households() { return HouseholdRepository(*m_db->db).all().value_or(QList<Household>()); }
    void importAll(const QByteArray& bytes) { QVERIFY(importCsv<HouseholdImport>(*m_db->db, bytes)); }

    std::unique_ptr<TempDatabase> m_db;
};

void TestHouseholdImport::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->open());
    QVERIFY(makeOutreachTeam(*m_db->db));
}

void TestHouseholdImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    addEncodingRows(csvText(Header, threeChildren()));
}

void TestHouseholdImport::encodings()
{
    QFETCH(QByteArray, bytes);
    const auto plan = preview(bytes);
    QVERIFY(plan);
    QCOMPARE(plan->report.added, 2);
    QCOMPARE(plan->children, 3);
    importAll(bytes);
    const QList<Household> stored = households();
    QCOMPARE(stored.size(), 2);
    const Household& wang = stored.at(0);
    QCOMPARE(wang.village, u"店上村"_s);
    QCOMPARE(wang.children.size(), 2);
    QCOMPARE(wang.children.at(0).idNumber, idNumberFor(QDate(2025, 1, 8), 24));
    QCOMPARE(wang.children.at(1).specialNeeds, u"早产"_s);
    QCOMPARE(wang.guardians.first().phone, u"13812345678"_s);
    const Household& li = stored.at(1);
    QVERIFY(li.leftBehind);
    QCOMPARE(li.carer, u"祖母 李秀英"_s);
    QCOMPARE(li.guardians.first().phone, u"13987654321"_s);
    QCOMPARE(li.consentOn, QDate(2026, 9, 20));
}

void TestHouseholdImport::errors_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("message");
    QTest::newRow("bad phone") << 2 << 5 << u"1234"_s << 4 << u"监护人1电话"_s << u"Guardian 1's phone"_s;
    QTest::newRow("left-behind unknown") << 2 << 6 << u"也许"_s << 4 << u"留守"_s << u"是 or 否"_s;
    QTest::newRow("left-behind without carer") << 2 << 7 << QString() << 4 << u"照料人"_s << u"carer"_s;
    QTest::newRow("three years old") << 1 << 10 << u"2023-06-01"_s << 3 << u"出生日期"_s << u"three or older"_s;
    QTest::newRow("no gender") << 1 << 9 << QString() << 3 << u"性别"_s << u"gender is missing"_s;
    QTest::newRow("no consent") << 0 << 13 << QString() << 2 << u"知情同意人"_s << u"agreed to the home visits"_s;
    QTest::newRow("second row's other village") << 1 << 1 << u"曲里村"_s << 3 << u"村"_s << u"first row (2)"_s;
    QTest::newRow("no household key") << 2 << 0 << QString() << 4 << u"户编号"_s << u"household key"_s;
    QTest::newRow("same ID number twice")
        << 1 << 11 << idNumberFor(QDate(2025, 1, 8), 24) << 3 << u"身份证号"_s << u"Row 2 has the same ID number"_s;
}

void TestHouseholdImport::errors()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(int, line);
    QFETCH(QString, header);
    QFETCH(QString, message);
    QList<QStringList> rows = threeChildren();
    rows[row][column] = value;
    if (header == u"身份证号"_s)
        rows[row][10] = u"2025-01-08"_s;
    const auto plan = preview(csvText(Header, rows));
    QVERIFY(plan);
    QVERIFY(!plan->report.ok());
    const FieldError& e = plan->report.errors.first();
    QCOMPARE(e.row, line);
    QCOMPARE(e.field, header);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    // Nothing is written, whatever the other rows.
    QVERIFY(!HouseholdImport::apply(*m_db->db, plan.value()));
    QVERIFY(households().isEmpty());
}

void TestHouseholdImport::reimportDoesNotDuplicate()
{
    const QByteArray bytes = csvText(Header, threeChildren());
    importAll(bytes);
    const QList<Household> first = households();
    const auto again = preview(bytes);
    QVERIFY(again);
    QCOMPARE(again->report.added, 0);
    QCOMPARE(again->report.updated, 0);
    QCOMPARE(again->unchanged, 2);
    importAll(bytes);
    QCOMPARE(households(), first);
}

void TestHouseholdImport::reimportUpdatesAndAdds()
{
    importAll(csvText(Header, threeChildren()));
    // The household key of a later file need not be the same: the children are matched by ID number, else by
    // village, name and birth date. 李朵朵's ID number is now known; 王家 has moved; a new household comes.
    QList<QStringList> rows = threeChildren();
    rows[0][0] = u"A"_s;
    rows[0][2] = u"店上村40号"_s;
    rows[1][0] = u"A"_s;
    rows[2][0] = u"B"_s;
    rows[2][11] = idNumberFor(QDate(2024, 12, 3), 42);
    rows.append({u"C"_s, u"王家庄村"_s, QString(), u"赵敏"_s, u"母亲"_s, QString(), QString(), QString(), u"赵一"_s,
                 u"男"_s, u"2026-08-01"_s, QString(), QString(), u"赵敏"_s, u"2026-11-01"_s});
    const auto plan = preview(csvText(Header, rows));
    QVERIFY(plan);
    QCOMPARE(plan->report.added, 1);
    QCOMPARE(plan->report.updated, 2);
    importAll(csvText(Header, rows));
    const QList<Household> stored = households();
    QCOMPARE(stored.size(), 3);
    QCOMPARE(stored.at(0).address, u"店上村40号"_s);
    QCOMPARE(stored.at(0).children.size(), 2);
    QCOMPARE(stored.at(1).children.first().idNumber, idNumberFor(QDate(2024, 12, 3), 42));
}

QTEST_GUILESS_MAIN(TestHouseholdImport)
#include "tst_householdimport.moc"
