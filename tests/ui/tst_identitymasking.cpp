#include "LoggedIn.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/IdNumber.h"
#include "demo/DemoData.h"

#include <QAbstractItemView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

// Whole ID numbers are personal data a caregiver may not see (PIPL; domain §4). Every text of every page the GUI
// shows her is searched for the children's, guardians' and staff's numbers. The director's audit page lists those
// numbers' history, masked by default like everywhere else; the masked form must be there, the whole one not.
class TestIdentityMasking : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void caregiverSeesNoWholeIdNumber();
    void auditPageMasksIdNumbers();

private:
    QStringList idNumbers() const;
    // Every text the window shows on every page it has: labels, fields, and each cell and tooltip of each view.
    static QStringList visibleTexts(MainWindow& window);
    static void collect(QWidget* root, QStringList& texts);

    std::unique_ptr<TempDatabase> m_t;
};

void TestIdentityMasking::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    QVERIFY(idNumbers().size() >= 20);
}

void TestIdentityMasking::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

QStringList TestIdentityMasking::idNumbers() const
{
    QStringList numbers;
    QSqlQuery query(m_t->db->connection());
    query.exec(u"SELECT id_number FROM children UNION SELECT id_number FROM guardians "
               "UNION SELECT id_number FROM staff"_s);
    while (query.next())
        if (const QString number = query.value(0).toString(); number.size() == 18)
            numbers << number;
    return numbers;
}

void TestIdentityMasking::collect(QWidget* root, QStringList& texts)
{
    texts << root->windowTitle() << root->toolTip();
    for (QLabel* label : root->findChildren<QLabel*>())
        texts << label->text() << label->toolTip();
    for (QLineEdit* edit : root->findChildren<QLineEdit*>())
        texts << edit->text();
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        QAbstractItemModel* model = view->model();
        if (!model)
            continue;
        for (int row = 0; row < model->rowCount(); ++row)
            for (int column = 0; column < model->columnCount(); ++column)
                for (int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole)})
                    texts << model->index(row, column).data(role).toString();
    }
}

QStringList TestIdentityMasking::visibleTexts(MainWindow& window)
{
    QStringList texts;
    auto* pages = window.findChild<QListWidget*>(u"pageList"_s);
    for (int row = 0; row < pages->count(); ++row) {
        pages->setCurrentRow(row);
        collect(&window, texts);
    }
    return texts;
}

void TestIdentityMasking::caregiverSeesNoWholeIdNumber()
{
    QVERIFY(logInAs(*m_t->db, CaregiverName, CaregiverPassword));
    MainWindow window(*m_t->db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QString shown = visibleTexts(window).join(u'\n');
    QVERIFY(shown.contains(u"潞州区小橘灯托育园"_s)); // the search did read the pages
    for (const QString& number : idNumbers())
        QVERIFY2(!shown.contains(number), qPrintable(u"whole ID number shown: "_s + number));
}

void TestIdentityMasking::auditPageMasksIdNumbers()
{
    QVERIFY(logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword));
    MainWindow window(*m_t->db);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(u"auditPage"_s));
    const QString shown = visibleTexts(window).join(u'\n');
    const QStringList numbers = idNumbers();
    QVERIFY(shown.contains(IdNumber::mask(numbers.first())));
    for (const QString& number : numbers)
        QVERIFY2(!shown.contains(number), qPrintable(u"whole ID number shown: "_s + number));
}

QTEST_MAIN(TestIdentityMasking)
#include "tst_identitymasking.moc"
