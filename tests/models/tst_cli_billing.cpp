#include "BillingFixtures.h"
#include "CliRunner.h"
#include "access/UserRepository.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"

#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// Fees on the command line, October closed: `payment add` for part of a bill, then the rest, with `arrears`
// following; an overpayment, an unknown method and other wrong values refused with nothing recorded; a prepayment
// on one receipt; `payment refund`; `receipt void` keeping its number and `receipt list` showing it; a caregiver
// refused. The tests run in order on one database.
class TestCliBilling : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void caregiverIsRefused();
    void unknownMethodNamesTheAcceptedOnes();
    void wrongValuesAreRefused_data();
    void wrongValuesAreRefused();
    void overpaymentIsRefused();
    void partialPaymentShowsInArrears();
    void restOfTheBillLeavesArrears();
    void prepaymentOnOneReceipt();
    void refundOfWhatWasPaidAhead();
    void voidedReceiptKeepsItsNumber();

private:
    CliRun finance(const QStringList& arguments)
    {
        return runCliAs(m_t->path, u"caiwu"_s, u"finance-2026"_s, arguments);
    }

    CliRun pay(const QString& idNumber, const QString& amount, const QStringList& more = {})
    {
        return finance(QStringList {u"payment"_s, u"add"_s, u"--child"_s, idNumber, u"--month"_s, u"2026-10"_s,
                                    u"--amount"_s, amount, u"--method"_s, u"wechat"_s}
                       + more);
    }

    QJsonArray receipts()
    {
        const CliRun run = finance({u"receipt"_s, u"list"_s, u"--json"_s});
        if (run.exitCode != 0)
            qWarning().noquote() << run.err;
        return run.json()[u"receipts"_s].toArray();
    }

    std::unique_ptr<TempDatabase> m_t;
    QString m_girlId; // 李小雨, her father 李明 the primary guardian
    QString m_boyId; // 张小宝, no guardian on record
    Money m_billed; // each child's October bill
};

void TestCliBilling::initTestCase()
{
    qint64 classA = 0;
    qint64 classB = 0;
    m_t = rosterDatabase(classA, classB);
    QVERIFY(m_t);
    Database& db = *m_t->db;
    QVERIFY(UserRepository(db).add(u"caiwu"_s, Role::Finance, u"finance-2026"_s).ok());
    QVERIFY(UserRepository(db).add(u"wangfang"_s, Role::Caregiver, u"caregiver-2026"_s, {}, {classA}).ok());
    const ChildRecord girl = enrolledGirl();
    ChildRecord boy = waitingBoy();
    boy.enrolledOn = girl.enrolledOn;
    boy.guardians.clear();
    m_girlId = girl.idNumber;
    m_boyId = boy.idNumber;
    const Placement placement {classA, CareType::FullDay, girl.enrolledOn, {}};
    const Result<qint64> girlId = ChildRepository(db).add(girl, placement);
    const Result<qint64> boyId = ChildRepository(db).add(boy, placement);
    QVERIFY(girlId && boyId);
    QVERIFY(recordInclusiveInstitution(db, QDate(2025, 3, 1)));
    const Month october(2026, 10);
    QVERIFY(recordWholeMonth(db, girlId.value(), october));
    QVERIFY(recordWholeMonth(db, boyId.value(), october));
    db.setActor(actorWithRole(Role::Finance));
    const Result<int> closed = MonthClose::close(db, october, false);
    QVERIFY2(closed, qPrintable(closed.error()));
    const Result<MonthBills> bills = MonthBilling::forMonth(db, october);
    QVERIFY(bills && bills->children.size() == 2);
    m_billed = bills->children.first().bill.total();
    QCOMPARE(bills->children.last().bill.total(), m_billed);
    QVERIFY(m_billed > Money::fromYuan(500));
    m_t->db.reset();
}

void TestCliBilling::caregiverIsRefused()
{
    const auto caregiver = [this](const QStringList& arguments) {
        return runCliAs(m_t->path, u"wangfang"_s, u"caregiver-2026"_s, arguments);
    };
    const CliRun payment = caregiver({u"payment"_s, u"add"_s, u"--child"_s, m_girlId, u"--month"_s, u"2026-10"_s,
                                      u"--amount"_s, u"100.00"_s, u"--method"_s, u"cash"_s});
    QCOMPARE(payment.exitCode, 3);
    QVERIFY(!payment.err.isEmpty());
    QCOMPARE(caregiver({u"receipt"_s, u"list"_s}).exitCode, 3);
    QCOMPARE(caregiver({u"arrears"_s}).exitCode, 3);
    QCOMPARE(receipts().size(), 0);
}

void TestCliBilling::unknownMethodNamesTheAcceptedOnes()
{
    const CliRun run = finance({u"payment"_s, u"add"_s, u"--child"_s, m_girlId, u"--month"_s, u"2026-10"_s,
                                u"--amount"_s, u"100.00"_s, u"--method"_s, u"paypal"_s, u"--json"_s});
    QCOMPARE(run.exitCode, 3);
    const QJsonObject error = run.json()[u"errors"_s].toArray().first().toObject();
    QCOMPARE(error[u"field"_s].toString(), u"--method"_s);
    const QString message = error[u"message"_s].toString();
    for (const QString& accepted : {u"cash (现金)"_s, u"wechat (微信)"_s, u"alipay (支付宝)"_s, u"bank (银行转账)"_s})
        QVERIFY2(message.contains(accepted), qPrintable(message));
    QCOMPARE(receipts().size(), 0);
}

void TestCliBilling::wrongValuesAreRefused_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList girl {u"--child"_s, u"140402202503151523"_s};
    const QStringList common {u"--month"_s, u"2026-10"_s, u"--method"_s, u"微信"_s};
    QTest::newRow("unknown child") << QStringList {u"--child"_s, u"110101202401010012"_s, u"--amount"_s, u"100.00"_s}
            + common << 3 << u"--child: No child has the ID number 110101202401010012."_s;
    QTest::newRow("bad amount") << girl + QStringList {u"--amount"_s, u"1,40.00"_s} + common << 3
                                << u"--amount: \"1,40.00\" is not an amount of money"_s;
    QTest::newRow("bad date") << girl + QStringList {u"--amount"_s, u"100"_s, u"--date"_s, u"2026-11-31"_s} + common
                              << 3 << u"--date takes a date written YYYY-MM-DD"_s;
    QTest::newRow("future date") << girl + QStringList {u"--amount"_s, u"100"_s, u"--date"_s, u"2026-11-21"_s} + common
                                 << 3 << u"2026-11-21 is in the future"_s;
    QTest::newRow("bad month") << girl
            + QStringList {u"--amount"_s, u"100"_s, u"--month"_s, u"2026-13"_s, u"--method"_s, u"cash"_s}
                               << 3 << u"--month: \"2026-13\" is not a month"_s;
    QTest::newRow("no amount") << girl + common << 2 << u"payment add needs --amount"_s;
    QTest::newRow("no payer") << QStringList {u"--child"_s, u"140402202406200311"_s, u"--amount"_s, u"100"_s} + common
                              << 3 << u"张小宝 has no guardian on record"_s;
}

void TestCliBilling::wrongValuesAreRefused()
{
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const CliRun run = finance(QStringList {u"payment"_s, u"add"_s} + arguments);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    QCOMPARE(receipts().size(), 0);
}

void TestCliBilling::overpaymentIsRefused()
{
    const CliRun run = pay(m_girlId, (m_billed + Money::fromFen(1)).toPlainString());
    QVERIFY(run.exitCode != 0);
    QVERIFY2(run.err.contains(u"is more than that"_s), qPrintable(run.err));
    QCOMPARE(receipts().size(), 0);
}

void TestCliBilling::partialPaymentShowsInArrears()
{
    const CliRun run = pay(m_girlId, u"500.00"_s);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.trimmed(), u"Receipt 2026-000001: 500.00 from 李明 for 李小雨, 2026-10."_s);

    const CliRun arrears = finance({u"arrears"_s, u"--json"_s});
    QVERIFY2(arrears.exitCode == 0, qPrintable(arrears.err));
    const QJsonObject json = arrears.json();
    const QJsonArray rows = json[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 2);
    const QJsonObject boy = rows.at(0).toObject(); // the arrears sort names as stored: 张小宝 before 李小雨
    const QJsonObject girl = rows.at(1).toObject();
    QCOMPARE(girl[u"child"_s].toString(), u"李小雨"_s);
    QCOMPARE(girl[u"month"_s].toString(), u"2026-10"_s);
    QCOMPARE(girl[u"billed_fen"_s].toInteger(), m_billed.fen());
    QCOMPARE(girl[u"paid_fen"_s].toInteger(), 50000);
    QCOMPARE(girl[u"outstanding_fen"_s].toInteger(), m_billed.fen() - 50000);
    QVERIFY(girl[u"partly_paid"_s].toBool());
    QCOMPARE(boy[u"child"_s].toString(), u"张小宝"_s);
    QVERIFY(!boy[u"partly_paid"_s].toBool());
    const qint64 total = 2 * m_billed.fen() - 50000;
    QCOMPARE(json[u"total_fen"_s].toInteger(), total);
    const QJsonArray byMonth = json[u"by_month"_s].toArray();
    QCOMPARE(byMonth.size(), 1);
    QCOMPARE(byMonth.first()[u"month"_s].toString(), u"2026-10"_s);
    QCOMPARE(byMonth.first()[u"bills"_s].toInt(), 2);
    QCOMPARE(byMonth.first()[u"outstanding_fen"_s].toInteger(), total);
    const QJsonArray byChild = json[u"by_child"_s].toArray();
    QCOMPARE(byChild.size(), 2);
    QCOMPARE(byChild.last()[u"child"_s].toString(), u"李小雨"_s);
    QCOMPARE(byChild.last()[u"outstanding_fen"_s].toInteger(), m_billed.fen() - 50000);

    const CliRun text = finance({u"arrears"_s});
    QVERIFY2(text.out.contains(u"2026-10\t李小雨\t"_s + m_billed.toString() + u"\t500.00\t"_s
                               + (m_billed - Money::fromYuan(500)).toString() + u"\tpartly paid"_s),
             qPrintable(text.out));
}

void TestCliBilling::restOfTheBillLeavesArrears()
{
    const CliRun run = pay(m_girlId, (m_billed - Money::fromYuan(500)).toPlainString(),
                           {u"--payer"_s, u"王丽"_s, u"--date"_s, u"2026-11-19"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"receipt"_s].toString(), u"2026-000002"_s);
    QCOMPARE(run.json()[u"payer"_s].toString(), u"王丽"_s);

    const QJsonObject arrears = finance({u"arrears"_s, u"--json"_s}).json();
    const QJsonArray rows = arrears[u"rows"_s].toArray();
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first()[u"child"_s].toString(), u"张小宝"_s);
    QCOMPARE(arrears[u"total_fen"_s].toInteger(), m_billed.fen());
}

void TestCliBilling::prepaymentOnOneReceipt()
{
    const CliRun run = finance({u"payment"_s, u"add"_s, u"--child"_s, m_girlId, u"--month"_s, u"2026-12"_s,
                                u"--months"_s, u"6"_s, u"--amount"_s, u"1400.00"_s, u"--method"_s, u"支付宝"_s,
                                u"--reference"_s, u"2026112022001"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QJsonObject json = run.json();
    QCOMPARE(json[u"receipt"_s].toString(), u"2026-000003"_s);
    QCOMPARE(json[u"months"_s].toArray().size(), 6);
    QCOMPARE(json[u"months"_s].toArray().last().toString(), u"2027-05"_s);
    QCOMPARE(json[u"amount_fen"_s].toInteger(), 6 * 140000);
    const QJsonArray list = receipts();
    QCOMPARE(list.size(), 3);
    QCOMPARE(list.first()[u"number"_s].toString(), u"2026-000003"_s);
    QCOMPARE(list.first()[u"method"_s].toString(), u"alipay"_s);
    QCOMPARE(list.first()[u"reference"_s].toString(), u"2026112022001"_s);

    // A seventh month is beyond the prepayment limit.
    const CliRun tooFar = finance({u"payment"_s, u"add"_s, u"--child"_s, m_girlId, u"--month"_s, u"2027-06"_s,
                                   u"--amount"_s, u"1400.00"_s, u"--method"_s, u"cash"_s});
    QCOMPARE(tooFar.exitCode, 3);
    QCOMPARE(receipts().size(), 3);
}

void TestCliBilling::refundOfWhatWasPaidAhead()
{
    const QStringList refund {u"payment"_s, u"refund"_s,  u"--child"_s,  m_girlId,
                              u"--month"_s, u"2026-12"_s, u"--method"_s, u"bank"_s};
    QCOMPARE(finance(refund + QStringList {u"--amount"_s, u"400.00"_s}).exitCode, 2); // no reason
    const CliRun tooMuch = finance(refund + QStringList {u"--amount"_s, u"1400.01"_s, u"--reason"_s, u"退园"_s});
    QCOMPARE(tooMuch.exitCode, 3);
    QVERIFY2(tooMuch.err.contains(u"1,400.00"_s), qPrintable(tooMuch.err));
    const CliRun run
        = finance(refund + QStringList {u"--amount"_s, u"400.00"_s, u"--reason"_s, u"12月只上半月"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.json()[u"amount_fen"_s].toInteger(), 40000);
    QCOMPARE(receipts().size(), 3); // a refund has no receipt
}

void TestCliBilling::voidedReceiptKeepsItsNumber()
{
    QCOMPARE(finance({u"receipt"_s, u"void"_s, u"2026-000002"_s}).exitCode, 2); // no reason
    const CliRun voided = finance({u"receipt"_s, u"void"_s, u"2026-000002"_s, u"--reason"_s, u"金额录错"_s});
    QVERIFY2(voided.exitCode == 0, qPrintable(voided.err));
    QCOMPARE(finance({u"receipt"_s, u"void"_s, u"2026-000002"_s, u"--reason"_s, u"again"_s}).exitCode, 3);

    const QJsonArray list = receipts();
    QCOMPARE(list.size(), 3);
    const QJsonObject second = list.at(1).toObject();
    QCOMPARE(second[u"number"_s].toString(), u"2026-000002"_s);
    QVERIFY(second[u"voided"_s].toBool());
    QCOMPARE(second[u"void_reason"_s].toString(), u"金额录错"_s);
    QVERIFY(!list.at(0)[u"voided"_s].toBool());
    const CliRun text = finance({u"receipt"_s, u"list"_s});
    QVERIFY2(text.out.contains(u"2026-000002\t2026-11-19\t李小雨\t2026-10\t"_s), qPrintable(text.out));
    QVERIFY2(text.out.contains(u"void: 金额录错"_s), qPrintable(text.out));

    // The voided payment counts for nothing: the bill asks the rest again, on the next number.
    const QJsonObject arrears = finance({u"arrears"_s, u"--json"_s}).json();
    QCOMPARE(arrears[u"rows"_s].toArray().size(), 2);
    const CliRun next = pay(m_boyId, u"100.00"_s, {u"--payer"_s, u"张伟"_s, u"--json"_s});
    QVERIFY2(next.exitCode == 0, qPrintable(next.err));
    QCOMPARE(next.json()[u"receipt"_s].toString(), u"2026-000004"_s);
    QCOMPARE(
        finance({u"receipt"_s, u"list"_s, u"--year"_s, u"2027"_s, u"--json"_s}).json()[u"receipts"_s].toArray().size(),
        0);
}

QTEST_GUILESS_MAIN(TestCliBilling)
#include "tst_cli_billing.moc"
