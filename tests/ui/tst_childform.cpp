#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "common/FileDialog.h"
#include "common/IdNumber.h"
#include "common/MessageBox.h"
#include "itemmodels/ChildTableModel.h"
#include "roster/ChildRepository.h"
#include "roster/RosterImport.h"
#include "store/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Qt::StringLiterals;

// A director's roster work on the Children page: adding a child through the form, the message a wrong ID number
// gets as it is typed, a class move with its effective date, and undoing it.
class TestChildForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAChildThroughTheForm();
    void badIdNumberIsNamedAsTyped();
    void placementWarningsDoNotRefuse();
    void movesClassFromADateAndUndoes();
    void importListsEveryProblemAndWritesNothing();
    void importsACleanFile();
    void correctsAChildWhoseConsentIsMissing();

private:
    QWidget* openChildrenPage();
    int rowOf(const QString& name) const;
    qint64 idOf(const QString& name) const;

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    QTableView* m_table = nullptr;
};

namespace {

// A valid ID number for a girl born on 2025-03-14 in 潞州区.
QString girlsIdNumber()
{
    const QString first17 = u"14040220250314002"_s;
    return first17 + IdNumber::checkCharacter(first17);
}

} // namespace

void TestChildForm::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    QVERIFY(logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword));
    m_window = std::make_unique<MainWindow>(*m_t->db);
    QWidget* page = openChildrenPage();
    QVERIFY(page);
    m_table = page->findChild<QTableView*>(u"childrenTable"_s);
    auto* standing = page->findChild<QComboBox*>(u"standingFilter"_s);
    standing->setCurrentIndex(standing->findText(u"All children"_s));
}

void TestChildForm::cleanup()
{
    cancelPendingActions();
    m_window.reset();
    m_t.reset();
    Clock::setFixed({});
}

QWidget* TestChildForm::openChildrenPage()
{
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->showPage(u"childrenPage"_s))
        return nullptr;
    return m_window->findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
}

int TestChildForm::rowOf(const QString& name) const
{
    for (int row = 0; row < m_table->model()->rowCount(); ++row)
        if (m_table->model()->index(row, ChildTableModel::NameColumn).data().toString() == name)
            return row;
    return -1;
}

qint64 TestChildForm::idOf(const QString& name) const
{
    QSqlQuery query(m_t->db->connection());
    query.prepare(u"SELECT id FROM children WHERE name = ?"_s);
    query.addBindValue(name);
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void TestChildForm::addsAChildThroughTheForm()
{
    // What the form showed along the way; checked after it closed, so a failure never leaves it open.
    QDate birthDate;
    int gender = -1;
    bool okWithoutConsent = true; // the dialog closed
    QString consentMessage;
    bool okWithConsent = false;
    QString suggestion;
    whenShown(u"childDialog"_s, [&](QWidget* dialog) {
        childOf<QLineEdit>(dialog, u"nameEdit"_s)->insert(u"李小禾"_s); // keyClicks types ASCII only
        QTest::keyClicks(childOf<QLineEdit>(dialog, u"idNumberEdit"_s), girlsIdNumber());
        birthDate = childOf<QDateEdit>(dialog, u"birthDateEdit"_s)->date();
        gender = childOf<QComboBox>(dialog, u"genderCombo"_s)->currentData().toInt();
        auto* ok = childOf<QPushButton>(dialog, u"okButton"_s);
        QTest::mouseClick(ok, Qt::LeftButton);
        okWithoutConsent = !dialog->isVisible();
        consentMessage = childOf<QLabel>(dialog, u"consent_dateError"_s)->text();
        childOf<QLineEdit>(dialog, u"consentByEdit"_s)->insert(u"李强"_s);
        childOf<QCheckBox>(dialog, u"consentOnEditCheck"_s)->setChecked(true);
        childOf<QDateEdit>(dialog, u"consentOnEditDate"_s)->setDate(QDate(2026, 11, 18));
        okWithConsent = childOf<QLabel>(dialog, u"consent_dateError"_s)->isHidden();
        suggestion = childOf<QLabel>(dialog, u"classSuggestionLabel"_s)->text();
        QTest::mouseClick(ok, Qt::LeftButton);
        if (dialog->isVisible())
            QTest::mouseClick(childOf<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"addChildButton"_s), Qt::LeftButton);
    // The number holds the birth date and gender; the form takes them from it.
    QCOMPARE(birthDate, QDate(2025, 3, 14));
    QCOMPARE(gender, int(Gender::Female));
    // Without the guardian's consent the form does not enrol; it names the missing consent.
    QVERIFY(!okWithoutConsent);
    QVERIFY(consentMessage.contains(u"consent"_s));
    QVERIFY(okWithConsent);
    // 20 months on the first day: the young toddler class is suggested.
    QVERIFY2(suggestion.contains(u"Young toddler"_s), qPrintable(suggestion));

    const int row = rowOf(u"李小禾"_s);
    QVERIFY(row >= 0);
    const Result<ChildRecord> saved = ChildRepository(*m_t->db).load(idOf(u"李小禾"_s));
    QVERIFY(saved.ok());
    QCOMPARE(saved->idNumber, girlsIdNumber());
    QCOMPARE(saved->enrolledOn, QDate(2026, 11, 20));
    QCOMPARE(saved->consentBy, u"李强"_s);
    const Result<QList<Placement>> placements = ChildRepository(*m_t->db).placements(saved->id);
    QCOMPARE(placements->size(), 1);
    QCOMPARE(m_table->model()->index(row, ChildTableModel::ClassColumn).data().toString().left(2), u"托小"_s);
}

void TestChildForm::badIdNumberIsNamedAsTyped()
{
    const int before = Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM children"_s).toInt();
    QString message;
    bool okEnabled = true; // the dialog closed
    whenShown(u"childDialog"_s, [&](QWidget* dialog) {
        childOf<QLineEdit>(dialog, u"nameEdit"_s)->insert(u"赵一一"_s); // keyClicks types ASCII only
        QString wrong = girlsIdNumber();
        wrong[17] = wrong[17] == u'1' ? u'2' : u'1';
        QTest::keyClicks(childOf<QLineEdit>(dialog, u"idNumberEdit"_s), wrong);
        message = childOf<QLabel>(dialog, u"id_numberError"_s)->text();
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
        okEnabled = !dialog->isVisible();
        QTest::mouseClick(childOf<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"addChildButton"_s), Qt::LeftButton);
    QVERIFY2(message.contains(u"check character"_s), qPrintable(message));
    QVERIFY(!okEnabled);
    QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM children"_s).toInt(), before);
}

void TestChildForm::placementWarningsDoNotRefuse()
{
    QString warnings;
    whenShown(u"childDialog"_s, [&](QWidget* dialog) {
        childOf<QLineEdit>(dialog, u"nameEdit"_s)->insert(u"孙小禾"_s);
        QTest::keyClicks(childOf<QLineEdit>(dialog, u"idNumberEdit"_s), girlsIdNumber());
        childOf<QLineEdit>(dialog, u"consentByEdit"_s)->insert(u"孙强"_s);
        childOf<QCheckBox>(dialog, u"consentOnEditCheck"_s)->setChecked(true);
        // A 20-month-old in the infant class: the form warns about her age but lets the director decide.
        auto* classes = childOf<QComboBox>(dialog, u"classCombo"_s);
        classes->setCurrentIndex(classes->findText(u"乳儿"_s, Qt::MatchStartsWith));
        warnings = childOf<QLabel>(dialog, u"placementWarningsLabel"_s)->text();
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
        if (dialog->isVisible())
            QTest::mouseClick(childOf<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"addChildButton"_s), Qt::LeftButton);
    QVERIFY2(warnings.contains(u"20 month"_s) && warnings.contains(u"乳儿一班"_s), qPrintable(warnings));
    const int row = rowOf(u"孙小禾"_s);
    QVERIFY(row >= 0);
    QVERIFY(m_table->model()->index(row, ChildTableModel::ClassColumn).data().toString().startsWith(u"乳儿"_s));
}

void TestChildForm::movesClassFromADateAndUndoes()
{
    // The first enrolled child of a class that has a sibling class of another name.
    int row = -1;
    for (int r = 0; r < m_table->model()->rowCount() && row < 0; ++r)
        if (m_table->model()->index(r, ChildTableModel::StatusColumn).data().toString().startsWith(u"Enrolled"_s))
            row = r;
    QVERIFY(row >= 0);
    const QString name = m_table->model()->index(row, ChildTableModel::NameColumn).data().toString();
    const QString oldClass = m_table->model()->index(row, ChildTableModel::ClassColumn).data().toString();
    const qint64 childId = idOf(name);
    const QList<Placement> before = ChildRepository(*m_t->db).placements(childId).value();
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {},
                      m_table->visualRect(m_table->model()->index(row, 0)).center());

    QString newClass;
    whenShown(u"placementDialog"_s, [&](QWidget* dialog) {
        childOf<QDateEdit>(dialog, u"effectiveDateEdit"_s)->setDate(QDate(2026, 12, 1));
        auto* classes = childOf<QComboBox>(dialog, u"classCombo"_s);
        classes->setCurrentIndex((classes->currentIndex() + 1) % classes->count());
        newClass = classes->currentText().section(u' ', 0, 0);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"moveClassButton"_s), Qt::LeftButton);
    QVERIFY(newClass != oldClass);

    const QList<Placement> after = ChildRepository(*m_t->db).placements(childId).value();
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.last().from, QDate(2026, 12, 1));
    QCOMPARE(after.at(after.size() - 2).to, QDate(2026, 11, 30));

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_table->setFocus();
    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier);
    QTRY_COMPARE(ChildRepository(*m_t->db).placements(childId).value(), before);
    QTest::keyClick(m_table, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE(ChildRepository(*m_t->db).placements(childId).value(), after);
}

namespace {

// A roster file in the layout a director keeps, for the demo's class 托大一班; the second row's ID number has a
// wrong check character and its class does not exist.
QByteArray rosterFile(bool withMistakes)
{
    QString first = u"14040220240105002"_s;
    first += IdNumber::checkCharacter(first);
    QString second = u"14040220240216003"_s;
    QChar check = IdNumber::checkCharacter(second);
    second += withMistakes ? (check == u'1' ? u'2' : u'1') : check;
    const QString secondClass = withMistakes ? u"向日葵班"_s : u"托大一班"_s;
    return (u"姓名,性别,出生日期,身份证号,班级,托育类型,入托日期,监护人,联系电话\r\n"_s
            + u"周小满,女,2024/1/5,%1,托大一班,全日托,2026年11月2日,周强,13912345678\r\n"_s.arg(first)
            + u"吴可,男,2024-02-16,%1,%2,半日托,2026-11-02,吴丽,13812345678\r\n"_s.arg(second, secondClass))
        .toUtf8();
}

} // namespace

void TestChildForm::importListsEveryProblemAndWritesNothing()
{
    const QString path = m_t->dir.filePath(u"roster.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(rosterFile(true)) > 0);
    file.close();
    const int before = Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM children"_s).toInt();

    QStringList problems;
    bool importEnabled = true;
    whenShown(u"rosterImportDialog"_s, [&](QWidget* dialog) {
        auto* table = childOf<QTableWidget>(dialog, u"importProblemsTable"_s);
        for (int row = 0; row < table->rowCount(); ++row) {
            QStringList cells;
            for (int column = 0; column < table->columnCount(); ++column)
                cells << table->item(row, column)->text();
            problems << cells.join(u" | "_s);
        }
        importEnabled = childOf<QPushButton>(dialog, u"importButton"_s)->isEnabled();
        QTest::mouseClick(childOf<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton);
    });
    FileDialog::setNextFileName(path);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"importRosterButton"_s), Qt::LeftButton);

    // Both mistakes of row 3 are listed with their column and value; nothing can be imported.
    QVERIFY(!importEnabled);
    const QString both = problems.join(u'\n');
    QVERIFY2(problems.filter(u"Error | 3 | 身份证号"_s).size() == 1, qPrintable(both));
    QVERIFY2(problems.filter(u"Error | 3 | 班级 | 向日葵班"_s).size() == 1, qPrintable(both));
    QVERIFY2(problems.filter(u"| 2 |"_s).filter(u"Error"_s).isEmpty(), qPrintable(both));
    QCOMPARE(Sql::scalar(m_t->db->connection(), u"SELECT count(*) FROM children"_s).toInt(), before);
}

void TestChildForm::importsACleanFile()
{
    const QString path = m_t->dir.filePath(u"roster.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(rosterFile(false)) > 0);
    file.close();

    QString summary;
    whenShown(u"rosterImportDialog"_s, [&](QWidget* dialog) {
        summary = childOf<QLabel>(dialog, u"importSummaryLabel"_s)->text();
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"importButton"_s), Qt::LeftButton);
        if (dialog->isVisible())
            QTest::mouseClick(childOf<QPushButton>(dialog, u"closeButton"_s), Qt::LeftButton);
    });
    FileDialog::setNextFileName(path);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"importRosterButton"_s), Qt::LeftButton);

    QVERIFY2(summary.contains(u"children to add: 2, to update: 0"_s), qPrintable(summary));
    QVERIFY2(MessageBox::lastText().contains(u"Children added: 2, updated: 0"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(rowOf(u"周小满"_s) >= 0);
    QVERIFY(rowOf(u"吴可"_s) >= 0);
    // Imported without a consent date: listed for the director to complete.
    QVERIFY(m_table->model()
                ->index(rowOf(u"吴可"_s), ChildTableModel::StatusColumn)
                .data()
                .toString()
                .contains(u"consent missing"_s));
}

void TestChildForm::correctsAChildWhoseConsentIsMissing()
{
    const QString path = m_t->dir.filePath(u"roster.csv"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(rosterFile(false)) > 0);
    file.close();
    const Result<RosterImportPlan> plan = RosterImport::preview(*m_t->db, path);
    QVERIFY(plan && plan->report.ok());
    QVERIFY(RosterImport::apply(*m_t->db, plan.value()));
    m_window->showPage(u"institutionPage"_s);
    m_window->showPage(u"childrenPage"_s);
    const int row = rowOf(u"吴可"_s);
    QVERIFY(row >= 0);
    QTest::mouseClick(m_table->viewport(), Qt::LeftButton, {},
                      m_table->visualRect(m_table->model()->index(row, 0)).center());

    bool closed = false;
    whenShown(u"childDialog"_s, [&](QWidget* dialog) {
        childOf<QLineEdit>(dialog, u"hukouEdit"_s)->insert(u"山西省长治市潞州区"_s);
        QTest::mouseClick(childOf<QPushButton>(dialog, u"okButton"_s), Qt::LeftButton);
        closed = !dialog->isVisible();
        if (!closed)
            QTest::mouseClick(childOf<QPushButton>(dialog, u"cancelButton"_s), Qt::LeftButton);
    });
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"editChildButton"_s), Qt::LeftButton);
    QVERIFY(closed);
    const Result<ChildRecord> saved = ChildRepository(*m_t->db).load(idOf(u"吴可"_s));
    QCOMPARE(saved->hukou, u"山西省长治市潞州区"_s);
    QVERIFY(!saved->consentRecorded());
}

QTEST_MAIN(TestChildForm)
#include "tst_childform.moc"
