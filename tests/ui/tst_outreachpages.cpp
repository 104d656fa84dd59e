#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "OutreachTeamFixture.h"
#include "PdfText.h"
#include "common/FileDialog.h"
#include "common/FormDialog.h"
#include "common/MessageBox.h"
#include "itemmodels/DueTableModel.h"
#include "itemmodels/HouseholdTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "itemmodels/VisitTableModel.h"
#include "outreach/OutreachPlan.h"
#include "outreach/VisitDrafts.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace OutreachTeamFixture;

// A rural team's visitor at work on her laptop: the window shows only the team's pages; she records a visit with
// measurements from the due list and sees the household leave it; a form she was filling in when the laptop went
// off is offered back at the next start; she prints the route sheet, registers a household, and the leader sends
// the month as a signed file.
class TestOutreachPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void windowShowsOnlyTheTeamsPages();
    void recordsAVisitWithMeasurementsAndTheHouseholdLeavesTheDueList();
    void unreadableMeasurementIsMarkedAtItsField();
    void draftIsKeptWhileTypingAndOfferedBack();
    void routeSheetListsTheDueHouseholdsByVillage();
    void registersAHouseholdWithErrorsAtTheirFields();
    void phonesAreMaskedForAMember();
    void aVisitRecordedByMistakeIsRemoved();
    void leaderExportsTheMonthSigned();

private:
    std::unique_ptr<MainWindow> openAs(const QString& name, const QString& password, const QString& page);
    int dueRowOf(MainWindow& window, const QString& guardian) const;
    static void fillVisit(QWidget* dialog);

    std::unique_ptr<TempDatabase> m_t;
};

void TestOutreachPages::init()
{
    m_t = outreachTeam();
    QVERIFY(m_t);
}

void TestOutreachPages::cleanup()
{
    cancelPendingActions();
    m_t.reset();
    Clock::setFixed({});
}

std::unique_ptr<MainWindow> TestOutreachPages::openAs(const QString& name, const QString& password, const QString& page)
{
    if (!logInAs(*m_t->db, name, password))
        return nullptr;
    auto window = std::make_unique<MainWindow>(*m_t->db);
    window->show();
    if (!window->showPage(page))
        qWarning("no page %s", qPrintable(page));
    return window;
}

int TestOutreachPages::dueRowOf(MainWindow& window, const QString& guardian) const
{
    const QAbstractItemModel* model = window.findChild<QTableView*>(u"dueTable"_s)->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, DueTableModel::HouseholdColumn).data().toString().startsWith(guardian))
            return row;
    return -1;
}

void TestOutreachPages::fillVisit(QWidget* dialog)
{
    QTest::keyClicks(childOf<QLineEdit>(dialog, u"weightEdit"_s), u"7.35"_s);
    QTest::keyClicks(childOf<QLineEdit>(dialog, u"lengthEdit"_s), u"68.5"_s);
    QTest::keyClicks(childOf<QLineEdit>(dialog, u"headEdit"_s), u"43.2"_s);
    childOf<QCheckBox>(dialog, u"topic_feeding"_s)->setChecked(true);
}

void TestOutreachPages::windowShowsOnlyTheTeamsPages()
{
    auto window = openAs(LeaderName, LeaderPassword, u"duePage"_s);
    QVERIFY(window);
    QStringList names;
    const auto* list = window->findChild<QListWidget*>(u"pageList"_s);
    for (int row = 0; row < list->count(); ++row)
        names << list->item(row)->data(Qt::UserRole).toString();
    QCOMPARE(names,
             QStringList({u"duePage"_s, u"householdsPage"_s, u"outreachSummaryPage"_s, u"institutionPage"_s,
                          u"usersPage"_s, u"auditPage"_s}));
    QVERIFY(window->showPage(u"institutionPage"_s));
    QCOMPARE(window->findChild<QLabel*>(u"townshipValue"_s)->text(), Township);
    QVERIFY(!window->findChild<QLabel*>(u"placesValue"_s));
    const auto* tabs = window->findChild<QTabWidget*>(u"institutionTabs"_s);
    for (int i = 0; i < tabs->count(); ++i)
        QVERIFY2(!tabs->tabText(i).contains(u"Fees"_s), qPrintable(tabs->tabText(i)));

    // A member sees the team's work and nothing of the accounts.
    auto member = openAs(MemberName, MemberPassword, u"duePage"_s);
    QVERIFY(member);
    QVERIFY(member->showPage(u"householdsPage"_s));
    QVERIFY(!member->showPage(u"usersPage"_s));
}

void TestOutreachPages::recordsAVisitWithMeasurementsAndTheHouseholdLeavesTheDueList()
{
    auto window = openAs(MemberName, MemberPassword, u"duePage"_s);
    QVERIFY(window);
    const int row = dueRowOf(*window, u"王秀英"_s);
    QVERIFY(row >= 0);
    QVERIFY(dueRowOf(*window, u"赵桂兰"_s) >= 0);
    QCOMPARE(dueRowOf(*window, u"李春梅"_s), -1);
    auto* table = window->findChild<QTableView*>(u"dueTable"_s);
    table->selectRow(row);

    bool filled = false;
    whenShown(u"visitDialog"_s, [&](QWidget* d) {
        // The member herself is the visitor; the age is the child's on the day.
        const auto* visitors = childOf<QListWidget>(d, u"visitorList"_s);
        for (int i = 0; i < visitors->count(); ++i)
            QCOMPARE(visitors->item(i)->checkState() == Qt::Checked,
                     visitors->item(i)->data(Qt::UserRole).toString() == MemberName);
        QVERIFY(childOf<QLabel>(d, u"ageLabel"_s)->text().startsWith(u"8 month"_s));
        QVERIFY(childOf<QLabel>(d, u"weightPreviousLabel"_s)->text().contains(u"Not measured"_s));
        fillVisit(d);
        QCOMPARE(childOf<QDateEdit>(d, u"nextVisitDate"_s)->date(), QDate(2026, 12, 20));
        filled = true;
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(window->findChild<QWidget*>(u"duePage"_s)->findChild<QPushButton*>(u"recordVisitButton"_s),
                      Qt::LeftButton);
    QVERIFY(filled);

    const Result<QList<DueHousehold>> due = OutreachPlan::dueList(*m_t->db, Clock::today());
    QVERIFY(due);
    const auto wang = std::find_if(due->cbegin(), due->cend(), [](const DueHousehold& d) {
        return d.household.guardians.first().name == u"王秀英"_s;
    });
    QVERIFY(wang == due->cend());
    QCOMPARE(dueRowOf(*window, u"王秀英"_s), -1);
    QVERIFY(dueRowOf(*window, u"赵桂兰"_s) >= 0);

    const Result<QList<Household>> all = HouseholdRepository(*m_t->db).all();
    const auto stored = std::find_if(all->cbegin(), all->cend(),
                                     [](const Household& h) { return h.guardians.first().name == u"王秀英"_s; });
    const Result<QList<Visit>> visits = VisitRepository(*m_t->db).ofChild(stored->children.first().id);
    QVERIFY(visits);
    QCOMPARE(visits->size(), 1);
    const Visit& v = visits->first();
    QCOMPARE(v.measurements.weightGrams, std::optional<int>(7350));
    QCOMPARE(v.measurements.lengthMm, std::optional<int>(685));
    QCOMPARE(v.measurements.headMm, std::optional<int>(432));
    QCOMPARE(v.topics, QList<VisitTopic>({VisitTopic::Feeding}));
    QCOMPARE(v.visitors, QStringList({MemberName}));
    QCOMPARE(v.nextVisitOn, QDate(2026, 12, 20));
    QVERIFY(!VisitDrafts::load(*m_t->db).value().has_value());
}

void TestOutreachPages::unreadableMeasurementIsMarkedAtItsField()
{
    auto window = openAs(MemberName, MemberPassword, u"duePage"_s);
    QVERIFY(window);
    window->findChild<QTableView*>(u"dueTable"_s)->selectRow(dueRowOf(*window, u"赵桂兰"_s));
    QString fieldError;
    QString previous;
    QString formError;
    whenShown(u"visitDialog"_s, [&](QWidget* d) {
        previous = childOf<QLabel>(d, u"weightPreviousLabel"_s)->text();
        QTest::keyClicks(childOf<QLineEdit>(d, u"weightEdit"_s), u"10,2kg"_s);
        fieldError = childOf<QLabel>(d, u"weightError"_s)->text();
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        formError = static_cast<FormDialog*>(d)->errorText();
        // A topic missing is said at the topics.
        childOf<QLineEdit>(d, u"weightEdit"_s)->setText(u"10.2"_s);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        const QString topics = childOf<QLabel>(d, u"topicsError"_s)->text();
        QVERIFY2(topics.contains(u"topic"_s), qPrintable(topics));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(childOf<QPushButton>(d, u"cancelButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(window->findChild<QWidget*>(u"duePage"_s)->findChild<QPushButton*>(u"recordVisitButton"_s),
                      Qt::LeftButton);
    QVERIFY2(previous.contains(u"10.10 kg on 2026-07-10"_s), qPrintable(previous));
    QVERIFY2(fieldError.contains(u"kilograms"_s), qPrintable(fieldError));
    QVERIFY(!formError.isEmpty());
    // Thrown away on Cancel.
    QVERIFY(!VisitDrafts::load(*m_t->db).value().has_value());
}

void TestOutreachPages::draftIsKeptWhileTypingAndOfferedBack()
{
    auto window = openAs(MemberName, MemberPassword, u"householdsPage"_s);
    QVERIFY(window);
    auto* table = window->findChild<QTableView*>(u"householdTable"_s);
    auto* search = window->findChild<QLineEdit*>(u"householdSearchEdit"_s);
    search->insert(u"王秀英"_s);
    QCOMPARE(table->model()->rowCount(), 1);
    table->selectRow(0);

    std::optional<VisitDraft> kept;
    whenShown(u"visitDialog"_s, [&](QWidget* d) {
        fillVisit(d);
        kept = VisitDrafts::load(*m_t->db).value();
        // The laptop goes off: the form goes without a word.
        static_cast<QDialog*>(d)->done(QDialog::Rejected);
    });
    QTest::mouseClick(window->findChild<QWidget*>(u"householdsPage"_s)->findChild<QPushButton*>(u"recordVisitButton"_s),
                      Qt::LeftButton);
    QVERIFY(kept);
    QCOMPARE(kept->visit.measurements.weightGrams, std::optional<int>(7350));
    QCOMPARE(kept->visit.measurements.headMm, std::optional<int>(432));
    window.reset();

    QString weight;
    bool feeding = false;
    MessageBox::setNextAnswer(QMessageBox::Yes);
    whenShown(u"visitDialog"_s, [&](QWidget* d) {
        weight = childOf<QLineEdit>(d, u"weightEdit"_s)->text();
        feeding = childOf<QCheckBox>(d, u"topic_feeding"_s)->isChecked();
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
    });
    auto again = openAs(MemberName, MemberPassword, u"duePage"_s);
    QVERIFY(again);
    QTRY_COMPARE(weight, u"7.35"_s);
    QVERIFY(feeding);
    QVERIFY2(MessageBox::lastText().contains(u"张小宝"_s) && MessageBox::lastText().contains(u"2026-11-20"_s),
             qPrintable(MessageBox::lastText()));
    QTRY_VERIFY(!VisitDrafts::load(*m_t->db).value().has_value());
    QTRY_COMPARE(dueRowOf(*again, u"王秀英"_s), -1);
}

void TestOutreachPages::routeSheetListsTheDueHouseholdsByVillage()
{
    auto window = openAs(MemberName, MemberPassword, u"duePage"_s);
    QVERIFY(window);
    const QString pdf = m_t->dir.filePath(u"route.pdf"_s);
    FileDialog::setNextFileName(pdf);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(window->findChild<QPushButton*>(u"saveRouteSheetButton"_s), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(MessageBox::lastText()));
    // The face names 黄 by its radical supplement form (⻩), which no normalisation reads back: the team and the
    // township are found by the rest of their names.
    const QString text = pdfText(pdf);
    for (const QString& expected :
         QStringList {TeamName.mid(1), Township.mid(1) + u" · "_s, u"2026-11-20"_s, u"张家庄"_s, u"李家坡"_s,
                      u"王秀英"_s, u"赵桂兰"_s, u"张小宝"_s, u"Signature on visit"_s, u"Notes"_s})
        QVERIFY2(text.contains(expected), qPrintable(expected + u" not in:\n"_s + text));
    QVERIFY(!text.contains(u"李春梅"_s));
    // One section per village, each household under its own.
    QVERIFY(text.indexOf(u"王秀英"_s) < text.indexOf(u"李家坡"_s));
    QVERIFY(text.indexOf(u"李家坡"_s) < text.indexOf(u"赵桂兰"_s));
}

void TestOutreachPages::registersAHouseholdWithErrorsAtTheirFields()
{
    auto window = openAs(MemberName, MemberPassword, u"householdsPage"_s);
    QVERIFY(window);
    QString villageError;
    QString childrenError;
    whenShown(u"householdDialog"_s, [&](QWidget* d) {
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        villageError = childOf<QLabel>(d, u"villageError"_s)->text();
        childrenError = childOf<QLabel>(d, u"childrenError"_s)->text();
        childOf<QLineEdit>(d, u"villageEdit"_s)->insert(u"李家坡"_s);
        childOf<QLineEdit>(d, u"consentByEdit"_s)->insert(u"陈芳"_s);
        auto* guardians = childOf<QTableWidget>(d, u"guardianTable"_s);
        guardians->item(0, 0)->setText(u"陈芳"_s);
        guardians->item(0, 2)->setText(u"138 0000 2222"_s);
        auto* children = childOf<QTableWidget>(d, u"childTable"_s);
        children->item(0, 0)->setText(u"陈小雨"_s);
        childOf<QComboBox>(d, u"childGenderCombo"_s)->setCurrentIndex(2);
        childOf<QDateEdit>(d, u"childBirthDateEdit"_s)->setDate(QDate(2026, 5, 1));
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(window->findChild<QPushButton*>(u"addHouseholdButton"_s), Qt::LeftButton);
    QVERIFY2(villageError.contains(u"village"_s), qPrintable(villageError));
    QVERIFY2(childrenError.contains(u"Child 1 has no name"_s), qPrintable(childrenError));
    const Result<QList<Household>> all = HouseholdRepository(*m_t->db).all();
    const auto chen = std::find_if(all->cbegin(), all->cend(),
                                   [](const Household& h) { return h.guardians.first().name == u"陈芳"_s; });
    QVERIFY(chen != all->cend());
    QCOMPARE(chen->guardians.first().phone, u"13800002222"_s);
    QCOMPARE(chen->children.first().gender, Gender::Female);
    // A household registered today is due for its first visit.
    QVERIFY(window->showPage(u"duePage"_s));
    QTRY_VERIFY(dueRowOf(*window, u"陈芳"_s) >= 0);
}

void TestOutreachPages::phonesAreMaskedForAMember()
{
    auto member = openAs(MemberName, MemberPassword, u"householdsPage"_s);
    QVERIFY(member);
    const QAbstractItemModel* model = member->findChild<QTableView*>(u"householdTable"_s)->model();
    QStringList phones;
    for (int row = 0; row < model->rowCount(); ++row)
        phones << model->index(row, HouseholdTableModel::PhoneColumn).data().toString();
    QVERIFY(phones.contains(u"138****5678"_s));
    QVERIFY(!phones.contains(u"13812345678"_s));
    member.reset();

    auto leader = openAs(LeaderName, LeaderPassword, u"householdsPage"_s);
    QVERIFY(leader);
    const QAbstractItemModel* whole = leader->findChild<QTableView*>(u"householdTable"_s)->model();
    QStringList wholePhones;
    for (int row = 0; row < whole->rowCount(); ++row)
        wholePhones << whole->index(row, HouseholdTableModel::PhoneColumn).data().toString();
    QVERIFY(wholePhones.contains(u"13812345678"_s));
}

// The household's visits show below the list; one recorded by mistake is removed after a confirmation, and only then.
void TestOutreachPages::aVisitRecordedByMistakeIsRemoved()
{
    auto window = openAs(MemberName, MemberPassword, u"householdsPage"_s);
    QVERIFY(window);
    auto* households = window->findChild<QTableView*>(u"householdTable"_s);
    int zhao = -1;
    for (int row = 0; row < households->model()->rowCount(); ++row)
        if (households->model()
                ->index(row, HouseholdTableModel::GuardianColumn)
                .data()
                .toString()
                .startsWith(u"赵桂兰"_s))
            zhao = row;
    QVERIFY(zhao >= 0);
    households->selectRow(zhao);
    auto* history = window->findChild<QTableView*>(u"visitHistoryTable"_s);
    QCOMPARE(history->model()->rowCount(), 1);
    QCOMPARE(history->model()->index(0, VisitTableModel::DateColumn).data().toString(), u"2026-07-10"_s);
    QCOMPARE(history->model()->index(0, VisitTableModel::WeightColumn).data().toString(), u"10.10 kg"_s);
    auto* remove = window->findChild<QPushButton*>(u"removeVisitButton"_s);
    QVERIFY(!remove->isEnabled());
    history->selectRow(0);
    QVERIFY(remove->isEnabled());

    MessageBox::setNextAnswer(QMessageBox::No);
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(history->model()->rowCount(), 1);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"2026-07-10"_s));
    QCOMPARE(history->model()->rowCount(), 0);
    const QList<Household> all = HouseholdRepository(*m_t->db).all().value();
    const auto stored = std::find_if(all.cbegin(), all.cend(),
                                     [](const Household& h) { return h.guardians.first().name == u"赵桂兰"_s; });
    QVERIFY(stored != all.cend());
    QVERIFY(VisitRepository(*m_t->db).ofHousehold(stored->id).value().isEmpty());
}

void TestOutreachPages::leaderExportsTheMonthSigned()
{
    QVERIFY(makeTeamKey(*m_t->db));
    auto window = openAs(LeaderName, LeaderPassword, u"outreachSummaryPage"_s);
    QVERIFY(window);
    auto* summary = window->findChild<QWidget*>(u"outreachSummaryPage"_s);
    const QString totals = summary->findChild<QLabel*>(u"summaryTotalsLabel"_s)->text();
    QVERIFY2(totals.contains(u"1 households"_s) && totals.contains(u"1 visits"_s), qPrintable(totals));
    QCOMPARE(summary->findChild<QTableView*>(u"villageTable"_s)->model()->rowCount(), 2);

    const QString folder = m_t->dir.filePath(u"sent"_s);
    QVERIFY(QDir().mkpath(folder));
    FileDialog::setNextFileName(folder);
    whenShown(u"passphraseDialog"_s, [&](QWidget* d) {
        childOf<QLineEdit>(d, u"passphraseEdit"_s)->setText(KeyPassphrase);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(summary->findChild<QPushButton*>(u"exportOutreachButton"_s), Qt::LeftButton);
    const QStringList files = QDir(folder).entryList(QDir::Files);
    QVERIFY2(files.size() == 2, qPrintable(files.join(u", "_s)));
    const QString message = summary->findChild<QLabel*>(u"messageLabel"_s)->text();
    QVERIFY2(message.contains(u".ddreport.json"_s) && message.contains(u".xlsx"_s), qPrintable(message));
}

QTEST_MAIN(TestOutreachPages)
#include "tst_outreachpages.moc"
