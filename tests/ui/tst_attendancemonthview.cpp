#include "AttendanceFixtures.h"
#include "ModalDriver.h"
#include "attendance/AttendanceMonthView.h"
#include "attendance/AttendanceRegister.h"
#include "attendance/AttendanceRepository.h"
#include "common/FileDialog.h"
#include "itemmodels/AttendanceGridModel.h"
#include "itemmodels/ItemRoles.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The month view as a caregiver fills it in: a gap recorded present from the keyboard with the totals following, a
// sick day that asks for the symptom, a day the child was not in the class refused, only her own classes to choose
// from, and the register saved as a PDF that runs onto a second page when the class is long.
class TestAttendanceMonthView : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void gapRecordedPresentFromTheKeyboard();
    void sickDayAsksForTheSymptom();
    void dayNotExpectedIsRefused();
    void caregiverChoosesOnlyHerClasses();
    void monthButtonsMoveTheGrid();
    void registerSavedAsPdf_data();
    void registerSavedAsPdf();
    void registerPrintsOnAPrinter();

private:
    void openView();
    QTableView* grid() const { return m_view->findChild<QTableView*>(u"attendanceGrid"_s); }
    QString totals() const { return m_view->findChild<QLabel*>(u"totalsLabel"_s)->text(); }
    QString error() const { return m_view->findChild<QLabel*>(u"errorLabel"_s)->text(); }
    QString raw(int row, int column) const
    {
        return grid()->model()->index(row, column).data(ItemRoles::Raw).toString();
    }
    void clickCell(int row, int column);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<AttendanceMonthView> m_view;
    qint64 m_classA = 0;
    qint64 m_classB = 0;
};

void TestAttendanceMonthView::init()
{
    // The clock stands at 2026-11-29: the view opens on November, 20 of its 21 care days due (the 30th is to come).
    m_t = rosterDatabase(m_classA, m_classB);
    QVERIFY(m_t);
}

void TestAttendanceMonthView::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_view.reset();
    m_t.reset();
}

void TestAttendanceMonthView::openView()
{
    m_view = std::make_unique<AttendanceMonthView>(*m_t->db);
    m_view->resize(1300, 700);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestAttendanceMonthView::clickCell(int row, int column)
{
    const QModelIndex index = grid()->model()->index(row, column);
    grid()->scrollTo(index);
    QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, grid()->visualRect(index).center());
    QCOMPARE(grid()->currentIndex(), index);
}

void TestAttendanceMonthView::gapRecordedPresentFromTheKeyboard()
{
    QVERIFY(enrolChild(*m_t->db, u"陈一"_s, m_classA));
    QVERIFY(enrolChild(*m_t->db, u"王二"_s, m_classA));
    openView();
    QVERIFY(totals().contains(u"40 expected"_s));
    QVERIFY(totals().contains(u"40 not recorded"_s));
    QCOMPARE(raw(0, 2), u"gap"_s);

    clickCell(0, 2);
    QTest::keyClick(grid(), Qt::Key_1);
    QCOMPARE(raw(0, 2), u"present"_s);
    QVERIFY2(totals().contains(u"Attendance rate: 1 / 40 = 2.5%"_s), qPrintable(totals()));
    QVERIFY(totals().contains(u"39 not recorded"_s));
    // The next child on the same day is ready for the next key.
    QCOMPARE(grid()->currentIndex(), grid()->model()->index(1, 2));
    QTest::keyClick(grid(), Qt::Key_P);
    QCOMPARE(raw(1, 2), u"present"_s);
    QVERIFY2(totals().contains(u"Attendance rate: 2 / 40 = 5.0%"_s), qPrintable(totals()));
}

void TestAttendanceMonthView::sickDayAsksForTheSymptom()
{
    const qint64 chen = enrolChild(*m_t->db, u"陈一"_s, m_classA);
    QVERIFY(chen);
    openView();
    clickCell(0, 0);
    whenShown(u"symptomDialog"_s, [](QWidget* dialog) {
        childOf<QLineEdit>(dialog, {})->insert(u"发热"_s);
        static_cast<QDialog*>(dialog)->accept();
    });
    QTest::keyClick(grid(), Qt::Key_2);
    QCOMPARE(raw(0, 0), u"sick"_s);
    QVERIFY(totals().contains(u"1 sick"_s));
    const Result<QList<SickAbsence>> sick
        = AttendanceRepository(*m_t->db).sickAbsences(QDate(2026, 11, 2), QDate(2026, 11, 2));
    QVERIFY(sick);
    QCOMPARE(sick->size(), 1);
    QCOMPARE(sick->first().symptom, u"发热"_s);
}

void TestAttendanceMonthView::dayNotExpectedIsRefused()
{
    // 陈一 moves to 小二班 on the 16th: in 小一班 the days from then on are not hers.
    const qint64 chen = enrolChild(*m_t->db, u"陈一"_s, m_classA);
    QVERIFY(chen);
    QVERIFY(ChildRepository(*m_t->db).changePlacement(chen, QDate(2026, 11, 16), m_classB, {}));
    openView();
    QCOMPARE(raw(0, 9), u"gap"_s);
    QCOMPARE(raw(0, 10), QString());
    clickCell(0, 10);
    QTest::keyClick(grid(), Qt::Key_1);
    QCOMPARE(raw(0, 10), QString());
    QVERIFY2(error().contains(u"陈一"_s), qPrintable(error()));
    const Result<QList<AttendanceRecord>> saved
        = AttendanceRepository(*m_t->db).records(QDate(2026, 11, 1), QDate(2026, 11, 30));
    QVERIFY(saved);
    QVERIFY(saved->isEmpty());
}

void TestAttendanceMonthView::caregiverChoosesOnlyHerClasses()
{
    QVERIFY(enrolChild(*m_t->db, u"陈一"_s, m_classB));
    m_t->db->setActor(caregiverActor({m_classB}));
    openView();
    auto* classes = m_view->findChild<QComboBox*>(u"classCombo"_s);
    QCOMPARE(classes->count(), 1);
    QCOMPARE(classes->currentText(), u"小二班"_s);
    QCOMPARE(grid()->model()->rowCount(), 1);
    clickCell(0, 0);
    QTest::keyClick(grid(), Qt::Key_O);
    QCOMPARE(raw(0, 0), u"other"_s);
}

void TestAttendanceMonthView::monthButtonsMoveTheGrid()
{
    QVERIFY(enrolChild(*m_t->db, u"陈一"_s, m_classA));
    openView();
    auto* month = m_view->findChild<QDateEdit*>(u"monthEdit"_s);
    QTest::mouseClick(m_view->findChild<QToolButton*>(u"previousMonthButton"_s), Qt::LeftButton);
    QCOMPARE(m_view->month(), Month(2026, 10));
    QCOMPARE(month->text(), u"2026-10"_s);
    // October: 18 care days after the National Day holiday.
    QCOMPARE(grid()->horizontalHeader()->count(), 18 + 6);
    QTest::mouseClick(m_view->findChild<QToolButton*>(u"nextMonthButton"_s), Qt::LeftButton);
    QTest::mouseClick(m_view->findChild<QToolButton*>(u"nextMonthButton"_s), Qt::LeftButton);
    QCOMPARE(m_view->month(), Month(2026, 12));
}

void TestAttendanceMonthView::registerSavedAsPdf_data()
{
    QTest::addColumn<int>("children");
    QTest::addColumn<int>("pages");
    QTest::newRow("a small class on one page") << 3 << 1;
    QTest::newRow("40 children on two pages") << 40 << 2;
}

void TestAttendanceMonthView::registerSavedAsPdf()
{
    QFETCH(int, children);
    QFETCH(int, pages);
    for (int i = 0; i < children; ++i)
        QVERIFY(enrolChild(*m_t->db, u"孩子%1"_s.arg(i + 1, 2, 10, QChar(u'0')), m_classA));
    openView();
    const QString path = m_t->dir.filePath(u"register.pdf"_s);
    FileDialog::setNextFileName(path);
    QTest::mouseClick(m_view->findChild<QPushButton*>(u"savePdfButton"_s), Qt::LeftButton);
    QVERIFY2(error().isEmpty(), qPrintable(error()));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF-"));
    const QString text = QString::fromLatin1(pdf);
    QCOMPARE(text.count(QRegularExpression(u"/Type\\s*/Page(?!s)"_s)), pages);
    // A4 landscape: 842 × 595 points.
    const QRegularExpressionMatch box = QRegularExpression(u"/MediaBox \\[0 0 ([\\d.]+) ([\\d.]+)\\]"_s).match(text);
    QVERIFY(box.hasMatch());
    QCOMPARE(qRound(box.captured(1).toDouble()), 842);
    QCOMPARE(qRound(box.captured(2).toDouble()), 595);
    QVERIFY(m_view->findChild<QLabel*>(u"messageLabel"_s)->text().contains(u"%1 page"_s.arg(pages)));
}

// "Print…" goes through the same register as the PDF: a printer writing to a file proves the path.
void TestAttendanceMonthView::registerPrintsOnAPrinter()
{
    QVERIFY(enrolChild(*m_t->db, u"陈一"_s, m_classA));
    AttendanceGridModel model(*m_t->db);
    QVERIFY(model.load(m_classA, Month(2026, 11)));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(m_t->dir.filePath(u"printed.pdf"_s));
    QCOMPARE(AttendanceRegister(model, u"小橘灯托育园"_s, u"小一班"_s).print(printer), 1);
    QCOMPARE(printer.pageLayout().orientation(), QPageLayout::Landscape);
    QCOMPARE(printer.pageLayout().pageSize().id(), QPageSize::A4);
    QVERIFY(QFileInfo(printer.outputFileName()).size() > 0);
}

QTEST_MAIN(TestAttendanceMonthView)
#include "tst_attendancemonthview.moc"
