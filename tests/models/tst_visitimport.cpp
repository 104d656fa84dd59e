#include "EncodingRows.h"
#include "OutreachFixtures.h"
#include "RosterFiles.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "outreach/HouseholdRepository.h"
#include "outreach/HouseholdValidator.h"
#include "outreach/VisitImport.h"
#include "outreach/VisitRepository.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QStringList Header {u"身份证号"_s, u"村"_s,       u"幼儿姓名"_s, u"出生日期"_s, u"入户日期"_s,
                          u"入户人员"_s, u"指导内容"_s, u"体重"_s,     u"身长"_s,     u"头围"_s,
                          u"发育检查"_s, u"指导建议"_s, u"转介"_s,     u"转介原因"_s, u"下次入户日期"_s};

const QString LeId = idNumberFor(QDate(2025, 1, 8), 24);

// 王小乐 by her ID number; 李朵朵, whose number is not known, by village, name and birth date.
QList<QStringList> twoVisits()
{
    return {{LeId, QString(), QString(), QString(), u"2026-11-02"_s, u"liuhong"_s, u"feeding,喂养,development"_s,
             u"10.4"_s, u"79.5"_s, u"46.1"_s, u"walks,-says_words"_s, u"多陪孩子说话"_s, QString(), QString(),
             u"2026-12-02"_s},
            {QString(), u"曲里村"_s, u"李朵朵"_s, u"2024/12/3"_s, u"2026年11月5日"_s, u"LIUHONG"_s, u"安全、睡眠"_s,
             u"11"_s, QString(), QString(), QString(), QString(), u"乡镇卫生院"_s, u"反复咳嗽"_s, QString()}};
}

Household household(const QString& village, const QString& child, QDate birth, Gender gender, const QString& id)
{
    Household h;
    h.village = village;
    h.guardians = {{u"王强"_s, u"父亲"_s, u"13812345678"_s}};
    h.consentBy = u"王强"_s;
    h.consentOn = QDate(2026, 10, 1);
    h.registeredOn = QDate(2026, 10, 1);
    h.children = {{0, 0, child, gender, birth, id, {}}};
    return h;
}

} // namespace

// The visit import: the child by ID number or by village, name and birth date, the encodings Excel writes, every
// problem of a row named with its row and column, nothing written when one row is wrong, and a second import of the
// same file that adds nothing.
class TestVisitImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void encodings_data();
    void encodings();
    void errors_data();
    void errors();
    void reimportAddsNothing();

private:
    Result<VisitImportPlan> preview(const QByteArray& bytes) { return previewCsv<VisitImport>(*m_db->db, bytes); }
    void importAll(const QByteArray& bytes) { QVERIFY(importCsv<VisitImport>(*m_db->db, bytes)); }
    QList<Visit> visitsOf(qint64 childId)
    {
        return VisitRepository(*m_db->db).ofChild(childId).value_or(QList<Visit>());
    }

    std::unique_ptr<TempDatabase> m_db;
    qint64 m_le = 0;
    qint64 m_duoduo = 0;
};

void TestVisitImport::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->open());
    QVERIFY(makeOutreachTeam(*m_db->db));
    HouseholdRepository households(*m_db->db);
    Household wang = household(u"店上村"_s, u"王小乐"_s, QDate(2025, 1, 8), Gender::Female, LeId);
    Household li = household(u"曲里村"_s, u"李朵朵"_s, QDate(2024, 12, 3), Gender::Female, QString());
    QVERIFY(HouseholdValidator::validate(wang, Clock::today()).isEmpty());
    QVERIFY(HouseholdValidator::validate(li, Clock::today()).isEmpty());
    const Result<qint64> wangId = households.add(wang);
    const Result<qint64> liId = households.add(li);
    QVERIFY(wangId && liId);
    m_le = households.load(wangId.value())->children.first().id;
    m_duoduo = households.load(liId.value())->children.first().id;
}

void TestVisitImport::encodings_data()
{
    QTest::addColumn<QByteArray>("bytes");
    addEncodingRows(csvText(Header, twoVisits()));
}

void TestVisitImport::encodings()
{
    QFETCH(QByteArray, bytes);
    importAll(bytes);
    const QList<Visit> le = visitsOf(m_le);
    QCOMPARE(le.size(), 1);
    QCOMPARE(le.first().visitedOn, QDate(2026, 11, 2));
    QCOMPARE(le.first().topics, (QList<VisitTopic> {VisitTopic::Feeding, VisitTopic::Development}));
    QCOMPARE(le.first().measurements, (Measurements {10400, 795, 461}));
    QCOMPARE(le.first().checklist, (QMap<QString, bool> {{u"walks"_s, true}, {u"says_words"_s, false}}));
    QCOMPARE(le.first().nextVisitOn, QDate(2026, 12, 2));
    const QList<Visit> duoduo = visitsOf(m_duoduo);
    QCOMPARE(duoduo.size(), 1);
    QCOMPARE(duoduo.first().visitors, QStringList {u"liuhong"_s});
    QCOMPARE(duoduo.first().referral, Referral::TownshipHospital);
    QCOMPARE(duoduo.first().measurements.weightGrams, std::optional<int>(11000));
}

void TestVisitImport::errors_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("line");
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown ID number") << 0 << 0 << idNumberFor(QDate(2025, 1, 8), 26) << 2 << u"身份证号"_s
                                       << u"No child of the team's households"_s;
    QTest::newRow("unknown child") << 1 << 2 << u"李多多"_s << 3 << u"幼儿姓名"_s << u"No child called 李多多"_s;
    QTest::newRow("not a member") << 0 << 5 << u"liuhong,wangwu"_s << 2 << u"入户人员"_s << u"wangwu is not a member"_s;
    QTest::newRow("future visit") << 1 << 4 << u"2026-11-21"_s << 3 << u"入户日期"_s << u"in the future"_s;
    QTest::newRow("weight with a comma") << 0 << 7 << u"10,4"_s << 2 << u"体重"_s << u"kilograms"_s;
    QTest::newRow("weight out of range") << 0 << 7 << u"104"_s << 2 << u"体重"_s << u"outside what a child"_s;
    QTest::newRow("unknown topic") << 0 << 6 << u"feeding,singing"_s << 2 << u"指导内容"_s << u"Unknown topic"_s;
    QTest::newRow("referral without reason") << 1 << 13 << QString() << 3 << u"转介原因"_s << u"Say why"_s;
    QTest::newRow("unknown referral") << 1 << 12 << u"县医院"_s << 3 << u"转介"_s << u"Unknown referral"_s;
    QTest::newRow("next before this visit")
        << 0 << 14 << u"2026-11-01"_s << 2 << u"下次入户日期"_s << u"must come after"_s;
    QTest::newRow("unknown checklist item") << 0 << 10 << u"walks,flies"_s << 2 << u"发育检查"_s << u"\"flies\""_s;
}

void TestVisitImport::errors()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QString, value);
    QFETCH(int, line);
    QFETCH(QString, header);
    QFETCH(QString, message);
    QList<QStringList> rows = twoVisits();
    rows[row][column] = value;
    const auto plan = preview(csvText(Header, rows));
    QVERIFY(plan);
    QCOMPARE(plan->report.errors.size(), 1);
    const FieldError& e = plan->report.errors.first();
    QCOMPARE(e.row, line);
    QCOMPARE(e.field, header);
    QVERIFY2(e.message.contains(message), qPrintable(e.message));
    QVERIFY(!VisitImport::apply(*m_db->db, plan.value()));
    QVERIFY(visitsOf(m_le).isEmpty());
    QVERIFY(visitsOf(m_duoduo).isEmpty());
}

void TestVisitImport::reimportAddsNothing()
{
    const QByteArray bytes = csvText(Header, twoVisits());
    importAll(bytes);
    const auto again = preview(bytes);
    QVERIFY(again && again->report.ok());
    QCOMPARE(again->report.added, 0);
    QCOMPARE(again->alreadyRecorded, 2);
    QCOMPARE(again->report.warnings.size(), 2);
    importAll(bytes);
    QCOMPARE(visitsOf(m_le).size(), 1);
    QCOMPARE(visitsOf(m_duoduo).size(), 1);
}

QTEST_GUILESS_MAIN(TestVisitImport)
#include "tst_visitimport.moc"
