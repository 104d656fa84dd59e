// A visit form in progress survives the laptop losing power: a process keeping drafts is killed at moments spread
// over its writes, and each time the database opens whole with the last draft it reported saved (or a later one).

#include "OutreachFixtures.h"
#include "common/Clock.h"
#include "outreach/VisitDrafts.h"
#include "store/Sql.h"

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

class TestVisitDraft : public QObject
{
    Q_OBJECT

private slots:
    void aKilledFormKeepsItsLastDraft_data()
    {
        QTest::addColumn<int>("killAfter");
        QTest::newRow("after the first draft") << 1;
        QTest::newRow("after 17 drafts") << 17;
        QTest::newRow("after 150 drafts") << 150;
    }

    void aKilledFormKeepsItsLastDraft()
    {
        QFETCH(int, killAfter);
        Clock::setFixed(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
        auto t = outreachTeamDatabase();
        QVERIFY(t);
        qint64 child = 0;
        QVERIFY(addHousehold(*t->db, u"东村"_s, u"小花"_s, QDate(2025, 11, 10), QDate(2026, 10, 1), false, &child));
        const QString path = t->path;
        t->db.reset();

        QProcess writer;
        writer.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        writer.start(QStringLiteral(DAYCARE_DRAFT_WRITER_PATH), {path, QString::number(child)});
        int saved = 0;
        while (saved < killAfter && writer.waitForReadyRead(30000))
            while (writer.canReadLine()) {
                const QByteArray line = writer.readLine().trimmed();
                if (line.startsWith("saved "))
                    saved = line.sliced(6).toInt();
            }
        QVERIFY2(saved >= killAfter, "the writer stopped before it had saved enough drafts");
        writer.kill();
        QVERIFY(writer.waitForFinished(10000));

        auto reopened = Database::open(path, Database::OpenMode::ExistingOnly);
        QVERIFY2(reopened, qPrintable(reopened ? QString() : reopened.error()));
        Database& db = *reopened.value();
        QCOMPARE(Sql::scalar(db.connection(), u"PRAGMA integrity_check"_s).toString(), u"ok"_s);
        Actor li;
        li.userId = 1;
        li.name = u"li"_s;
        li.role = Role::Outreach;
        db.setActor(li);
        const Result<std::optional<VisitDraft>> draft = VisitDrafts::load(db);
        QVERIFY2(draft, qPrintable(draft.error()));
        QVERIFY(draft->has_value());
        QCOMPARE(draft->value().visit.childId, child);
        QCOMPARE(draft->value().visit.visitors, QStringList {u"li"_s});
        QVERIFY(draft->value().visit.measurements.weightGrams.value_or(0) >= 7000 + saved);
        // Another member has no draft of li's.
        li.name = u"zhao"_s;
        db.setActor(li);
        QVERIFY(!VisitDrafts::load(db).value().has_value());
        Clock::setFixed({});
    }

    // Saving the visit or throwing the form away leaves no draft.
    void discardLeavesNothing()
    {
        auto t = outreachTeamDatabase();
        QVERIFY(t);
        Visit form;
        form.childId = 1;
        form.advice = u"多做俯卧抬头练习"_s;
        QVERIFY(VisitDrafts::save(*t->db, form));
        QCOMPARE(VisitDrafts::load(*t->db).value()->visit.advice, form.advice);
        QVERIFY(VisitDrafts::discard(*t->db));
        QVERIFY(!VisitDrafts::load(*t->db).value().has_value());
    }
};

QTEST_GUILESS_MAIN(TestVisitDraft)
#include "tst_visitdraft.moc"
