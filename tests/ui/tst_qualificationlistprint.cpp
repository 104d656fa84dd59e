#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "PdfText.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "print/PrintOutput.h"
#include "roster/StaffPage.h"
#include "roster/StaffQualificationForm.h"
#include "roster/StaffRepository.h"

#include <QPushButton>
#include <QStackedWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// The staff qualification list (工作人员资质一览表) from the Staff page: everyone in post with certificates and
// health certificates, an expired one and one due marked, 持证上岗率 at the foot as the page shows it; nothing to
// print before anyone is recorded; a long list goes on over pages with the header row again and each person whole.
class TestQualificationListPrint : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void savedListShowsCertificatesAndTheRate();
    void nothingToPrintWithoutStaff();
    void longListContinuesUnderItsHeader();

private:
    std::unique_ptr<TempDatabase> m_t;
};

void TestQualificationListPrint::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
}

void TestQualificationListPrint::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_t.reset();
}

void TestQualificationListPrint::savedListShowsCertificatesAndTheRate()
{
    // The security guard's health certificate falls due in ten days; the cook's expired a week ago.
    StaffRepository repository(*m_t->db);
    QList<StaffRecord> staff = repository.staff().value();
    StaffRecord guard = staff.last();
    guard.qualifications = {{u"health_certificate"_s, {}, u"JK-9"_s, {}, QDate(2025, 12, 1), QDate(2026, 11, 30)}};
    QVERIFY(repository.update(guard));
    StaffRecord cook = staff.at(staff.size() - 2);
    QCOMPARE(cook.role, StaffRole::Cook);
    cook.qualifications = {{u"health_certificate"_s, {}, u"JK-7"_s, {}, QDate(2025, 11, 13), QDate(2026, 11, 13)}};
    QVERIFY(repository.update(cook));

    QVERIFY(logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword));
    MainWindow window(*m_t->db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"staffPage"_s));
    QWidget* page = window.findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
    auto* print = childOf<QPushButton>(page, u"printQualificationsButton"_s);
    auto* save = childOf<QPushButton>(page, u"saveQualificationsButton"_s);
    QVERIFY(print && print->isEnabled());
    QVERIFY(save && save->isEnabled());

    const QString path = m_t->dir.filePath(u"staff.pdf"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(save, Qt::LeftButton);
    const QString text = pdfText(path);
    const qsizetype pages = text.count(u'\f');
    QVERIFY(pages >= 1);
    QVERIFY2(MessageBox::lastText().startsWith(u"Saved %1 page"_s.arg(pages)), qPrintable(MessageBox::lastText()));
    QVERIFY(text.contains(u"Page %1 of %1"_s.arg(pages)));
    const Result<StaffOverview> overview = StaffOverview::load(*m_t->db, Clock::today());
    QVERIFY(overview);
    QStringList expected {u"Staff Qualification List"_s,
                          u"Staff in post on 2026-11-20"_s,
                          u"2026-11-30"_s,
                          u"due in 10 day"_s,
                          u"2026-11-13"_s,
                          u"expired"_s,
                          overview->rate.text(),
                          u"Head of institution"_s};
    staff = repository.staff().value();
    for (const StaffRecord& s : staff) {
        expected << s.name;
        for (const Qualification& q : s.qualifications)
            if (q.typeCode != u"health_certificate"_s)
                expected << q.number;
    }
    for (const QString& e : expected)
        QVERIFY2(text.contains(e), qPrintable(e + u"\n---\n"_s + text));
}

void TestQualificationListPrint::nothingToPrintWithoutStaff()
{
    TempDatabase empty;
    QVERIFY(empty.open());
    empty.db->setActor(Actor::systemActor());
    StaffPage page(*empty.db);
    QVERIFY(!childOf<QPushButton>(&page, u"printQualificationsButton"_s)->isEnabled());
    QVERIFY(!childOf<QPushButton>(&page, u"saveQualificationsButton"_s)->toolTip().isEmpty());
    // The first person recorded makes the list printable.
    StaffRecord s;
    s.name = u"王芳"_s;
    s.hiredOn = QDate(2026, 1, 5);
    QVERIFY(StaffRepository(*empty.db).add(s));
    page.reload();
    QVERIFY(childOf<QPushButton>(&page, u"printQualificationsButton"_s)->isEnabled());
}

void TestQualificationListPrint::longListContinuesUnderItsHeader()
{
    StaffQualificationList list;
    list.day = QDate(2026, 11, 20);
    list.rate = {40, 40, 90};
    for (int i = 0; i < 40; ++i) {
        ListedStaff person;
        person.staff.name = u"保育员%1"_s.arg(i);
        const QualificationType worker {u"childcare_worker"_s, u"保育师"_s, u"Childcare worker"_s, true, false};
        person.certificates << ListedCertificate {worker, {worker.code, u"四级"_s, u"BY-%1-A"_s.arg(i), {}, {}, {}}}
                            << ListedCertificate {worker, {worker.code, u"三级"_s, u"BY-%1-B"_s.arg(i), {}, {}, {}}};
        person.certified = true;
        list.staff << person;
    }
    const StaffQualificationForm form(list, u"小橘灯托育园"_s);
    const QString path = m_t->dir.filePath(u"long.pdf"_s);
    const Result<int> saved
        = PrintOutput::saveAsPdf(path, [&form](QPagedPaintDevice& device) { return form.print(device); });
    QVERIFY2(saved, qPrintable(saved.error()));
    QVERIFY(saved.value() >= 3);
    const QStringList pages = pdfText(path).split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(pages.size(), saved.value());
    for (const QString& text : pages) {
        QVERIFY(text.contains(u"Issued by"_s));
        // A person's two certificates are on one page.
        for (int i = 0; i < 40; ++i)
            QCOMPARE(text.contains(u"BY-%1-A"_s.arg(i)), text.contains(u"BY-%1-B"_s.arg(i)));
    }
    QVERIFY(pages.last().contains(u"40 / 40 = 100.0%"_s));
}

QTEST_MAIN(TestQualificationListPrint)
#include "tst_qualificationlistprint.moc"
