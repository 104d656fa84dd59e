#include "LoggedIn.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/FileDialog.h"
#include "common/MessageBox.h"
#include "demo/DemoData.h"
#include "itemmodels/AuditTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "store/Sql.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>

using namespace Qt::StringLiterals;

// The director's audit page: a change made on the Users page is listed with who made it, the filters narrow the
// list, "Verify" tells an intact trail from an altered one, and the CSV export holds exactly the rows listed.
class TestAuditPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void listsTheChangeJustMade();
    void filtersByUserRecordTypeAndDates();
    void verifySaysIntact();
    void verifyFindsAnEditedRow();
    void exportWritesTheListedRows();

private:
    // The director changes an account through the Users page, then opens the audit page.
    void disableCaregiverThenOpenAudit();
    QAbstractItemModel* rows() const;
    void choose(const QString& combo, const QString& value) const;
    // Parses the CSV the export writes (UTF-8 with BOM, CRLF, quoted fields).
    static QList<QStringList> readCsv(const QString& path);

    std::unique_ptr<TempDatabase> m_t;
    std::unique_ptr<MainWindow> m_window;
};

void TestAuditPage::init()
{
    m_t = demoWithCaregiver();
    QVERIFY(m_t);
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(10, 30)));
    QVERIFY(logInAs(*m_t->db, DemoData::DemoUser, DemoData::DemoPassword));
    m_window = std::make_unique<MainWindow>(*m_t->db);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAuditPage::cleanup()
{
    Clock::setFixed({});
    m_window.reset();
    m_t.reset();
}

QAbstractItemModel* TestAuditPage::rows() const
{
    return m_window->findChild<QTableView*>(u"auditTable"_s)->model();
}

void TestAuditPage::choose(const QString& combo, const QString& value) const
{
    auto* box = m_window->findChild<QComboBox*>(combo);
    box->setCurrentIndex(box->findData(value));
}

void TestAuditPage::disableCaregiverThenOpenAudit()
{
    QVERIFY(m_window->showPage(u"usersPage"_s));
    QTableView* users = m_window->findChild<QTableView*>(u"usersTable"_s);
    for (int row = 0; row < users->model()->rowCount(); ++row)
        if (users->model()->index(row, 0).data().toString() == CaregiverName)
            users->selectRow(row);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"disableButton"_s), Qt::LeftButton);
    QVERIFY(UserRepository(*m_t->db).find(CaregiverName)->disabled);
    QVERIFY(m_window->showPage(u"auditPage"_s));
}

void TestAuditPage::listsTheChangeJustMade()
{
    disableCaregiverThenOpenAudit();
    QAbstractItemModel* model = rows();
    QVERIFY(model->rowCount() > 100);
    // Newest first: the director's change of the caregiver's account.
    auto top = [&](int column) { return model->index(0, column).data().toString(); };
    QCOMPARE(top(AuditTableModel::TimeColumn), u"2026-11-20 10:30:00"_s);
    QCOMPARE(top(AuditTableModel::UserColumn), u"admin"_s);
    QCOMPARE(top(AuditTableModel::RecordTypeColumn), u"Users"_s);
    QCOMPARE(top(AuditTableModel::ActionColumn), u"Changed"_s);
    QCOMPARE(top(AuditTableModel::ChangesColumn), u"disabled: 0 → 1"_s);
    QVERIFY(m_window->findChild<QLabel*>(u"countLabel"_s)->text().contains(QString::number(model->rowCount())));
}

void TestAuditPage::filtersByUserRecordTypeAndDates()
{
    disableCaregiverThenOpenAudit();
    QAbstractItemModel* model = rows();
    const int all = model->rowCount();
    auto* users = m_window->findChild<QComboBox*>(u"userFilter"_s);
    QVERIFY(users->findData(u"admin"_s) > 0);
    QVERIFY(users->findData(u"system"_s) > 0);

    choose(u"userFilter"_s, u"admin"_s);
    QVERIFY(model->rowCount() >= 1 && model->rowCount() < all);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, AuditTableModel::UserColumn).data().toString(), u"admin"_s);

    choose(u"userFilter"_s, QString());
    choose(u"recordTypeFilter"_s, u"users"_s);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, AuditTableModel::RecordTypeColumn).data(ItemRoles::Raw).toString(), u"users"_s);
    const int userRows = model->rowCount();
    QVERIFY(userRows >= 3);

    auto* range = m_window->findChild<QCheckBox*>(u"dateRangeCheck"_s);
    auto* from = m_window->findChild<QDateEdit*>(u"fromEdit"_s);
    auto* to = m_window->findChild<QDateEdit*>(u"toEdit"_s);
    QVERIFY(!from->isEnabled());
    range->setChecked(true);
    QVERIFY(from->isEnabled() && to->isEnabled());
    from->setDate(QDate(2026, 11, 20));
    to->setDate(QDate(2026, 11, 20));
    QCOMPARE(model->rowCount(), userRows);
    from->setDate(QDate(2026, 11, 21));
    to->setDate(QDate(2026, 11, 30));
    QCOMPARE(model->rowCount(), 0);
    range->setChecked(false);
    QCOMPARE(model->rowCount(), userRows);
}

void TestAuditPage::verifySaysIntact()
{
    disableCaregiverThenOpenAudit();
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"verifyButton"_s), Qt::LeftButton);
    const QString verdict = m_window->findChild<QLabel*>(u"verdictLabel"_s)->text();
    QVERIFY2(verdict.startsWith(u"The audit trail is intact"_s), qPrintable(verdict));
}

void TestAuditPage::verifyFindsAnEditedRow()
{
    QVERIFY(m_window->showPage(u"auditPage"_s));
    // Someone with the sqlite3 shell works around the trail's protection and rewrites who did something.
    QVERIFY(Sql::exec(m_t->db->connection(), u"DROP TRIGGER audit_log_no_update"_s).ok());
    QVERIFY(Sql::exec(m_t->db->connection(), u"UPDATE audit_log SET user_name = 'nobody' WHERE id = 3"_s).ok());
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"verifyButton"_s), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"Audit row 3 was edited"_s), qPrintable(MessageBox::lastText()));
    QVERIFY(m_window->findChild<QLabel*>(u"verdictLabel"_s)->text().contains(u"row 3"_s));
}

QList<QStringList> TestAuditPage::readCsv(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QByteArray bytes = file.readAll();
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return {};
    const QString text = QString::fromUtf8(bytes.mid(3));
    QList<QStringList> records;
    QStringList fields;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            fields << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            fields << field;
            records << fields;
            fields.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

void TestAuditPage::exportWritesTheListedRows()
{
    disableCaregiverThenOpenAudit();
    choose(u"recordTypeFilter"_s, u"users"_s);
    QAbstractItemModel* model = rows();
    QList<QStringList> listed;
    for (int row = 0; row < model->rowCount(); ++row) {
        QStringList fields;
        for (int column : {AuditTableModel::UserColumn, AuditTableModel::RecordTypeColumn,
                 AuditTableModel::RecordColumn, AuditTableModel::ActionColumn})
            fields << model->index(row, column).data(ItemRoles::Raw).toString();
        fields << model->index(row, AuditTableModel::ChangesColumn).data(ItemRoles::Raw).toStringList();
        listed << fields;
    }

    const QString path = m_t->dir.filePath(u"audit.csv"_s);
    FileDialog::setNextFileName(path);
    MessageBox::setNextAnswer(QMessageBox::Ok);
    QTest::mouseClick(m_window->findChild<QPushButton*>(u"exportButton"_s), Qt::LeftButton);
    QVERIFY2(MessageBox::lastText().contains(u"audit.csv"_s), qPrintable(MessageBox::lastText()));

    const QList<QStringList> csv = readCsv(path);
    QCOMPARE(csv.size(), listed.size() + 1);
    QCOMPARE(csv.first(),
        (QStringList {u"id"_s, u"at"_s, u"user"_s, u"record_type"_s, u"record"_s, u"action"_s, u"old_values"_s,
            u"new_values"_s}));
    for (qsizetype row = 0; row < listed.size(); ++row)
        QCOMPARE(csv.at(row + 1).mid(2), listed.at(row));

    // Handing out the trail is itself in the trail.
    choose(u"recordTypeFilter"_s, u"audit_log"_s);
    QCOMPARE(model->index(0, AuditTableModel::ActionColumn).data(ItemRoles::Raw).toString(), u"export"_s);
    QCOMPARE(model->index(0, AuditTableModel::UserColumn).data().toString(), u"admin"_s);
}

QTEST_MAIN(TestAuditPage)
#include "tst_auditpage.moc"
