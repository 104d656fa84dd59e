#include "LoggedIn.h"
#include "ModalDriver.h"
#include "attendance/AttendanceRepository.h"
#include "billing/FeesPage.h"
#include "billing/ReceiptBook.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "itemmodels/BillTableModel.h"
#include "store/ClosedMonths.h"

#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The Fees page as finance and the director use it: November is over with days nobody recorded, the director
// confirms them as absences and closes the month, which locks its attendance and makes its bills final; a payment
// recorded from the bill list issues a receipt, shows as paid, and a receipt voided keeps its number.
class TestFeesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void closesAMonthConfirmingItsGaps();
    void financeIsToldToAskTheDirector();
    void recordsAPaymentWithAReceipt();
    void voidsAReceiptWithAReason();
    void savesTheReceiptAsPdf();
    void refundsWhatWasPaidWithAReason();

private:
    void openPage();
    void payFirstBill(const QString& amount);
    template<typename T> T* child(const QString& name) const
    {
        T* found = m_page->findChild<T*>(name);
        if (!found)
            qWarning().noquote() << "no" << name;
        return found;
    }
    QString state() const { return child<QLabel>(u"monthStateLabel"_s)->text(); }
    QAbstractItemModel* bills() const { return child<QTableView>(u"billTable"_s)->model(); }

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<FeesPage> m_page;
    const Month m_november {2026, 11};
};

void TestFeesPage::init()
{
    // The demo records attendance up to 2026-11-19; on 2 December the rest of November is unrecorded.
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    Clock::setFixed(QDateTime(QDate(2026, 12, 2), QTime(9, 0)));
    QVERIFY(logInAs(*m_t->db, u"admin"_s, u"admin"_s));
}

void TestFeesPage::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_page.reset();
    m_t.reset();
}

void TestFeesPage::openPage()
{
    m_page = std::make_unique<FeesPage>(*m_t->db);
    m_page->setMonth(m_november);
    m_page->resize(1200, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFeesPage::closesAMonthConfirmingItsGaps()
{
    openPage();
    QVERIFY2(state().startsWith(u"Open"_s), qPrintable(state()));
    QCOMPARE(bills()->rowCount(), 20);
    auto* close = child<QPushButton>(u"closeMonthButton"_s);
    auto* reopen = child<QPushButton>(u"reopenMonthButton"_s);
    QVERIFY(close->isEnabled());
    QVERIFY(!reopen->isEnabled());

    // Declining the question changes nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"without attendance"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(!ClosedMonths::load(*m_t->db)->isClosed(m_november));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY2(state().startsWith(u"Closed"_s), qPrintable(state()));
    QVERIFY(ClosedMonths::load(*m_t->db)->isClosed(m_november));
    QVERIFY(!close->isEnabled());
    QVERIFY(reopen->isEnabled());
    QVERIFY(child<QLabel>(u"messageLabel"_s)->text().contains(u"2026-11 is closed"_s));

    // The month is locked: a record for one of its days is refused.
    const Result<QList<AttendanceRecord>> november
        = AttendanceRepository(*m_t->db).records(m_november.firstDay(), m_november.lastDay());
    QVERIFY(november && !november->isEmpty());
    AttendanceRecord late = november->first();
    late.status = AttendanceStatus::Sick;
    late.symptom = u"发热"_s;
    const Status refused = AttendanceRepository(*m_t->db).save({late});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"2026-11"_s), qPrintable(refused.error()));
}

void TestFeesPage::financeIsToldToAskTheDirector()
{
    Actor finance = m_t->db->actor();
    finance.role = Role::Finance;
    m_t->db->setActor(finance);
    openPage();
    QVERIFY(!child<QPushButton>(u"reopenMonthButton"_s)->isVisible());
    QTest::mouseClick(child<QPushButton>(u"closeMonthButton"_s), Qt::LeftButton);
    const QString error = child<QLabel>(u"errorLabel"_s)->text();
    QVERIFY2(error.contains(u"ask the director"_s), qPrintable(error));
    QVERIFY(!ClosedMonths::load(*m_t->db)->isClosed(m_november));
}

void TestFeesPage::payFirstBill(const QString& amount)
{
    auto* view = child<QTableView>(u"billTable"_s);
    view->setFocus();
    view->selectRow(0);
    whenShown(u"paymentDialog"_s, [amount](QWidget* dialog) {
        auto* edit = childOf<QLineEdit>(dialog, u"amountEdit"_s);
        edit->selectAll();
        QTest::keyClicks(edit, amount);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"recordPaymentButton"_s), Qt::LeftButton);
}

void TestFeesPage::recordsAPaymentWithAReceipt()
{
    openPage();
    const QString name = bills()->index(0, BillTableModel::ChildColumn).data().toString();
    payFirstBill(u"1"_s);
    const QString message = child<QLabel>(u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u"Receipt 2026-000001"_s), qPrintable(message));
    QCOMPARE(bills()->index(0, BillTableModel::PaidColumn).data().toString(), u"1.00"_s);
    QCOMPARE(bills()->index(0, BillTableModel::StateColumn).data().toString(), u"Partly paid"_s);
    auto* receipts = child<QTableView>(u"receiptTable"_s)->model();
    QCOMPARE(receipts->rowCount(), 1);
    QCOMPARE(receipts->index(0, 0).data().toString(), u"2026-000001"_s);
    QCOMPARE(receipts->index(0, 2).data().toString(), name);

    // A wrong amount stays in the dialog with the reason, and nothing is recorded.
    whenShown(u"paymentDialog"_s, [](QWidget* dialog) {
        auto* edit = childOf<QLineEdit>(dialog, u"amountEdit"_s);
        edit->selectAll();
        QTest::keyClicks(edit, u"abc"_s);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
        QVERIFY(dialog->isVisible());
        QVERIFY(childOf<QLabel>(dialog, u"errorLabel"_s)->text().startsWith(u"Amount:"_s));
        QTest::mouseClick(childOf<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"recordPaymentButton"_s), Qt::LeftButton);
    QCOMPARE(receipts->rowCount(), 1);
}

void TestFeesPage::voidsAReceiptWithAReason()
{
    openPage();
    payFirstBill(u"1"_s);
    child<QTabWidget>(u"feesTabs"_s)->setCurrentIndex(1);
    auto* view = child<QTableView>(u"receiptTable"_s);
    view->selectRow(0);
    auto* voidButton = child<QPushButton>(u"voidReceiptButton"_s);
    QVERIFY(voidButton->isEnabled());
    whenShown(u"voidReasonDialog"_s, [](QWidget* dialog) {
        childOf<QLineEdit>(dialog, {})->insert(u"金额录错"_s);
        static_cast<QDialog*>(dialog)->accept();
    });
    QTest::mouseClick(voidButton, Qt::LeftButton);
    QCOMPARE(view->model()->rowCount(), 1);
    QCOMPARE(view->model()->index(0, 7).data().toString(), u"Void: 金额录错"_s);
    QCOMPARE(bills()->index(0, BillTableModel::PaidColumn).data().toString(), u"0.00"_s);

    // The next receipt takes the next number.
    payFirstBill(u"2"_s);
    QCOMPARE(view->model()->index(0, 0).data().toString(), u"2026-000002"_s);
}

void TestFeesPage::savesTheReceiptAsPdf()
{
    openPage();
    payFirstBill(u"1.50"_s);
    child<QTabWidget>(u"feesTabs"_s)->setCurrentIndex(1);
    child<QTableView>(u"receiptTable"_s)->selectRow(0);
    QTemporaryDir dir;
    const QString path = dir.filePath(u"receipt.pdf"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(u"saveReceiptButton"_s), Qt::LeftButton);
    QVERIFY2(child<QLabel>(u"messageLabel"_s)->text().contains(u"Saved receipt 2026-000001"_s),
             qPrintable(child<QLabel>(u"errorLabel"_s)->text()));
    QProcess text;
    text.start(u"pdftotext"_s, {path, u"-"_s});
    QVERIFY2(text.waitForFinished(30000) && text.exitCode() == 0, "pdftotext (poppler-utils) is needed");
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(u"2026-000001"_s), qPrintable(printed));
    QVERIFY2(printed.contains(u"1.50"_s), qPrintable(printed));
    QVERIFY2(printed.contains(u"壹元伍"_s), qPrintable(printed));
}

void TestFeesPage::refundsWhatWasPaidWithAReason()
{
    openPage();
    payFirstBill(u"2"_s);
    const auto refund = [this](const QString& amount, const QString& reason) {
        whenShown(u"refundDialog"_s, [amount, reason](QWidget* dialog) {
            QTest::keyClicks(childOf<QLineEdit>(dialog, u"amountEdit"_s), amount);
            childOf<QLineEdit>(dialog, u"reasonEdit"_s)->insert(reason);
            QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
            if (dialog->isVisible()) {
                QVERIFY(!childOf<QLabel>(dialog, u"errorLabel"_s)->text().isEmpty());
                QTest::mouseClick(childOf<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
            }
        });
        QTest::mouseClick(child<QPushButton>(u"refundButton"_s), Qt::LeftButton);
    };
    // More than was paid is refused; the rest goes back with its reason.
    refund(u"3"_s, u"退园"_s);
    QCOMPARE(bills()->index(0, BillTableModel::PaidColumn).data().toString(), u"2.00"_s);
    refund(u"1.50"_s, u"多缴退回"_s);
    QCOMPARE(bills()->index(0, BillTableModel::PaidColumn).data().toString(), u"0.50"_s);
    QVERIFY(child<QLabel>(u"messageLabel"_s)->text().startsWith(u"Refund for"_s));
}

QTEST_MAIN(TestFeesPage)
#include "tst_feespage.moc"
