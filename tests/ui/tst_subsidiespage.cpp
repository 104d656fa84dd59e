#include "LoggedIn.h"
#include "ModalDriver.h"
#include "WorkbookReader.h"
#include "common/FileDialog.h"
#include "common/FormDialog.h"
#include "common/MessageBox.h"
#include "itemmodels/ClaimTableModel.h"
#include "subsidy/ClaimBatches.h"
#include "subsidy/OperatingClaimView.h"
#include "subsidy/SubsidiesPage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The operating subsidy claim as the finance office works it on the Subsidies page: October is closed, so its
// claim is submitted, frozen as version 1, approved in part by the county and paid; a returned claim is corrected
// as version 2 with version 1 kept; an open month cannot be submitted until it is closed; the county's list is
// recorded per child; the version sent is exported as the claim workbook.
class TestSubsidiesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void submitsApprovesAndRecordsPayment();
    void resubmitsAReturnedClaimAsANewVersion();
    void refusesAnOpenMonth();
    void recordsTheCountysListForAChild();
    void exportsTheVersionSent();

private:
    void openPage(Month month);
    void submit();
    void decide(const QString& radio, const QString& field, const QString& text);
    // Within the claim's tab: the other tabs have their own message lines.
    template<typename T> T* child(const QString& name) const { return childOf<T>(m_page->claimView(), name); }
    QString state() const { return child<QLabel>(u"claimStateLabel"_s)->text(); }
    QString error() const { return child<QLabel>(u"errorLabel"_s)->text(); }
    const ClaimTableModel* claim() const
    {
        return static_cast<const ClaimTableModel*>(child<QTableView>(u"claimTable"_s)->model());
    }
    QList<ClaimBatch> versions() const { return ClaimBatches::versions(*m_t->db, m_october).value_or({}); }

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<SubsidiesPage> m_page;
    const Month m_october {2026, 10};
};

void TestSubsidiesPage::init()
{
    // Two months of history up to 2026-11-19: October is closed with its attendance, November is open.
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    const Result<DemoData::Summary> made = DemoData::generate(*m_t->db, {20, 2, 1});
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(logInAs(*m_t->db, u"admin"_s, u"admin"_s));
}

void TestSubsidiesPage::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_page.reset();
    m_t.reset();
}

void TestSubsidiesPage::openPage(Month month)
{
    m_page = std::make_unique<SubsidiesPage>(*m_t->db);
    m_page->claimView()->setMonth(month);
    m_page->resize(1300, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSubsidiesPage::submit()
{
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(child<QPushButton>(u"submitClaimButton"_s), Qt::LeftButton);
}

// Records the county's decision through its dialog: the radio button to choose and the text of its field.
void TestSubsidiesPage::decide(const QString& radio, const QString& field, const QString& text)
{
    whenShown(u"claimDecisionDialog"_s, [radio, field, text](QWidget* dialog) {
        QTest::mouseClick(childOf<QRadioButton>(dialog, radio), Qt::LeftButton);
        if (!field.isEmpty())
            QTest::keyClicks(childOf<QLineEdit>(dialog, field), text);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"claimDecisionButton"_s), Qt::LeftButton);
}

void TestSubsidiesPage::submitsApprovesAndRecordsPayment()
{
    openPage(m_october);
    auto* version = child<QComboBox>(u"claimVersionCombo"_s);
    QCOMPARE(version->count(), 1);
    QVERIFY2(state().contains(u"not saved"_s), qPrintable(state()));
    const ClaimTotals preview = ClaimTotals::of(claim()->lines());
    QVERIFY(preview.children > 0);
    QVERIFY(preview.claimable > 0);
    QVERIFY(!child<QPushButton>(u"claimDecisionButton"_s)->isEnabled());

    // Declining the question submits nothing.
    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(child<QPushButton>(u"submitClaimButton"_s), Qt::LeftButton);
    QVERIFY(versions().isEmpty());

    submit();
    QCOMPARE(error(), QString());
    QCOMPARE(versions().size(), 1);
    QCOMPARE(versions().first().status, ClaimStatus::Submitted);
    QCOMPARE(version->count(), 2);
    QCOMPARE(version->currentIndex(), 1);
    QVERIFY2(state().contains(u"Version 1 was submitted"_s), qPrintable(state()));
    QCOMPARE(ClaimTotals::of(claim()->lines()).amount, preview.amount);
    QVERIFY(!child<QPushButton>(u"submitClaimButton"_s)->isEnabled());

    // The county approves 500 yuan less than claimed.
    const Money approved = preview.amount - Money::fromYuan(500);
    decide(u"approvedPartRadio"_s, u"amountEdit"_s, approved.toPlainString());
    QCOMPARE(versions().first().status, ClaimStatus::ApprovedPart);
    QCOMPARE(versions().first().approved, approved);
    QVERIFY2(state().contains(approved.toString()), qPrintable(state()));

    // An amount over the approval is refused inside the dialog, which stays open for a correction.
    QString refusal;
    whenShown(u"claimPaymentDialog"_s, [&refusal, approved](QWidget* dialog) {
        auto* amount = childOf<QLineEdit>(dialog, u"amountEdit"_s);
        amount->selectAll();
        QTest::keyClicks(amount, (approved + Money::fromYuan(1)).toPlainString());
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
        refusal = static_cast<FormDialog*>(dialog)->errorText();
        amount->selectAll();
        QTest::keyClicks(amount, Money::fromYuan(1000).toPlainString());
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"claimPaymentButton"_s), Qt::LeftButton);
    QVERIFY2(!refusal.isEmpty(), "a payment beyond the approval was accepted");
    QCOMPARE(versions().first().status, ClaimStatus::Paid);
    QCOMPARE(versions().first().paid, Money::fromYuan(1000));
    const Money owed = preview.amount - Money::fromYuan(1000);
    QVERIFY2(state().contains(u"still owed %1"_s.arg(owed.toString())), qPrintable(state()));
}

void TestSubsidiesPage::resubmitsAReturnedClaimAsANewVersion()
{
    openPage(m_october);
    submit();
    decide(u"returnedRadio"_s, u"noteEdit"_s, u"two ID numbers do not match the household register"_s);
    QCOMPARE(versions().first().status, ClaimStatus::Returned);
    // The correction is made on the claim as it would be made now.
    QCOMPARE(child<QComboBox>(u"claimVersionCombo"_s)->currentIndex(), 0);
    QVERIFY(child<QPushButton>(u"submitClaimButton"_s)->isEnabled());

    submit();
    const QList<ClaimBatch> all = versions();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.at(0).status, ClaimStatus::Returned);
    QCOMPARE(all.at(0).note, u"two ID numbers do not match the household register"_s);
    QCOMPARE(all.at(1).version, 2);
    QCOMPARE(all.at(1).status, ClaimStatus::Submitted);
    auto* version = child<QComboBox>(u"claimVersionCombo"_s);
    QCOMPARE(version->count(), 3);
    QCOMPARE(version->currentIndex(), 2);

    // The returned version is still there to read, with the county's note.
    version->setCurrentIndex(1);
    emit version->activated(1);
    QVERIFY2(state().contains(u"two ID numbers do not match the household register"_s), qPrintable(state()));
}

void TestSubsidiesPage::refusesAnOpenMonth()
{
    const Month november(2026, 11);
    openPage(november);
    auto* submitButton = child<QPushButton>(u"submitClaimButton"_s);
    QVERIFY(!submitButton->isEnabled());
    QVERIFY2(submitButton->toolTip().contains(u"Close 2026-11"_s), qPrintable(submitButton->toolTip()));
    submit();
    QVERIFY(ClaimBatches::versions(*m_t->db, november).value_or({}).isEmpty());
}

void TestSubsidiesPage::recordsTheCountysListForAChild()
{
    openPage(m_october);
    submit();
    decide(u"approvedFullRadio"_s, {}, {});
    QCOMPARE(versions().first().status, ClaimStatus::ApprovedFull);

    auto* table = child<QTableView>(u"claimTable"_s);
    int row = 0;
    while (row < claim()->rowCount() && !claim()->line(row).claimable())
        ++row;
    QVERIFY(row < claim()->rowCount());
    const ClaimLine line = claim()->line(row);
    table->selectRow(row);
    QVERIFY(child<QPushButton>(u"childClaimButton"_s)->isEnabled());

    const Money paid = line.amount() - Money::fromYuan(100);
    whenShown(u"childClaimDialog"_s, [paid](QWidget* dialog) {
        QTest::keyClicks(childOf<QLineEdit>(dialog, u"paidEdit"_s), paid.toPlainString());
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"childClaimButton"_s), Qt::LeftButton);

    const int after = claim()->rowOf(line.childId);
    QVERIFY(after >= 0);
    QCOMPARE(claim()->line(after).paid, paid);
    QCOMPARE(claim()->data(claim()->index(after, ClaimTableModel::PaidColumn)).toString(), paid.toString());
    QVERIFY(!claim()->line(after).approved.has_value());
}

void TestSubsidiesPage::exportsTheVersionSent()
{
    openPage(m_october);
    submit();
    QTemporaryDir dir;
    const QString path = dir.filePath(u"claim.xlsx"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(child<QPushButton>(u"exportClaimButton"_s), Qt::LeftButton);
    QCOMPARE(error(), QString());
    QVERIFY2(child<QLabel>(u"messageLabel"_s)->text().contains(u"claim.xlsx"_s),
             qPrintable(child<QLabel>(u"messageLabel"_s)->text()));

    const Result<QJsonArray> book = readWorkbook(path);
    QVERIFY2(book, qPrintable(book.error()));
    const QJsonObject claimSheet = book->first().toObject();
    QCOMPARE(claimSheet.value(u"name"_s).toString(), u"申报表"_s);
    const QJsonArray rows = claimSheet.value(u"rows"_s).toArray();
    QCOMPARE(rows.at(0).toArray().at(0).toString(), u"2026年10月普惠托育运营补贴申报表"_s);
    // The header says which version was handed in.
    QString head;
    for (int r = 0; r < 4; ++r)
        head += QString::fromUtf8(QJsonDocument(rows.at(r).toArray()).toJson());
    QVERIFY2(head.contains(u"第1版"_s), qPrintable(head));
}

QTEST_MAIN(TestSubsidiesPage)
#include "tst_subsidiespage.moc"
