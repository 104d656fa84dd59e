#include "LoggedIn.h"
#include "ModalDriver.h"
#include "WorkbookReader.h"
#include "common/FileDialog.h"
#include "common/FormDialog.h"
#include "itemmodels/BirthSubsidyTableModel.h"
#include "itemmodels/InsuranceTableModel.h"
#include "subsidy/FamilySubsidiesView.h"
#include "subsidy/InsuranceRoll.h"
#include "subsidy/InsuranceView.h"
#include "subsidy/SubsidiesPage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProcess>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The families' subsidies and the insured list on the Subsidies page, as finance keeps them for the demo's
// families: a second or third child's family applies and takes the printed application sheet along, a first
// child's family answers about the 育儿补贴, and a child enrolled this month gets her accident-insurance policy,
// refused first for a premium that is not an amount; the insured list goes out as the insurer's workbook.
class TestFamilySubsidies : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void recordsAnApplicationAndSavesItsSheet();
    void keepsTheChildcareAnswerOfAFirstChild();
    void addsAPolicyForAChildWithoutCover();

private:
    void openTab(int tab);
    template<typename T> T* child(const QString& name) const { return childOf<T>(m_page.get(), name); }
    const BirthSubsidyTableModel* families() const
    {
        return static_cast<const BirthSubsidyTableModel*>(child<QTableView>(u"birthSubsidyTable"_s)->model());
    }
    const InsuranceTableModel* insurance() const
    {
        return static_cast<const InsuranceTableModel*>(child<QTableView>(u"insuranceTable"_s)->model());
    }
    // The first row of the families' list that matches, or -1.
    int familyRow(const std::function<bool(const BirthSubsidyEntry&)>& wanted) const;

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<SubsidiesPage> m_page;
    QTemporaryDir m_dir;
};

void TestFamilySubsidies::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    m_t = std::make_unique<TempDatabase>();
    QVERIFY(m_t->open());
    const Result<DemoData::Summary> made = DemoData::generate(*m_t->db, {30, 2, 1});
    QVERIFY2(made, qPrintable(made.error()));
    QVERIFY(logInAs(*m_t->db, u"admin"_s, u"admin"_s));
}

void TestFamilySubsidies::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_page.reset();
    m_t.reset();
}

void TestFamilySubsidies::openTab(int tab)
{
    m_page = std::make_unique<SubsidiesPage>(*m_t->db);
    m_page->resize(1300, 700);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    child<QTabWidget>(u"subsidyTabs"_s)->setCurrentIndex(tab);
}

int TestFamilySubsidies::familyRow(const std::function<bool(const BirthSubsidyEntry&)>& wanted) const
{
    for (int row = 0; row < families()->rowCount(); ++row)
        if (wanted(families()->entry(row)))
            return row;
    return -1;
}

void TestFamilySubsidies::recordsAnApplicationAndSavesItsSheet()
{
    openTab(1);
    QVERIFY(families()->rowCount() > 0);
    for (int row = 0; row < families()->rowCount(); ++row)
        QVERIFY(families()->entry(row).birthOrder >= 2);
    const int row = familyRow([](const BirthSubsidyEntry& e) { return !e.applied(); });
    QVERIFY2(row >= 0, "every demo family has applied");
    const BirthSubsidyEntry chosen = families()->entry(row);
    child<QTableView>(u"birthSubsidyTable"_s)->selectRow(row);
    QVERIFY(!child<QPushButton>(u"notAppliedButton"_s)->isEnabled());

    whenShown(u"applicationDialog"_s,
              [](QWidget* dialog) { QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton); });
    QTest::mouseClick(child<QPushButton>(u"appliedButton"_s), Qt::LeftButton);
    const int after = families()->rowOf(chosen.childId);
    QVERIFY(after >= 0);
    QCOMPARE(families()->entry(after).appliedOn, QDate(2026, 11, 20));
    QVERIFY(child<QPushButton>(u"notAppliedButton"_s)->isEnabled());

    const QString pdf = m_dir.filePath(u"application.pdf"_s);
    FileDialog::setNextFileName(pdf);
    QTest::mouseClick(child<QPushButton>(u"saveApplicationButton"_s), Qt::LeftButton);
    QWidget* view = m_page->familyView();
    QVERIFY2(childOf<QLabel>(view, u"messageLabel"_s)->text().contains(u"application.pdf"_s),
             qPrintable(childOf<QLabel>(view, u"errorLabel"_s)->text()));
    QProcess text;
    text.start(u"pdftotext"_s, {pdf, u"-"_s});
    QVERIFY(text.waitForFinished(30000));
    const QString printed = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(printed.contains(chosen.amount.toString()), qPrintable(printed));
    QVERIFY2(printed.contains(u"2026-11-20"_s), qPrintable(printed));
}

void TestFamilySubsidies::keepsTheChildcareAnswerOfAFirstChild()
{
    openTab(1);
    QCOMPARE(familyRow([](const BirthSubsidyEntry& e) { return e.birthOrder == 1; }), -1);
    QTest::mouseClick(child<QCheckBox>(u"everyChildCheck"_s), Qt::LeftButton);
    const int row = familyRow([](const BirthSubsidyEntry& e) {
        return e.birthOrder == 1 && e.childcareSubsidy == ChildcareSubsidyAnswer::Unknown;
    });
    QVERIFY2(row >= 0, "no first child without an answer");
    const qint64 childId = families()->entry(row).childId;
    child<QTableView>(u"birthSubsidyTable"_s)->selectRow(row);
    // A first child has no birth subsidy to apply for or print.
    QVERIFY(!child<QPushButton>(u"appliedButton"_s)->isEnabled());
    QVERIFY(!child<QPushButton>(u"printApplicationButton"_s)->isEnabled());

    auto* answer = child<QComboBox>(u"childcareCombo"_s);
    QVERIFY(answer->isEnabled());
    const int yes = answer->findData(int(ChildcareSubsidyAnswer::Yes));
    answer->setFocus();
    while (answer->currentIndex() != yes)
        QTest::keyClick(answer, answer->currentIndex() < yes ? Qt::Key_Down : Qt::Key_Up);
    QCOMPARE(families()->entry(families()->rowOf(childId)).childcareSubsidy, ChildcareSubsidyAnswer::Yes);
}

void TestFamilySubsidies::addsAPolicyForAChildWithoutCover()
{
    openTab(2);
    const InsuranceCover before = insurance()->cover();
    QVERIFY(!before.insured.isEmpty());
    QVERIFY2(!before.uninsured.isEmpty(), "every demo child is insured");
    const UninsuredChild missing = before.uninsured.first();
    child<QTableView>(u"insuranceTable"_s)->selectRow(int(before.insured.size()));
    QVERIFY(!child<QPushButton>(u"changePolicyButton"_s)->isEnabled());

    QString refusal;
    whenShown(u"policyDialog"_s, [&refusal, missing](QWidget* dialog) {
        QCOMPARE(childOf<QComboBox>(dialog, u"childCombo"_s)->currentData().toLongLong(), missing.childId);
        QTest::keyClicks(childOf<QLineEdit>(dialog, u"policyNumberEdit"_s), u"PYDE2026140400009999"_s);
        QTest::keyClicks(childOf<QLineEdit>(dialog, u"premiumEdit"_s), u"one hundred"_s);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
        refusal = static_cast<FormDialog*>(dialog)->errorText();
        auto* premium = childOf<QLineEdit>(dialog, u"premiumEdit"_s);
        premium->selectAll();
        QTest::keyClicks(premium, u"100"_s);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(child<QPushButton>(u"addPolicyButton"_s), Qt::LeftButton);
    QVERIFY2(refusal.startsWith(u"Amount:"_s), qPrintable(refusal));
    const InsuranceCover after = insurance()->cover();
    QCOMPARE(after.insured.size(), before.insured.size() + 1);
    QCOMPARE(after.uninsured.size(), before.uninsured.size() - 1);
    const auto added = std::find_if(after.insured.cbegin(), after.insured.cend(), [](const InsuredLine& l) {
        return l.policy.policyNumber == u"PYDE2026140400009999"_s;
    });
    QVERIFY(added != after.insured.cend());
    QCOMPARE(added->policy.childId, missing.childId);
    QCOMPARE(added->policy.premium, Money::fromYuan(100));
    QCOMPARE(added->policy.payer, InsurancePayer::City);

    const QString file = m_dir.filePath(u"insured.xlsx"_s);
    FileDialog::setNextFileName(file);
    QTest::mouseClick(child<QPushButton>(u"exportInsuranceButton"_s), Qt::LeftButton);
    const Result<QJsonArray> book = readWorkbook(file);
    QVERIFY2(book, qPrintable(book.error()));
    const QJsonArray rows = book->first().toObject().value(u"rows"_s).toArray();
    // Header, one row per policy, totals.
    QCOMPARE(rows.size(), after.insured.size() + 2);
    QCOMPARE(fenOf(rows.last().toArray().at(6)), after.premiumTotal().fen());
}

QTEST_MAIN(TestFamilySubsidies)
#include "tst_familysubsidies.moc"
