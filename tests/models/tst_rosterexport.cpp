#include "RosterFiles.h"
#include "TempDatabase.h"
#include "common/Clock.h"
#include "common/CsvWriter.h"
#include "roster/ChildRepository.h"
#include "roster/RosterExport.h"
#include "roster/RosterImport.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The roster export: the import's columns, so an exported file imports again as updates that change nothing;
// numbers masked for a role that may not see them; a workbook when asked for one.
class TestRosterExport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void maskedForCaregiver();
    void workbook();

private:
    QString path(const QString& name) const { return m_db->dir.filePath(name); }
    QByteArray read(const QString& file) const
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    std::unique_ptr<TempDatabase> m_db;
};

void TestRosterExport::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    m_db = std::make_unique<TempDatabase>();
    QVERIFY(m_db->open());
    QVERIFY(addRosterClasses(*m_db->db));
    const QStringList header {u"姓名"_s,     u"性别"_s,     u"出生日期"_s,       u"身份证号"_s, u"孩次"_s,
                              u"班级"_s,     u"托育类型"_s, u"入托日期"_s,       u"离托日期"_s, u"监护人"_s,
                              u"联系电话"_s, u"户籍"_s,     u"监护人同意日期"_s, u"备注"_s};
    const QList<QStringList> rows {{u"张小明"_s, u"男"_s, u"2024-05-10"_s, idNumberFor(QDate(2024, 5, 10), 11), u"1"_s,
                                    u"托小一班"_s, u"全日托"_s, u"2025-09-01"_s, QString(), u"张伟"_s, u"13812345678"_s,
                                    u"山西省长治市"_s, u"2025-08-20"_s, u"对牛奶过敏, 需注意"_s},
                                   {u"李小红"_s, u"女"_s, u"2024-03-02"_s, idNumberFor(QDate(2024, 3, 2), 22), u"2"_s,
                                    u"托大一班"_s, u"半日托"_s, u"2025-09-01"_s, u"2026-10-31"_s, u"李娜"_s,
                                    u"13987654321"_s, QString(), QString(), QString()}};
    QVERIFY(CsvWriter::write(path(u"in.csv"_s), header, rows));
    const auto plan = RosterImport::preview(*m_db->db, path(u"in.csv"_s));
    QVERIFY2(plan && plan->report.ok(), qPrintable(plan ? plan->report.errors.value(0).message : plan.error()));
    QVERIFY(RosterImport::apply(*m_db->db, plan.value()));
}

void TestRosterExport::roundTrip()
{
    const QString first = path(u"roster.csv"_s);
    QVERIFY(RosterExport::write(*m_db->db, first, Clock::today()));
    QVERIFY(read(first).startsWith("\xEF\xBB\xBF姓名,性别,出生日期,身份证号"));
    QVERIFY(read(first).contains(idNumberFor(QDate(2024, 5, 10), 11).toUtf8()));

    const auto plan = RosterImport::preview(*m_db->db, first);
    QVERIFY2(plan && plan->report.ok(), qPrintable(plan ? plan->report.errors.value(0).message : plan.error()));
    QCOMPARE(plan->report.added, 0);
    QCOMPARE(plan->report.updated, 2);
    QVERIFY(RosterImport::apply(*m_db->db, plan.value()));

    const QString second = path(u"again.csv"_s);
    QVERIFY(RosterExport::write(*m_db->db, second, Clock::today()));
    QCOMPARE(read(second), read(first));
    for (const PlannedChild& child : plan->children)
        QCOMPARE(ChildRepository(*m_db->db).placements(child.record.id)->size(), 1);
}

void TestRosterExport::maskedForCaregiver()
{
    Actor caregiver;
    caregiver.userId = 99;
    caregiver.role = Role::Caregiver;
    m_db->db->setActor(caregiver);
    const auto rows = RosterExport::rows(*m_db->db, Clock::today());
    QVERIFY2(rows, qPrintable(rows.error()));
    QCOMPARE(rows->size(), 2);
    for (const QStringList& row : rows.value()) {
        QVERIFY2(row.at(3).startsWith(u"140402********"_s), qPrintable(row.at(3)));
        QVERIFY(row.at(10) == u"138****5678"_s || row.at(10) == u"139****4321"_s);
    }
}

void TestRosterExport::workbook()
{
    const QString file = path(u"roster.xlsx"_s);
    QVERIFY(RosterExport::write(*m_db->db, file, Clock::today()));
    const QByteArray bytes = read(file);
    QVERIFY(bytes.size() > 1000);
    QVERIFY(bytes.startsWith("PK"));
}

QTEST_GUILESS_MAIN(TestRosterExport)
#include "tst_rosterexport.moc"
