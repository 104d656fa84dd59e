#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "PdfText.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "itemmodels/ChildTableModel.h"
#include "print/PrintOutput.h"
#include "roster/ChildRecordCard.h"
#include "roster/ChildRecordCardForm.h"

#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The child's record card (幼儿档案卡) from the Children page: nothing to print until a child is chosen; the
// director's card has the whole ID and phone numbers, the caregiver's masks them; a card of many guardians goes on
// over a second page with the table's header row again.
class TestRecordCardPrint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void directorSavesTheCardWithWholeNumbers();
    void caregiversCardIsMasked();
    void previewShowsTheCard();
    void longTableContinuesUnderItsHeader();

private:
    // Logs in, opens the Children page and selects its first child; her card as the user may print it.
    std::optional<ChildRecordCard> openAndSelect(const QString& user, const QString& password);
    // Saves the selected child's card through the page's button; the PDF's text.
    QString saveCard(int& pages);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    QWidget* m_page = nullptr;
};

void TestRecordCardPrint::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
}

void TestRecordCardPrint::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_window.reset();
    m_t.reset();
}

std::optional<ChildRecordCard> TestRecordCardPrint::openAndSelect(const QString& user, const QString& password)
{
    if (!logInAs(*m_t->db, user, password))
        return std::nullopt;
    m_window = std::make_unique<MainWindow>(*m_t->db);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->showPage(u"childrenPage"_s))
        return std::nullopt;
    m_page = m_window->findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
    auto* print = childOf<QPushButton>(m_page, u"printCardButton"_s);
    auto* save = childOf<QPushButton>(m_page, u"saveCardButton"_s);
    if (!print || !save || print->isEnabled() || save->isEnabled() || print->toolTip().isEmpty()) {
        qWarning("the print buttons are there before a child is chosen, or enabled");
        return std::nullopt;
    }
    auto* table = childOf<QTableView>(m_page, u"childrenTable"_s);
    table->selectRow(0);
    if (!print->isEnabled() || !save->isEnabled()) {
        qWarning("the print buttons stay disabled with a child chosen");
        return std::nullopt;
    }
    const auto* proxy = static_cast<const QSortFilterProxyModel*>(table->model());
    const auto* model = static_cast<const ChildTableModel*>(proxy->sourceModel());
    const qint64 id = model->entry(proxy->mapToSource(proxy->index(0, 0)).row()).id;
    const Result<ChildRecordCard> card = ChildRecordCard::forPrinting(*m_t->db, id, Clock::today());
    if (!card)
        return std::nullopt;
    return card.value();
}

QString TestRecordCardPrint::saveCard(int& pages)
{
    const QString path = m_t->dir.filePath(u"card.pdf"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(childOf<QPushButton>(m_page, u"saveCardButton"_s), Qt::LeftButton);
    if (!MessageBox::lastText().startsWith(u"Saved"_s)) {
        qWarning().noquote() << MessageBox::lastText();
        return {};
    }
    const QString text = pdfText(path);
    pages = int(text.count(u'\f'));
    return text;
}

void TestRecordCardPrint::directorSavesTheCardWithWholeNumbers()
{
    const std::optional<ChildRecordCard> card = openAndSelect(DemoData::DemoUser, DemoData::DemoPassword);
    QVERIFY(card);
    QVERIFY(card->wholeNumbers);
    int pages = 0;
    const QString text = saveCard(pages);
    QVERIFY(!text.isEmpty());
    QCOMPARE(pages, 1);
    QVERIFY(MessageBox::lastText().contains(u"1 page"_s));
    const ChildRecord& child = card->child;
    QStringList expected {
        u"Child's Record Card"_s, u"Page 1 of 1"_s, child.name, child.idNumber, child.birthDate.toString(Qt::ISODate),
        u"Guardian's signature"_s};
    for (const Guardian& g : child.guardians)
        expected << g.name << g.phone;
    for (const PlacementLine& p : card->placements)
        expected << p.className << p.from.toString(Qt::ISODate);
    for (const InsurancePolicy& p : card->policies)
        expected << p.policyNumber;
    for (const QString& e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + u"\n---\n"_s + text));
    QVERIFY(!text.contains(u"masked"_s));
}

void TestRecordCardPrint::caregiversCardIsMasked()
{
    const std::optional<ChildRecordCard> card = openAndSelect(CaregiverName, CaregiverPassword);
    QVERIFY(card);
    QVERIFY(!card->wholeNumbers);
    int pages = 0;
    const QString text = saveCard(pages);
    QCOMPARE(pages, 1);
    QVERIFY2(text.contains(card->child.idNumber), qPrintable(text));
    QVERIFY(card->child.idNumber.contains(u"********"_s));
    QVERIFY(text.contains(u"ID and phone numbers are masked"_s));
    for (const Guardian& g : card->child.guardians)
        QVERIFY2(text.contains(g.phone) && g.phone.contains(u"****"_s), qPrintable(g.phone));
}

void TestRecordCardPrint::previewShowsTheCard()
{
    QVERIFY(openAndSelect(DemoData::DemoUser, DemoData::DemoPassword));
    bool shown = false;
    whenShown(u"printPreviewDialog"_s, [&](QWidget* dialog) {
        shown = true;
        dialog->close();
    });
    QTest::mouseClick(childOf<QPushButton>(m_page, u"printCardButton"_s), Qt::LeftButton);
    QVERIFY(shown);
}

void TestRecordCardPrint::longTableContinuesUnderItsHeader()
{
    ChildRecordCard card;
    card.child.name = u"李小雨"_s;
    card.child.birthDate = QDate(2025, 3, 15);
    card.child.enrolledOn = QDate(2026, 9, 1);
    card.printedOn = QDate(2026, 11, 20);
    for (int i = 0; i < 40; ++i)
        card.child.guardians << Guardian {
            u"接送人%1"_s.arg(i), u"亲属"_s, u"138****%1"_s.arg(1000 + i), {}, true, false, false};
    const ChildRecordCardForm form(card, u"小橘灯托育园"_s);
    const QString path = m_t->dir.filePath(u"long.pdf"_s);
    const Result<int> saved
        = PrintOutput::saveAsPdf(path, [&form](QPagedPaintDevice& device) { return form.print(device); });
    QVERIFY2(saved, qPrintable(saved.error()));
    QCOMPARE(saved.value(), 2);
    const QStringList pages = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), 2);
    for (int page = 0; page < 2; ++page) {
        QVERIFY(pages.at(page).contains(u"Child's Record Card"_s));
        QVERIFY(pages.at(page).contains(u"Relation"_s));
        QVERIFY(pages.at(page).contains(u"Page %1 of 2"_s.arg(page + 1)));
    }
    QVERIFY(pages.at(0).contains(u"接送人0"_s));
    QVERIFY(pages.at(1).contains(u"接送人39"_s));
    QVERIFY(pages.at(1).contains(u"Guardian's signature"_s));
}

QTEST_MAIN(TestRecordCardPrint)
#include "tst_recordcardprint.moc"
