#include "LoggedIn.h"
#include "MainWindow.h"
#include "ModalDriver.h"
#include "common/FormDialog.h"
#include "common/MessageBox.h"
#include "common/WarningList.h"
#include "itemmodels/ClassTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "roster/ClassRepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Qt::StringLiterals;

// The Classes page as a director uses it: adding a class through the dialog (its capacity following the type until
// she sets one), the warning when a class holds more children than its capacity, undoing and redoing an edit from
// the keyboard, deleting a class nobody was placed in; and a caregiver who only reads.
class TestClassesPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void addsAClassThroughTheDialog();
    void overCapacityIsWarnedAndUndoneWithCtrlZ();
    void deletesAnUnusedClassAndUndoBringsItBack();
    void caregiverOnlyReads();

private:
    QWidget* openPage(const QString& user, const QString& password);
    QTableView* table() const { return m_page->findChild<QTableView*>(u"classesTable"_s); }
    // The source row of the class with this name, or -1.
    int rowOf(const QString& name) const;
    QString cell(const QString& name, int column) const;
    bool select(const QString& name);
    static void chooseType(QWidget* dialog, ClassType type);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
    QWidget* m_page = nullptr;
};

void TestClassesPage::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
}

void TestClassesPage::cleanup()
{
    cancelPendingActions();
    Clock::setFixed({});
    m_window.reset();
    m_t.reset();
}

QWidget* TestClassesPage::openPage(const QString& user, const QString& password)
{
    if (!logInAs(*m_t->db, user, password))
        return nullptr;
    m_window = std::make_unique<MainWindow>(*m_t->db);
    m_window->show();
    if (!QTest::qWaitForWindowExposed(m_window.get()) || !m_window->showPage(u"classesPage"_s))
        return nullptr;
    m_page = m_window->findChild<QStackedWidget*>(u"pages"_s)->currentWidget();
    return m_page;
}

int TestClassesPage::rowOf(const QString& name) const
{
    QAbstractItemModel* model = table()->model();
    for (int row = 0; row < model->rowCount(); ++row)
        if (model->index(row, ClassTableModel::NameColumn).data().toString() == name)
            return row;
    return -1;
}

QString TestClassesPage::cell(const QString& name, int column) const
{
    const int row = rowOf(name);
    return row < 0 ? QString() : table()->model()->index(row, column).data().toString();
}

bool TestClassesPage::select(const QString& name)
{
    const int row = rowOf(name);
    if (row < 0)
        return false;
    const QRect rect = table()->visualRect(table()->model()->index(row, ClassTableModel::NameColumn));
    QTest::mouseClick(table()->viewport(), Qt::LeftButton, {}, rect.center());
    return table()->selectionModel()->isRowSelected(row);
}

void TestClassesPage::chooseType(QWidget* dialog, ClassType type)
{
    auto* combo = childOf<QComboBox>(dialog, u"classTypeCombo"_s);
    combo->setCurrentIndex(combo->findData(int(type)));
}

void TestClassesPage::addsAClassThroughTheDialog()
{
    QVERIFY(openPage(DemoData::DemoUser, DemoData::DemoPassword));
    int infantDefault = 0;
    int olderDefault = 0;
    int keptAfterTyping = 0;
    QString hint;
    whenShown(u"classDialog"_s, [&](QWidget* d) {
        childOf<QLineEdit>(d, u"classNameEdit"_s)->insert(u"向日葵班"_s);
        auto* capacity = childOf<QSpinBox>(d, u"capacitySpin"_s);
        chooseType(d, ClassType::Infant);
        infantDefault = capacity->value();
        chooseType(d, ClassType::OlderToddler);
        olderDefault = capacity->value();
        hint = childOf<QLabel>(d, u"capacityHint"_s)->text();
        capacity->selectAll();
        QTest::keyClicks(capacity, u"16"_s);
        chooseType(d, ClassType::Mixed);
        keptAfterTyping = capacity->value();
        QTest::keyClicks(childOf<QLineEdit>(d, u"roomEdit"_s), u"301"_s);
        auto* caregivers = childOf<QListWidget>(d, u"caregiversList"_s);
        caregivers->item(0)->setCheckState(Qt::Checked);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        if (d->isVisible())
            qobject_cast<QDialog*>(d)->reject();
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"addClassButton"_s), Qt::LeftButton);
    QCOMPARE(infantDefault, 10);
    QCOMPARE(olderDefault, 20);
    QVERIFY2(hint.contains(u"20"_s), qPrintable(hint));
    QCOMPARE(keptAfterTyping, 16);

    QVERIFY(rowOf(u"向日葵班"_s) >= 0);
    QCOMPARE(cell(u"向日葵班"_s, ClassTableModel::TypeColumn), RosterTypes::label(ClassType::Mixed));
    QCOMPARE(cell(u"向日葵班"_s, ClassTableModel::RoomColumn), u"301"_s);
    QCOMPARE(cell(u"向日葵班"_s, ClassTableModel::ChildrenColumn), u"0 / 16"_s);
    QVERIFY(!cell(u"向日葵班"_s, ClassTableModel::CaregiverNamesColumn).isEmpty());
    const auto stored = ClassRepository(*m_t->db).findByName(u"向日葵班"_s);
    QVERIFY(stored.ok() && stored.value());
    QCOMPARE(stored.value()->capacity, 16);
    QCOMPARE(stored.value()->staffIds.size(), 1);
    // The new class is selected, ready to be edited.
    QVERIFY(table()->selectionModel()->isRowSelected(rowOf(u"向日葵班"_s)));
}

void TestClassesPage::overCapacityIsWarnedAndUndoneWithCtrlZ()
{
    QVERIFY(openPage(DemoData::DemoUser, DemoData::DemoPassword));
    // The fullest class.
    QAbstractItemModel* model = table()->model();
    int fullest = 0;
    for (int row = 1; row < model->rowCount(); ++row)
        if (model->index(row, ClassTableModel::ChildrenColumn).data(ItemRoles::Raw).toInt()
            > model->index(fullest, ClassTableModel::ChildrenColumn).data(ItemRoles::Raw).toInt())
            fullest = row;
    const QString name = model->index(fullest, ClassTableModel::NameColumn).data().toString();
    const int children = model->index(fullest, ClassTableModel::ChildrenColumn).data(ItemRoles::Raw).toInt();
    QVERIFY(children >= 2);
    const QString before = cell(name, ClassTableModel::ChildrenColumn);
    auto* warnings = m_page->findChild<WarningList*>(u"classWarningsList"_s);
    QVERIFY(!warnings->warnings().join(u'\n').contains(u"more than its capacity"_s));

    QVERIFY(select(name));
    whenShown(u"classDialog"_s, [](QWidget* d) {
        auto* capacity = childOf<QSpinBox>(d, u"capacitySpin"_s);
        capacity->selectAll();
        QTest::keyClicks(capacity, u"1"_s);
        QTest::mouseClick(childOf<QPushButton>(d, u"okButton"_s), Qt::LeftButton);
        if (d->isVisible())
            qobject_cast<QDialog*>(d)->reject();
    });
    QTest::mouseClick(m_page->findChild<QPushButton*>(u"editClassButton"_s), Qt::LeftButton);
    QCOMPARE(cell(name, ClassTableModel::ChildrenColumn), u"%1 / 1"_s.arg(children));
    QVERIFY(!cell(name, ClassTableModel::WarningsColumn).isEmpty());
    const QString expected = u"%1 has %2 children, more than its capacity of 1."_s.arg(name).arg(children);
    QVERIFY2(warnings->warnings().contains(expected), qPrintable(warnings->warnings().join(u'\n')));
    // Each warning carries the icon, not only a colour.
    QVERIFY(!warnings->item(0)->icon().isNull());

    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    table()->setFocus();
    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(cell(name, ClassTableModel::ChildrenColumn), before);
    QVERIFY(!warnings->warnings().contains(expected));
    QCOMPARE(ClassRepository(*m_t->db).findByName(name)->value().capacity, before.section(u" / "_s, 1).toInt());

    QTest::keyClick(table(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(cell(name, ClassTableModel::ChildrenColumn), u"%1 / 1"_s.arg(children));
}

void TestClassesPage::deletesAnUnusedClassAndUndoBringsItBack()
{
    ClassRecord empty;
    empty.name = u"备用班"_s;
    empty.type = ClassType::OlderToddler;
    empty.capacity = 20;
    QVERIFY(ClassRepository(*m_t->db).add(empty).ok());
    QVERIFY(openPage(DemoData::DemoUser, DemoData::DemoPassword));
    auto* remove = m_page->findChild<QPushButton*>(u"deleteClassButton"_s);

    // A class children were placed in keeps its history.
    QVERIFY(select(table()->model()->index(0, ClassTableModel::NameColumn).data().toString()));
    QVERIFY(!remove->isEnabled());

    QVERIFY(select(u"备用班"_s));
    QVERIFY(remove->isEnabled());
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(remove, Qt::LeftButton);
    QVERIFY(MessageBox::lastText().contains(u"备用班"_s));
    QCOMPARE(rowOf(u"备用班"_s), -1);
    QVERIFY(!ClassRepository(*m_t->db).findByName(u"备用班"_s)->has_value());

    QTest::mouseClick(m_page->findChild<QToolButton*>(u"undoButton"_s), Qt::LeftButton);
    QVERIFY(rowOf(u"备用班"_s) >= 0);
    QCOMPARE(ClassRepository(*m_t->db).findByName(u"备用班"_s)->value().capacity, 20);
}

void TestClassesPage::caregiverOnlyReads()
{
    QVERIFY(openPage(CaregiverName, CaregiverPassword));
    QVERIFY(table()->model()->rowCount() > 0);
    QVERIFY(!m_page->findChild<QPushButton*>(u"addClassButton"_s));
    QVERIFY(!m_page->findChild<QToolButton*>(u"undoButton"_s));
    QVERIFY(!m_page->findChild<QPushButton*>(u"editClassButton"_s)->isVisible());
    QVERIFY(!m_page->findChild<QPushButton*>(u"deleteClassButton"_s)->isVisible());
}

QTEST_MAIN(TestClassesPage)
#include "tst_classespage.moc"
