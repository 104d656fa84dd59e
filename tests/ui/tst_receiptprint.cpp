#include "BillingFixtures.h"
#include "PdfText.h"
#include "billing/MonthBilling.h"
#include "billing/MonthClose.h"
#include "billing/PaymentRepository.h"
#include "billing/ReceiptBook.h"
#include "billing/ReceiptForm.h"
#include "print/PrintOutput.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The printed receipt (收据): one A4 page for a month's bill and for six months paid ahead, with the number, the
// child, the payer, the credit code and the total in figures and capitals; a void one says so and why.
class TestReceiptPrint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void billPaidOnOnePage();
    void sixMonthsAheadOnOnePage();
    void voidReceiptSaysWhy();

private:
    QString pay(Money amountPerMonth, Month firstMonth, int months = 1);
    // The receipt saved as PDF, its text as pdftotext reads it; empty (with a warning) when that failed.
    QString printedText(const QString& number, int& pages);

    QTemporaryDir m_dir;
    std::unique_ptr<TempDatabase> m_t;
    qint64 m_child = 0;
    Bill m_bill; // 王一's October bill
    const Month m_october {2026, 10};
};

void TestReceiptPrint::init()
{
    QVERIFY(m_dir.isValid());
    qint64 classA = 0;
    qint64 classB = 0;
    m_t = rosterDatabase(classA, classB); // today is 2026-11-29
    QVERIFY(m_t);
    m_child = enrolChild(*m_t->db, u"王一"_s, classA);
    QVERIFY(m_child);
    QVERIFY(recordInclusiveInstitution(*m_t->db, QDate(2025, 3, 1)));
    QVERIFY(recordWholeMonth(*m_t->db, m_child, m_october));
    m_t->db->setActor(actorWithRole(Role::Finance));
    const Result<int> closed = MonthClose::close(*m_t->db, m_october, false);
    QVERIFY2(closed, qPrintable(closed.error()));
    const Result<MonthBills> bills = MonthBilling::forMonth(*m_t->db, m_october);
    QVERIFY(bills && bills->children.size() == 1);
    m_bill = bills->children.first().bill;
    QVERIFY(m_bill.total() >= Money::fromYuan(900));
}

void TestReceiptPrint::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

QString TestReceiptPrint::pay(Money amountPerMonth, Month firstMonth, int months)
{
    PaymentRequest r;
    r.childId = m_child;
    r.firstMonth = firstMonth;
    r.months = months;
    r.amountPerMonth = amountPerMonth;
    r.method = PaymentMethod::WeChat;
    r.paidOn = QDate(2026, 11, 28);
    r.payer = u"王妈妈"_s;
    r.reference = u"4200002026112812345678"_s;
    const Result<QString> number = PaymentRepository(*m_t->db).record(r);
    if (!number)
        qWarning().noquote() << number.error();
    return number.value_or(QString());
}

QString TestReceiptPrint::printedText(const QString& number, int& pages)
{
    const Result<Receipt> receipt = ReceiptBook(*m_t->db).receipt(number);
    if (!receipt) {
        qWarning().noquote() << receipt.error();
        return {};
    }
    const ReceiptForm form(receipt.value());
    const QString pdf = m_dir.filePath(number + u".pdf"_s);
    const Result<int> saved
        = PrintOutput::saveAsPdf(pdf, [&form](QPagedPaintDevice& device) { return form.print(device); });
    if (!saved) {
        qWarning().noquote() << saved.error();
        return {};
    }
    pages = saved.value();
    return pdfText(pdf);
}

void TestReceiptPrint::billPaidOnOnePage()
{
    const QString number = pay(Money::fromYuan(900), m_october);
    QCOMPARE(number, u"2026-000001"_s);
    int pages = 0;
    const QString text = printedText(number, pages);
    QVERIFY(!text.isEmpty());
    QCOMPARE(pages, 1);
    QCOMPARE(text.count(u'\f'), 1); // pdftotext ends each page with a form feed
    for (const QString& expected : {number, u"王一"_s, u"王妈妈"_s, u"91350100M000100Y43"_s, u"潞州区阳光托育园"_s,
                                    u"4200002026112812345678"_s, PaymentMethods::chineseName(PaymentMethod::WeChat),
                                    u"¥900.00"_s, u"玖佰元整"_s, m_bill.total().toString(), u"2026-10"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected));
    // Some names (伙食费) come back with a radical the normalisation keeps, so the lines are known by their figures.
    QVERIFY(text.contains(BillLines::chineseName(BillLine::Kind::CareFee)));
    for (const BillLine& line : m_bill.lines) {
        QVERIFY2(text.contains(line.basis), qPrintable(line.basis));
        QVERIFY2(text.contains(line.amount.toString()), qPrintable(line.amount.toString()));
    }
    QVERIFY(!text.contains(u"作废"_s));
}

void TestReceiptPrint::sixMonthsAheadOnOnePage()
{
    const QString number = pay(Money::fromYuan(1400), Month(2026, 12), 6);
    QVERIFY(!number.isEmpty());
    int pages = 0;
    const QString text = printedText(number, pages);
    QVERIFY(!text.isEmpty());
    QCOMPARE(pages, 1);
    for (Month m(2026, 12); m <= Month(2027, 5); m = m.addMonths(1))
        QVERIFY2(text.contains(ReceiptForm::tr("Paid in advance for %1").arg(m.toString())), qPrintable(m.toString()));
    QVERIFY(text.contains(u"1,400.00"_s));
    QVERIFY(text.contains(u"¥8,400.00"_s));
    QVERIFY(text.contains(u"捌仟肆佰元整"_s));
}

void TestReceiptPrint::voidReceiptSaysWhy()
{
    const QString number = pay(Money::fromYuan(900), m_october);
    QVERIFY(ReceiptBook(*m_t->db).voidReceipt(number, u"金额录错"_s));
    int pages = 0;
    const QString text = printedText(number, pages);
    QVERIFY(!text.isEmpty());
    QCOMPARE(pages, 1);
    QVERIFY(text.contains(number));
    QVERIFY(text.contains(u"作废"_s));
    QVERIFY(text.contains(u"金额录错"_s));
    // Void, it still shows what it was for.
    QVERIFY(text.contains(u"玖佰元整"_s));
}

QTEST_MAIN(TestReceiptPrint)
#include "tst_receiptprint.moc"
