#include "ClaimFixtures.h"
#include "WorkbookReader.h"
#include "billing/MonthClose.h"
#include "subsidy/ClaimBatches.h"
#include "subsidy/ClaimBuilder.h"
#include "subsidy/ClaimWorkbook.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The claim workbook of November 2026 (21 care days) as the county receives it, read back cell by cell by openpyxl:
// 王一 is claimable (500.00, full day in 大一班, present every day), 赵二 came 5 days and 孙三 has no ID number.
// A draft is built now; a submitted claim is exported as frozen, whatever changed since.
class TestClaimWorkbook : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void claimableRow();
    void totalsAndSignatures();
    void leftOutWithTheReason_data();
    void leftOutWithTheReason();
    void summary_data();
    void summary();
    void pageSetup_data();
    void pageSetup();
    void submittedClaimIsExportedAsFrozen();
    void refusedToCaregiver();

private:
    // Writes November's workbook and reads it back; empty (with a failure recorded) when it could not.
    QJsonArray exported();
    QString path() const { return m_t->dir.filePath(u"claim.xlsx"_s); }

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_older = 0;
    qint64 m_wang = 0;
    const Month m_november {2026, 11};
    const QDate m_born {2024, 6, 10};
};

namespace {

QJsonValue cell(const QJsonObject& sheet, const QString& what, int row, int column)
{
    return sheet[what].toArray().at(row).toArray().at(column);
}

QJsonValue value(const QJsonObject& sheet, int row, int column)
{
    return cell(sheet, u"rows"_s, row, column);
}

// The row whose second cell is `name`; empty when there is none.
QJsonArray rowNamed(const QJsonObject& sheet, const QString& name)
{
    for (const QJsonValue& row : sheet[u"rows"_s].toArray())
        if (row.toArray().at(1).toString() == name)
            return row.toArray();
    return {};
}

} // namespace

void TestClaimWorkbook::init()
{
    qint64 young = 0;
    m_t = billingDatabase(young, m_older); // today is 2026-12-01
    QVERIFY(m_t);
    Database& db = *m_t->db;
    m_wang = enrolForClaim(db, u"王一"_s, m_older, m_born, 2);
    const qint64 zhao = enrolForClaim(db, u"赵二"_s, m_older, m_born, 4);
    const qint64 sun = enrolForClaim(db, u"孙三"_s, m_older, m_born, 6, CareType::FullDay, QDate(2026, 9, 1), true);
    QVERIFY(m_wang && zhao && sun);
    QVERIFY(recordWholeMonth(db, m_wang, m_november));
    QVERIFY(recordWholeMonth(db, sun, m_november));
    QVERIFY(recordPresent(db, zhao, m_november.firstDay(), 5));
    db.setActor(actorWithRole(Role::Finance));
}

void TestClaimWorkbook::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

QJsonArray TestClaimWorkbook::exported()
{
    const Status written = ClaimWorkbook::write(*m_t->db, m_november, path());
    if (!written) {
        QTest::qFail(qPrintable(written.error()), __FILE__, __LINE__);
        return {};
    }
    const Result<QJsonArray> read = readWorkbook(path());
    if (!read) {
        QTest::qFail(qPrintable(read.error()), __FILE__, __LINE__);
        return {};
    }
    return read.value();
}

void TestClaimWorkbook::claimableRow()
{
    const QJsonArray sheets = exported();
    QCOMPARE(sheets.size(), 3);
    QCOMPARE(sheets.at(0)[u"name"_s].toString(), u"申报表"_s);
    QCOMPARE(sheets.at(1)[u"name"_s].toString(), u"不予申报"_s);
    QCOMPARE(sheets.at(2)[u"name"_s].toString(), u"汇总"_s);
    const QJsonObject claim = sheets.at(0).toObject();
    QCOMPARE(value(claim, 0, 0).toString(), u"2026年11月普惠托育运营补贴申报表"_s);
    QVERIFY(value(claim, 1, 0).toString().contains(u"机构名称：潞州区阳光托育园"_s));
    QVERIFY(value(claim, 1, 0).toString().contains(u"统一社会信用代码：91350100M000100Y43"_s));
    QVERIFY(value(claim, 2, 0).toString().contains(u"独立托育机构"_s));
    QVERIFY(value(claim, 2, 0).toString().contains(u"核定普惠托位：60个"_s));
    QVERIFY(value(claim, 2, 0).toString().endsWith(u"草稿（未申报）"_s));
    const QStringList header {u"序号"_s,     u"幼儿姓名"_s,   u"性别"_s,       u"出生日期"_s,     u"身份证号"_s,
                              u"孩次"_s,     u"监护人"_s,     u"联系电话"_s,   u"班级"_s,         u"托育类型"_s,
                              u"入托日期"_s, u"申报月份"_s,   u"应出勤天数"_s, u"实际出勤天数"_s, u"月保育费标准"_s,
                              u"普惠减免"_s, u"实收保育费"_s, u"补贴标准"_s,   u"补贴金额"_s,     u"备注"_s};
    QCOMPARE(claim[u"rows"_s].toArray().at(3).toArray().toVariantList(), QVariant(header).toList());

    const Result<ClaimBuild> built = ClaimBuilder::build(*m_t->db, m_november);
    QVERIFY(built);
    ClaimLine line;
    for (const ClaimLine& l : built->lines)
        if (l.childId == m_wang)
            line = l;
    QCOMPARE(value(claim, 4, 0).toInt(), 1);
    QCOMPARE(value(claim, 4, 1).toString(), u"王一"_s);
    QCOMPARE(value(claim, 4, 2).toString(), u"女"_s);
    QCOMPARE(cell(claim, u"types"_s, 4, 3).toString(), u"d"_s);
    QCOMPARE(value(claim, 4, 3).toString(), u"2024-06-10"_s);
    QCOMPARE(cell(claim, u"formats"_s, 4, 3).toString(), u"yyyy-mm-dd"_s);
    QCOMPARE(cell(claim, u"types"_s, 4, 4).toString(), u"s"_s);
    QCOMPARE(value(claim, 4, 4).toString(), idNumberFor(m_born, 2));
    QCOMPARE(value(claim, 4, 5).toInt(), 2);
    QCOMPARE(value(claim, 4, 6).toString(), u"李明"_s);
    QCOMPARE(value(claim, 4, 7).toString(), u"13812345678"_s);
    QCOMPARE(value(claim, 4, 8).toString(), u"大一班"_s);
    QCOMPARE(value(claim, 4, 9).toString(), u"全日托"_s);
    QCOMPARE(cell(claim, u"types"_s, 4, 10).toString(), u"d"_s);
    QCOMPARE(value(claim, 4, 10).toString(), u"2026-09-01"_s);
    QCOMPARE(value(claim, 4, 11).toString(), u"2026-11"_s);
    QCOMPARE(value(claim, 4, 12).toInt(), 21);
    QCOMPARE(value(claim, 4, 13).toInt(), 21);
    const QList<qint64> amounts {line.feeStandard.fen(), line.reduction.fen(), line.feeCharged.fen(), 50000, 50000};
    for (int i = 0; i < amounts.size(); ++i) {
        QCOMPARE(cell(claim, u"types"_s, 4, 14 + i).toString(), u"n"_s);
        QCOMPARE(fenOf(value(claim, 4, 14 + i)), amounts.at(i));
        QCOMPARE(cell(claim, u"formats"_s, 4, 14 + i).toString(), u"#,##0.00"_s);
    }
    QVERIFY(line.feeStandard.fen() > 0);
    QVERIFY(line.reduction.fen() < 0);
}

void TestClaimWorkbook::totalsAndSignatures()
{
    const QJsonArray sheets = exported();
    QVERIFY(!sheets.isEmpty());
    const QJsonObject claim = sheets.at(0).toObject();
    // One claimable child: the totals row follows hers.
    QCOMPARE(value(claim, 5, 0).toString(), u"合计"_s);
    QCOMPARE(value(claim, 5, 1).toString(), u"1人"_s);
    QCOMPARE(fenOf(value(claim, 5, 14)), fenOf(value(claim, 4, 14)));
    QCOMPARE(fenOf(value(claim, 5, 16)), fenOf(value(claim, 4, 16)));
    QCOMPARE(cell(claim, u"types"_s, 5, 18).toString(), u"n"_s);
    QCOMPARE(fenOf(value(claim, 5, 18)), 50000);
    const QString signatures = value(claim, 7, 0).toString();
    QVERIFY2(signatures.contains(u"负责人："_s) && signatures.contains(u"经办人："_s), qPrintable(signatures));
    QVERIFY2(signatures.contains(u"填表日期：2026年12月1日"_s), qPrintable(signatures));
}

void TestClaimWorkbook::leftOutWithTheReason_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<int>("attended");
    QTest::newRow("too few days") << u"赵二"_s << u"出勤5天，应出勤21天，需至少11天"_s << 5;
    QTest::newRow("no ID number") << u"孙三"_s << u"无身份证号"_s << 21;
}

void TestClaimWorkbook::leftOutWithTheReason()
{
    QFETCH(QString, name);
    QFETCH(QString, reason);
    QFETCH(int, attended);
    const QJsonArray sheets = exported();
    QVERIFY(!sheets.isEmpty());
    const QJsonObject leftOut = sheets.at(1).toObject();
    QCOMPARE(value(leftOut, 0, 0).toString(), u"2026年11月不予申报幼儿名单"_s);
    QCOMPARE(value(leftOut, 2, 0).toString(), u"申报月份：2026年11月　　草稿（未申报）"_s);
    const QJsonArray row = rowNamed(leftOut, name);
    QVERIFY2(!row.isEmpty(), qPrintable(name));
    QCOMPARE(row.at(8).toInt(), 21);
    QCOMPARE(row.at(9).toInt(), attended);
    QCOMPARE(row.at(10).toString(), reason);
    // Neither is on the claim itself.
    QVERIFY(rowNamed(sheets.at(0).toObject(), name).isEmpty());
}

void TestClaimWorkbook::summary_data()
{
    QTest::addColumn<QString>("group");
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("claimable");
    QTest::addColumn<int>("leftOut");
    QTest::addColumn<int>("amountFen");
    QTest::newRow("class") << u"大一班"_s << 3 << 1 << 2 << 50000;
    QTest::newRow("care type") << u"全日托"_s << 3 << 1 << 2 << 50000;
    QTest::newRow("grand total") << QString() << 3 << 1 << 2 << 50000;
}

void TestClaimWorkbook::summary()
{
    QFETCH(QString, group);
    QFETCH(int, children);
    QFETCH(int, claimable);
    QFETCH(int, leftOut);
    QFETCH(int, amountFen);
    const QJsonArray sheets = exported();
    QVERIFY(!sheets.isEmpty());
    const QJsonObject summary = sheets.at(2).toObject();
    QCOMPARE(value(summary, 0, 0).toString(), u"2026年11月普惠托育运营补贴申报汇总"_s);
    const QJsonArray rows = summary[u"rows"_s].toArray();
    // The grand total is the last row; the groups come before it.
    const QJsonArray row = group.isEmpty() ? rows.last().toArray() : rowNamed(summary, group);
    QVERIFY(!row.isEmpty());
    if (group.isEmpty())
        QCOMPARE(row.at(0).toString(), u"合计"_s);
    QCOMPARE(row.at(2).toInt(), children);
    QCOMPARE(row.at(3).toInt(), claimable);
    QCOMPARE(row.at(4).toInt(), leftOut);
    QCOMPARE(fenOf(row.at(5)), amountFen);
}

void TestClaimWorkbook::pageSetup_data()
{
    // Each sheet has a title, two header lines and the column header above its rows.
    QTest::addColumn<int>("sheet");
    QTest::newRow("申报表") << 0;
    QTest::newRow("不予申报") << 1;
    QTest::newRow("汇总") << 2;
}

void TestClaimWorkbook::pageSetup()
{
    QFETCH(int, sheet);
    const QJsonArray sheets = exported();
    QVERIFY(!sheets.isEmpty());
    const QJsonObject s = sheets.at(sheet).toObject();
    QCOMPARE(s[u"orientation"_s].toString(), u"landscape"_s);
    QCOMPARE(s[u"paperSize"_s].toInt(), 9);
    QCOMPARE(s[u"fitToWidth"_s].toInt(), 1);
    QCOMPARE(s[u"fitToHeight"_s].toInt(), 0);
    QCOMPARE(s[u"fitToPage"_s].toBool(), true);
    QCOMPARE(s[u"printTitleRows"_s].toString(), u"$1:$4"_s);
    QCOMPARE(s[u"freezePanes"_s].toString(), u"A5"_s);
    QCOMPARE(s[u"printGridLines"_s].toBool(), true);
}

void TestClaimWorkbook::submittedClaimIsExportedAsFrozen()
{
    Database& db = *m_t->db;
    // The director closes November, 赵二's days away confirmed as absences.
    db.setActor(actorWithRole(Role::Director));
    const Result<int> closed = MonthClose::close(db, m_november, true);
    QVERIFY2(closed, qPrintable(closed.error()));
    const Result<ClaimBatch> submitted = ClaimBatches::submit(db, m_november);
    QVERIFY2(submitted, qPrintable(submitted.error()));
    // Made a kindergarten class afterwards, the claim built now would ask 300.00; the one sent asked 500.00.
    QVERIFY(setInstitution(db, InstitutionType::Kindergarten, QDate(2025, 3, 1)));
    const Result<ClaimBuild> now = ClaimBuilder::build(db, m_november);
    QVERIFY(now);
    QCOMPARE(now->totals().amount.fen(), 30000);

    const QJsonArray sheets = exported();
    QVERIFY(!sheets.isEmpty());
    const QJsonObject claim = sheets.at(0).toObject();
    QVERIFY2(value(claim, 2, 0).toString().endsWith(u"第1版 已申报"_s), qPrintable(value(claim, 2, 0).toString()));
    QCOMPARE(value(claim, 4, 1).toString(), u"王一"_s);
    QCOMPARE(fenOf(value(claim, 4, 18)), 50000);
    QCOMPARE(fenOf(value(claim, 5, 18)), 50000);
}

void TestClaimWorkbook::refusedToCaregiver()
{
    m_t->db->setActor(caregiverActor({m_older}));
    const Status written = ClaimWorkbook::write(*m_t->db, m_november, path());
    QVERIFY(!written);
    QVERIFY(!written.error().isEmpty());
    QVERIFY(!QFile::exists(path()));
}

QTEST_GUILESS_MAIN(TestClaimWorkbook)
#include "tst_claimworkbook.moc"
