#include "BillingFixtures.h"
#include "WorkbookReader.h"
#include "billing/BillsExport.h"
#include "billing/PaymentRepository.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// A month's bills as the finance office receives them: the workbook read back cell by cell by another program
// (openpyxl), the CSV text, ID numbers whole or masked by role, and the refusal for a caregiver. November 2026 has
// 21 care days; 王一 (托大班, inclusive) is the worked example, present 20 days: 1,400.00 care fee, -300.00
// reduction, 300.00 meals, 1,400.00 due. 张小宝 has home care, 3 visits of 2 hours: 300.00.
class TestBillsExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void workbookCells();
    void workbookLines();
    void csvTable();
    void idNumbersByRole();
    void refusedToCaregiver();

private:
    qint64 enrol(ChildRecord child, CareType careType);
    QString path(const QString& name) const { return m_t->dir.filePath(name); }

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_older = 0; // 大一班, 托大班
};

namespace {

const QString Institution = u"潞州区阳光托育园"_s;
const QString WangYiId = u"140402202503151523"_s;

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

void TestBillsExport::init()
{
    qint64 young = 0;
    m_t = billingDatabase(young, m_older);
    QVERIFY(m_t);

    ChildRecord girl = enrolledGirl();
    girl.name = u"王一"_s;
    const qint64 wangYi = enrol(girl, CareType::FullDay);
    QVERIFY(wangYi);
    QVERIFY(recordPresent(*m_t->db, wangYi, QDate(2026, 11, 1), 20));
    // 王一's family has paid 1,000.00 of it.
    PaymentRequest payment;
    payment.childId = wangYi;
    payment.firstMonth = Month(2026, 11);
    payment.amountPerMonth = Money::fromYuan(1000);
    payment.paidOn = QDate(2026, 11, 30);
    payment.payer = u"王妈妈"_s;
    const Result<QString> receipt = PaymentRepository(*m_t->db).record(payment);
    QVERIFY2(receipt, qPrintable(receipt.error()));
    ChildRecord boy = waitingBoy();
    boy.enrolledOn = QDate(2026, 9, 1);
    const qint64 zhang = enrol(boy, CareType::Home);
    QVERIFY(zhang);
    QVERIFY(recordPresent(*m_t->db, zhang, QDate(2026, 11, 1), 3, 2));
}

void TestBillsExport::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

qint64 TestBillsExport::enrol(ChildRecord child, CareType careType)
{
    const Result<qint64> id = ChildRepository(*m_t->db).add(child, Placement {m_older, careType, child.enrolledOn, {}});
    if (!id)
        qWarning().noquote() << id.error();
    return id.value_or(0);
}

void TestBillsExport::workbookCells()
{
    const QString file = path(u"bills.xlsx"_s);
    const Status written = BillsExport::write(*m_t->db, Month(2026, 11), file);
    QVERIFY2(written, qPrintable(written.error()));
    const Result<QJsonArray> read = readWorkbook(file);
    if (!read)
        QFAIL(qPrintable(read.error()));
    const QJsonArray sheets = read.value();
    QCOMPARE(sheets.size(), 2);
    QCOMPARE(sheets.at(0)[u"name"_s].toString(), u"账单"_s);
    QCOMPARE(sheets.at(1)[u"name"_s].toString(), u"明细"_s);

    const QJsonArray rows = sheets.at(0)[u"rows"_s].toArray();
    const QJsonArray formats = sheets.at(0)[u"formats"_s].toArray();
    const auto cell = [&rows](int row, int column) { return rows.at(row).toArray().at(column); };
    QCOMPARE(cell(0, 0).toString(), u"2026年11月 收费明细"_s);
    QCOMPARE(cell(1, 0).toString(), Institution);
    const QStringList header {u"姓名"_s,     u"身份证号"_s, u"班级"_s,     u"保育费"_s,   u"普惠减免"_s,
                              u"缺勤退费"_s, u"伙食费"_s,   u"计时托费"_s, u"上门托费"_s, u"代收费"_s,
                              u"应收合计"_s, u"已收"_s,     u"欠费"_s};
    QCOMPARE(rows.at(3).toArray().toVariantList(), QVariant(header).toList());
    // By name: 张小宝 before 王一.
    QCOMPARE(cell(4, 0).toString(), u"张小宝"_s);
    QCOMPARE(fenOf(cell(4, 8)), 30000);
    QCOMPARE(cell(5, 0).toString(), u"王一"_s);
    QCOMPARE(cell(5, 1).toString(), WangYiId);
    QCOMPARE(cell(5, 2).toString(), u"大一班"_s);
    QVERIFY(cell(5, 3).isDouble());
    QCOMPARE(fenOf(cell(5, 3)), 140000);
    QCOMPARE(fenOf(cell(5, 4)), -30000);
    QCOMPARE(fenOf(cell(5, 5)), 0);
    QCOMPARE(fenOf(cell(5, 6)), 30000);
    QCOMPARE(fenOf(cell(5, 10)), 140000);
    QCOMPARE(fenOf(cell(5, 11)), 100000);
    QCOMPARE(fenOf(cell(5, 12)), 40000);
    QCOMPARE(formats.at(5).toArray().at(3).toString(), u"#,##0.00"_s);

    QCOMPARE(rows.size(), 7);
    QCOMPARE(cell(6, 0).toString(), u"合计"_s);
    const QList<qint64> totals {140000, -30000, 0, 30000, 0, 30000, 0, 170000, 100000, 70000};
    for (int i = 0; i < totals.size(); ++i) {
        QVERIFY(cell(6, 3 + i).isDouble());
        QCOMPARE(fenOf(cell(6, 3 + i)), totals.at(i));
    }
}

void TestBillsExport::workbookLines()
{
    const QString file = path(u"bills.xlsx"_s);
    QVERIFY(BillsExport::write(*m_t->db, Month(2026, 11), file));
    const Result<QJsonArray> read = readWorkbook(file);
    if (!read)
        QFAIL(qPrintable(read.error()));
    const QJsonArray sheets = read.value();
    const QJsonArray rows = sheets.at(1)[u"rows"_s].toArray();
    QCOMPARE(rows.at(0).toArray().toVariantList(),
             QVariant(QStringList {u"姓名"_s, u"收费项目"_s, u"内容"_s, u"计算依据"_s, u"金额"_s}).toList());
    QStringList lines;
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const QJsonArray row = rows.at(r).toArray();
        lines << u"%1 %2 %3"_s.arg(row.at(0).toString(), row.at(1).toString()).arg(fenOf(row.at(4)));
    }
    QCOMPARE(lines,
             (QStringList {u"张小宝 上门托费 30000"_s, u"王一 保育费 140000"_s, u"王一 普惠减免 -30000"_s,
                           u"王一 伙食费 30000"_s}));
}

void TestBillsExport::csvTable()
{
    const QString file = path(u"bills.csv"_s);
    QVERIFY(BillsExport::write(*m_t->db, Month(2026, 11), file));
    const QString expected
        = u"姓名,身份证号,班级,保育费,普惠减免,缺勤退费,伙食费,计时托费,上门托费,代收费,应收合计,已收,欠费\r\n"
          u"张小宝,140402202406200311,大一班,0.00,0.00,0.00,0.00,0.00,300.00,0.00,300.00,0.00,300.00\r\n"
          u"王一,140402202503151523,大一班,1400.00,-300.00,0.00,300.00,0.00,0.00,0.00,1400.00,1000.00,400.00\r\n"
          u"合计,,,1400.00,-300.00,0.00,300.00,0.00,300.00,0.00,1700.00,1000.00,700.00\r\n"_s;
    const QByteArray bytes = contentOf(file);
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    QCOMPARE(QString::fromUtf8(bytes.mid(3)), expected);
}

void TestBillsExport::idNumbersByRole()
{
    // Both roles that see fees may see whole ID numbers; the table masks them for anyone else.
    for (const Role role : {Role::Director, Role::Finance}) {
        m_t->db->setActor(actorWithRole(role));
        const QString file = path(u"bills.csv"_s);
        QVERIFY(BillsExport::write(*m_t->db, Month(2026, 11), file));
        QVERIFY(contentOf(file).contains(WangYiId.toUtf8()));
    }
    const Result<MonthBills> bills = MonthBilling::compute(*m_t->db, Month(2026, 11));
    QVERIFY(bills);
    const QList<SheetRow> table = BillsExport::billTable(bills.value(), {}, actorWithRole(Role::Outreach));
    QCOMPARE(table.at(2).at(1).plainText(), u"140402********1523"_s);
}

void TestBillsExport::refusedToCaregiver()
{
    m_t->db->setActor(caregiverActor({m_older}));
    const QString file = path(u"bills.xlsx"_s);
    const Status written = BillsExport::write(*m_t->db, Month(2026, 11), file);
    QVERIFY(!written);
    QVERIFY(!written.error().isEmpty());
    QVERIFY(!QFile::exists(file));
}

QTEST_GUILESS_MAIN(TestBillsExport)
#include "tst_billsexport.moc"
