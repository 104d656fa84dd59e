#include "BillingFixtures.h"
#include "billing/Arrears.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "billing/PaymentRepository.h"
#include "billing/ReceiptBook.h"

#include <QTest>

using namespace Qt::StringLiterals;

// Payments against bills, receipts numbered without gaps, voids, prepayments, refunds and the arrears list.
class TestPayments : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void refusals_data();
    void refusals();
    void numberingStaysGaplessUnderVoid();
    void partialPaymentsAndArrears();
    void prepaymentUpToTheLimitOnOneReceipt();
    void refundsOnlyWhatWasPaidBeyondTheBill();
    void receiptCarriesTheBillAndCapitals();
    void financeOnly();

private:
    PaymentRequest request(Money amount, Month month = {2026, 10}) const;
    QString pay(Money amount, Month month = {2026, 10});

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_child = 0;
    qint64 m_other = 0;
    Money m_billed; // 王一's October bill
    const Month m_october {2026, 10};
};

void TestPayments::init()
{
    qint64 classA = 0;
    qint64 classB = 0;
    m_t = rosterDatabase(classA, classB); // today is 2026-11-29
    QVERIFY(m_t);
    m_child = enrolChild(*m_t->db, u"王一"_s, classA);
    m_other = enrolChild(*m_t->db, u"李二"_s, classA);
    QVERIFY(m_child && m_other);
    QVERIFY(recordInclusiveInstitution(*m_t->db, QDate(2025, 3, 1)));
    QVERIFY(recordWholeMonth(*m_t->db, m_child, m_october));
    QVERIFY(recordWholeMonth(*m_t->db, m_other, m_october));
    m_t->db->setActor(actorWithRole(Role::Finance));
    const Result<int> closed = MonthClose::close(*m_t->db, m_october, false);
    QVERIFY2(closed, qPrintable(closed.error()));
    const Result<MonthBills> bills = MonthBilling::forMonth(*m_t->db, m_october);
    QVERIFY(bills && bills->children.size() == 2);
    m_billed = bills->children.first().bill.total();
    QVERIFY(m_billed.fen() > 0);
    QCOMPARE(bills->children.last().bill.total(), m_billed);
}

void TestPayments::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

PaymentRequest TestPayments::request(Money amount, Month month) const
{
    PaymentRequest r;
    r.childId = m_child;
    r.firstMonth = month;
    r.amountPerMonth = amount;
    r.method = PaymentMethod::WeChat;
    r.paidOn = QDate(2026, 11, 28);
    r.payer = u"王妈妈"_s;
    return r;
}

QString TestPayments::pay(Money amount, Month month)
{
    const Result<QString> number = PaymentRepository(*m_t->db).record(request(amount, month));
    if (!number)
        qWarning().noquote() << number.error();
    return number.value_or(QString());
}

void TestPayments::refusals_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("message");
    QTest::newRow("zero") << u"amount"_s << u"more than 0"_s;
    QTest::newRow("more than the bill") << u"over"_s << u"is more than that"_s;
    QTest::newRow("future date") << u"date"_s << u"in the future"_s;
    QTest::newRow("no payer") << u"payer"_s << u"who paid"_s;
    QTest::newRow("too far ahead") << u"ahead"_s << u"too far ahead"_s;
    QTest::newRow("before enrolment") << u"enrolment"_s << u"not enrolled in 2026-08"_s;
    QTest::newRow("no such child") << u"child"_s << u"no child"_s;
}

void TestPayments::refusals()
{
    QFETCH(QString, field);
    QFETCH(QString, message);
    PaymentRequest r = request(Money::fromYuan(100));
    if (field == u"amount"_s)
        r.amountPerMonth = Money();
    else if (field == u"over"_s)
        r.amountPerMonth = m_billed + Money::fromFen(1);
    else if (field == u"date"_s)
        r.paidOn = QDate(2026, 11, 30);
    else if (field == u"payer"_s)
        r.payer = u"  "_s;
    else if (field == u"ahead"_s)
        r.firstMonth = Month(2027, 6); // six months after November is 2027-05
    else if (field == u"enrolment"_s)
        r.firstMonth = Month(2026, 8);
    else if (field == u"child"_s)
        r.childId = 999;
    const Result<QString> number = PaymentRepository(*m_t->db).record(r);
    QVERIFY(!number);
    QVERIFY2(number.error().contains(message), qPrintable(number.error()));
    QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT COUNT(*) FROM payments"_s).toInt(), 0);
    QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT COUNT(*) FROM receipts"_s).toInt(), 0);
}

void TestPayments::numberingStaysGaplessUnderVoid()
{
    QCOMPARE(pay(Money::fromYuan(100)), u"2026-000001"_s);
    QCOMPARE(pay(Money::fromYuan(100)), u"2026-000002"_s);
    ReceiptBook book(*m_t->db);
    QVERIFY(!book.voidReceipt(u"2026-000002"_s, u" "_s));
    QVERIFY(book.voidReceipt(u"2026-000002"_s, u"金额录错"_s));
    QVERIFY(!book.voidReceipt(u"2026-000002"_s, u"again"_s));
    QCOMPARE(pay(Money::fromYuan(100)), u"2026-000003"_s);

    const Result<QList<Receipt>> all = book.receipts(2026);
    QVERIFY(all);
    QStringList numbers;
    for (const Receipt& r : all.value())
        numbers << r.number;
    QCOMPARE(numbers, QStringList({u"2026-000003"_s, u"2026-000002"_s, u"2026-000001"_s}));
    QVERIFY(all->at(1).voided);
    QCOMPARE(all->at(1).voidReason, u"金额录错"_s);
    // The void payment counts for nothing.
    const Result<QHash<qint64, Money>> paid = PaymentRepository(*m_t->db).paidByChild(m_october);
    QVERIFY(paid);
    QCOMPARE(paid->value(m_child), Money::fromYuan(200));

    // A new year starts again from 1.
    Clock::setFixed(QDateTime(QDate(2027, 1, 4), QTime(9, 0)));
    PaymentRequest january = request(Money::fromYuan(50));
    january.paidOn = QDate(2027, 1, 4);
    const Result<QString> first = PaymentRepository(*m_t->db).record(january);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first.value(), u"2027-000001"_s);
}

void TestPayments::partialPaymentsAndArrears()
{
    const Money part = Money::fromYuan(500);
    QVERIFY(!pay(part).isEmpty());
    Result<ArrearsList> arrears = Arrears::compute(*m_t->db);
    QVERIFY(arrears);
    QCOMPARE(arrears->rows.size(), 2);
    const ArrearsRow& wang = arrears->rows.at(1); // 李二 sorts first by name
    QCOMPARE(wang.name, u"王一"_s);
    QVERIFY(wang.partlyPaid());
    QCOMPARE(wang.outstanding(), m_billed - part);
    QVERIFY(!arrears->rows.at(0).partlyPaid());
    QCOMPARE(arrears->total(), m_billed + m_billed - part);
    QCOMPARE(arrears->byMonth().size(), 1);
    QCOMPARE(arrears->byMonth().first().label, u"2026-10"_s);
    QCOMPARE(arrears->byMonth().first().bills, 2);
    QCOMPARE(arrears->byMonth().first().outstanding, arrears->total());
    QCOMPARE(arrears->byChild().size(), 2);

    // The rest, exactly: the bill is settled and leaves the list.
    QVERIFY(!pay(m_billed - part).isEmpty());
    arrears = Arrears::compute(*m_t->db);
    QVERIFY(arrears);
    QCOMPARE(arrears->rows.size(), 1);
    QCOMPARE(arrears->rows.first().name, u"李二"_s);
    QCOMPARE(arrears->total(), m_billed);
    // Nothing more can be taken for a settled bill.
    const Result<QString> more = PaymentRepository(*m_t->db).record(request(Money::fromFen(1)));
    QVERIFY(!more);
    QVERIFY2(more.error().contains(u"paid in full"_s), qPrintable(more.error()));
}

void TestPayments::prepaymentUpToTheLimitOnOneReceipt()
{
    PaymentRequest r = request(Money::fromYuan(1400), Month(2026, 12));
    r.months = 6; // 2026-12 to 2027-05
    const Result<QString> number = PaymentRepository(*m_t->db).record(r);
    QVERIFY2(number, qPrintable(number.error()));
    const Result<Receipt> receipt = ReceiptBook(*m_t->db).receipt(number.value());
    QVERIFY(receipt);
    QCOMPARE(receipt->months.size(), 6);
    QCOMPARE(receipt->months.last().month, Month(2027, 5));
    QCOMPARE(receipt->total(), Money::fromYuan(8400));
    QVERIFY(!receipt->months.first().bill); // not billed yet
    r.months = 7;
    QVERIFY(!PaymentRepository(*m_t->db).record(r));
}

void TestPayments::refundsOnlyWhatWasPaidBeyondTheBill()
{
    QVERIFY(!pay(Money::fromYuan(1400), Month(2026, 12)).isEmpty());
    RefundRequest refund;
    refund.childId = m_child;
    refund.month = Month(2026, 12);
    refund.amount = Money::fromYuan(1401);
    refund.paidOn = QDate(2026, 11, 29);
    refund.reason = u"退园"_s;
    const Status tooMuch = PaymentRepository(*m_t->db).refund(refund);
    QVERIFY(!tooMuch);
    QVERIFY2(tooMuch.error().contains(u"1,400.00"_s), qPrintable(tooMuch.error()));
    refund.reason.clear();
    refund.amount = Money::fromYuan(400);
    QVERIFY(!PaymentRepository(*m_t->db).refund(refund));
    refund.reason = u"12月只上半月"_s;
    QVERIFY(PaymentRepository(*m_t->db).refund(refund));
    const Result<QHash<qint64, Money>> paid = PaymentRepository(*m_t->db).paidByChild(Month(2026, 12));
    QVERIFY(paid);
    QCOMPARE(paid->value(m_child), Money::fromYuan(1000));

    // A closed month's bill paid in full leaves nothing to refund.
    QVERIFY(!pay(m_billed).isEmpty());
    refund.month = m_october;
    refund.amount = Money::fromFen(1);
    QVERIFY(!PaymentRepository(*m_t->db).refund(refund));
}

void TestPayments::receiptCarriesTheBillAndCapitals()
{
    const QString number = pay(Money::fromYuan(900));
    const Result<Receipt> receipt = ReceiptBook(*m_t->db).receipt(number);
    QVERIFY2(receipt, qPrintable(receipt.error()));
    QCOMPARE(receipt->childName, u"王一"_s);
    QCOMPARE(receipt->payer, u"王妈妈"_s);
    QCOMPARE(receipt->payee, u"someone"_s);
    QCOMPARE(receipt->method, PaymentMethod::WeChat);
    QCOMPARE(receipt->institutionName, u"潞州区阳光托育园"_s);
    QCOMPARE(receipt->creditCode, u"91350100M000100Y43"_s);
    QCOMPARE(receipt->months.size(), 1);
    QVERIFY(receipt->months.first().bill);
    QCOMPARE(receipt->months.first().bill->total(), m_billed);
    QCOMPARE(receipt->total().toChineseCapitals(), u"玖佰元整"_s);
    QCOMPARE(Money::fromFen(64071).toChineseCapitals(), u"陆佰肆拾元柒角壹分"_s);
    QCOMPARE(Money::fromYuan(1400).toChineseCapitals(), u"壹仟肆佰元整"_s);
}

void TestPayments::financeOnly()
{
    m_t->db->setActor(caregiverActor());
    QVERIFY(!PaymentRepository(*m_t->db).record(request(Money::fromYuan(1))));
    QVERIFY(!PaymentRepository(*m_t->db).forMonth(m_october));
    QVERIFY(!ReceiptBook(*m_t->db).receipts(2026));
    QVERIFY(!Arrears::compute(*m_t->db));
}

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
