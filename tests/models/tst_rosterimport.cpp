#include "EncodingRows.h"
#include "LoggedIn.h"
#include "RosterFiles.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "roster/ChildListing.h"
#include "roster/ChildRepository.h"
#include "roster/RosterImport.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList ChineseHeader {u"姓名"_s,   u"性别"_s,     u"出生日期"_s,      u"身份证号"_s,
                                 u"孩次"_s,   u"班级"_s,     u"托育类型"_s,      u"入托日期"_s,
                                 u"监护人"_s, u"联系电话"_s, u"监护人同意日期"_s};
const QStringList EnglishHeader {u"name"_s,        u"gender"_s, u"birth_date"_s,  u"id_number"_s,
                                 u"birth_order"_s, u"class"_s,  u"care_type"_s,   u"enrolled_on"_s,
                                 u"guardian"_s,    u"phone"_s,  u"consent_date"_s};

QList<QStringList> twoChildren()
{
    return {{u"张小明"_s, u"男"_s, u"2024-05-10"_s, idNumberFor(QDate(2024, 5, 10), 11), u"1"_s, u"托小一班"_s,
             u"全日托"_s, u"2025/9/1"_s, u"张伟"_s, u"13812345678"_s, u"2025年8月20日"_s},
            {u"李小红"_s, u"女"_s, u"2024-03-02"_s, idNumberFor(QDate(2024, 3, 2), 22), u"2"_s, u"托大一班"_s,
             u"half_day"_s, u"2025-09-01"_s, u"李娜"_s, u"139 8765 4321"_s, u"2025-08-25"_s}};
}

// The same columns in another order.
QList<QStringList> reordered(const QList<QStringList>& table, const QList<int>& order)
{
    QList<QStringList> result;
    for (const QStringList& row : table) {
        QStringList moved;
        for (int i : order)
            moved << row.at(i);
        result << moved;
    }
    return result;
}

} // namespace

// The roster import: columns in either language and any order, the encodings Excel writes, each kind of refusal
// with its row and column, all or nothing, and an update by ID number.
class TestRosterImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void columnForms_data();
    void columnForms();
    void encodings_data();
    void encodings();
    void quotedFields();
    void errors_data();
    void errors();
    void lastRowBadWritesNothing();
    void updatesByIdNumber();
    void warnings();

private:
    Result<RosterImportPlan> preview(const QByteArray& bytes)
    {
        const QString path = m_db->dir.filePath(u"roster.csv"_s);
        if (!writeBytes(path, bytes))
            return Result<RosterImportPlan>::failure(u"cannot write"_s);
        return RosterImport::preview(*m_db->db, path);
    }
    QList<ChildListEntry> children() { return ChildListing::load(*m_db->db, Clock::today()).value_or({}); }
    std::unique_ptr<TempDatabase> m_db;
};

void TestRosterImport::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->open());
    QVERIFY(addRosterClasses(*m_db->db));
}

void TestRosterImport::columnForms_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QList<int>>("order");
    const QList<int> asIs {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    const QList<int> shuffled {10, 3, 0, 6, 5, 1, 9, 2, 8, 7, 4};
    QStringList mixed = EnglishHeader;
    for (int i = 0; i < mixed.size(); i += 2)
        mixed[i] = ChineseHeader.at(i);
    QTest::newRow("chinese") << ChineseHeader << asIs;
    QTest::newRow("english") << EnglishHeader << asIs;
    QTest::newRow("chinese shuffled") << ChineseHeader << shuffled;
    QTest::newRow("english shuffled") << EnglishHeader << shuffled;
    QTest::newRow("mixed") << mixed << shuffled;
}

void TestRosterImport::columnForms()
{
    QFETCH(QStringList, header);
    QFETCH(QList<int>, order);
    const QStringList headerInOrder = reordered({header}, order).first();
    const auto plan = preview(csvText(headerInOrder, reordered(twoChildren(), order)));
    QVERIFY2(plan, qPrintable(plan.error()));
    QVERIFY2(plan->report.ok(), qPrintable(plan->report.errors.value(0).message));
    QCOMPARE(plan->report.added, 2);
    QVERIFY(RosterImport::apply(*m_db->db, plan.value()));
    const QList<ChildListEntry> list = children();
    QCOMPARE(list.size(), 2);
    const auto ming = std::find_if(list.begin(), list.end(), [](const auto& c) { return c.name == u"张小明"_s; });
    QVERIFY(ming != list.end());
    QCOMPARE(ming->className, u"托小一班"_s);
    QCOMPARE(ming->careType, CareType::FullDay);
    QCOMPARE(ming->enrolledOn, QDate(2025, 9, 1));
    QCOMPARE(ming->guardianPhone, u"13812345678"_s);
    QVERIFY(ming->consentRecorded);
}

void TestRosterImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    addEncodingRows(csvText(ChineseHeader, twoChildren()));
}

void TestRosterImport::encodings()
{
    QFETCH(QByteArray, bytes);
    const auto plan = preview(bytes);
    QVERIFY2(plan && plan->report.ok(), qPrintable(plan ? plan->report.errors.value(0).message : plan.error()));
    QVERIFY(RosterImport::apply(*m_db->db, plan.value()));
    QStringList names;
    for (const ChildListEntry& c : children())
        names << c.name;
    names.sort();
    QCOMPARE(names, (QStringList {u"张小明"_s, u"李小红"_s}));
}

void TestRosterImport::quotedFields()
{
    QList<QStringList> rows = twoChildren();
    QStringList header = ChineseHeader;
    header << u"备注"_s;
    rows[0] << u"对牛奶过敏, 午睡要抱\n第二行"_s;
    rows[1] << u"bad, date"_s;
    rows[1][7] = u"2025-13-01"_s;
    const auto plan = preview(csvText(header, rows));
    QVERIFY(plan);
    QCOMPARE(plan->report.errors.size(), 1);
    // The first row spans lines 2 and 3, so the second starts on line 4.
    QCOMPARE(plan->report.errors.first().row, 4);
    QCOMPARE(plan->children.first().record.notes, u"对牛奶过敏, 午睡要抱\n第二行"_s);
}

void TestRosterImport::errors_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("message");
    const QString id = idNumberFor(QDate(2024, 3, 2), 22);
    QTest::newRow("bad checksum") << 3 << QString(id.left(17) + (id.endsWith(u'0') ? u'1' : u'0')) << u"身份证号"_s
                                  << u"check character"_s;
    QTest::newRow("birth date disagrees") << 2 << u"2024-03-03"_s << u"身份证号"_s << u"gives the birth date"_s;
    QTest::newRow("unknown class") << 5 << u"火箭班"_s << u"班级"_s
                                   << u"There is no class called \"火箭班\"; the classes are: 托小一班、托大一班."_s;
    // -1: the second row repeats the first with another name.
    QTest::newRow("duplicate id") << -1 << u"张小明二"_s << u"身份证号"_s << u"also on row 2"_s;
    QTest::newRow("bad date") << 7 << u"2025/2/30"_s << u"入托日期"_s << u"is not a date"_s;
    QTest::newRow("bad phone") << 9 << u"1381234"_s << u"联系电话"_s << u"has 11 digits"_s;
    QTest::newRow("unknown care type") << 6 << u"夜托"_s << u"托育类型"_s << u"Unknown care type"_s;
    QTest::newRow("bad gender") << 1 << u"X"_s << u"性别"_s << u"Unknown gender"_s;
}

void TestRosterImport::errors()
{
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(QString, header);
    QFETCH(QString, message);
    QList<QStringList> rows = twoChildren();
    if (column < 0) {
        rows[1] = rows[0];
        column = 0;
    }
    rows[1][column] = value;
    const auto plan = preview(csvText(ChineseHeader, rows));
    QVERIFY(plan);
    QVERIFY(!plan->report.errors.isEmpty());
    const FieldError& error = plan->report.errors.first();
    QCOMPARE(error.row, 3);
    QCOMPARE(error.field, header);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY(!RosterImport::apply(*m_db->db, plan.value()));
    QVERIFY(children().isEmpty());
}

void TestRosterImport::lastRowBadWritesNothing()
{
    QList<QStringList> rows = twoChildren();
    rows[1][0].clear();
    const auto plan = preview(csvText(ChineseHeader, rows));
    QVERIFY(plan);
    QCOMPARE(plan->report.errors.size(), 1);
    QCOMPARE(plan->report.errors.first().field, u"姓名"_s);
    const auto applied = RosterImport::apply(*m_db->db, plan.value());
    QVERIFY(!applied);
    QVERIFY(applied.error().contains(u"nothing was imported"_s));
    QVERIFY(children().isEmpty());

    QStringList header = ChineseHeader;
    header.removeAt(5);
    QList<QStringList> withoutClass = twoChildren();
    for (QStringList& row : withoutClass)
        row.removeAt(5);
    const auto missing = preview(csvText(header, withoutClass));
    QVERIFY(missing);
    QCOMPARE(missing->report.errors.size(), 1);
    QCOMPARE(missing->report.errors.first().row, 1);
    QVERIFY(missing->report.errors.first().message.contains(u"required column 班级"_s));
}

void TestRosterImport::updatesByIdNumber()
{
    const auto first = preview(csvText(ChineseHeader, twoChildren()));
    QVERIFY(first && first->report.ok());
    QVERIFY(RosterImport::apply(*m_db->db, first.value()));

    QList<QStringList> rows = twoChildren();
    rows[0][0] = u"张晓明"_s;
    rows[0][5] = u"托大一班"_s;
    rows[1][9] = u"13700001111"_s;
    const auto second = preview(csvText(ChineseHeader, rows));
    QVERIFY2(second && second->report.ok(), qPrintable(second->report.errors.value(0).message));
    QCOMPARE(second->report.added, 0);
    QCOMPARE(second->report.updated, 2);
    QVERIFY(RosterImport::apply(*m_db->db, second.value()));

    const QList<ChildListEntry> list = children();
    QCOMPARE(list.size(), 2);
    for (const ChildListEntry& c : list) {
        if (c.name == u"张晓明"_s) {
            QCOMPARE(c.className, u"托大一班"_s);
            const auto history = ChildRepository(*m_db->db).placements(c.id);
            QCOMPARE(history->size(), 2);
            QCOMPARE(history->last().from, Clock::today());
        } else {
            QCOMPARE(c.guardianPhone, u"13700001111"_s);
        }
    }
}

void TestRosterImport::warnings()
{
    QStringList header = ChineseHeader;
    header << u"爱好"_s;
    QList<QStringList> rows = twoChildren();
    rows[0] << u"画画"_s;
    rows[1] << QString();
    rows[1][10].clear();
    const auto plan = preview(csvText(header, rows));
    QVERIFY(plan && plan->report.ok());
    QCOMPARE(plan->report.warnings.size(), 2);
    QCOMPARE(plan->report.warnings.at(0).field, u"爱好"_s);
    QCOMPARE(plan->report.warnings.at(1).row, 3);
    QVERIFY(plan->report.warnings.at(1).message.contains(u"Consent missing"_s));
    QVERIFY(RosterImport::apply(*m_db->db, plan.value()));
    QCOMPARE(children().size(), 2);
}

QTEST_GUILESS_MAIN(TestRosterImport)
#include "tst_rosterimport.moc"
