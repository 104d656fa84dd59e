#include "ClaimFixtures.h"
#include "billing/MonthClose.h"
#include "subsidy/ClaimBatches.h"
#include "subsidy/ClaimBuilder.h"

#include <QTest>

using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(ClaimStatus)

// A month's claim batch with the county: draft, submitted once the month is closed, approved in full or in part
// or returned, paid; a returned batch corrected as a new version, the old one kept.
class TestClaimBatches : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void transitions_data();
    void transitions();
    void submitNeedsAClosedMonth();
    void submitWithNobodyClaimableWritesNothing();
    void approvedInPartThenPaid();
    void returnedBatchIsCorrectedAsANewVersion();
    void countyListRecordedPerChild();
    void yearCapCountsSubmittedMonthsOnly();

private:
    // Runs "draft", "submit", "approve 800", "return NOTE" or "pay 500" (yuan) on November.
    Result<ClaimBatch> run(const QString& step);

    std::unique_ptr<TempDatabase> m_t;
    qint64 m_wang = 0;
    qint64 m_zhao = 0;
    qint64 m_sun = 0; // no ID number: never claimed
    const Month m_october {2026, 10};
    const Month m_november {2026, 11};
};

void TestClaimBatches::init()
{
    qint64 young = 0;
    qint64 older = 0;
    m_t = billingDatabase(young, older); // today is 2026-12-01
    QVERIFY(m_t);
    Database& db = *m_t->db;
    const QDate born(2024, 6, 10);
    m_wang = enrolForClaim(db, u"王一"_s, older, born, 2);
    m_zhao = enrolForClaim(db, u"赵二"_s, older, born, 4, CareType::FullDay, QDate(2026, 8, 1));
    m_sun = enrolForClaim(db, u"孙三"_s, older, born, 6, CareType::FullDay, QDate(2026, 9, 1), true);
    QVERIFY(m_wang && m_zhao && m_sun);
    for (const qint64 child : {m_wang, m_zhao, m_sun})
        for (const Month month : {m_october, m_november})
            QVERIFY(recordWholeMonth(db, child, month));
    db.setActor(actorWithRole(Role::Finance));
    for (const Month month : {m_october, m_november}) {
        const Result<int> closed = MonthClose::close(db, month, false);
        QVERIFY2(closed, qPrintable(closed.error()));
    }
}

void TestClaimBatches::cleanup()
{
    Clock::setFixed({});
    m_t.reset();
}

Result<ClaimBatch> TestClaimBatches::run(const QString& step)
{
    Database& db = *m_t->db;
    const QString verb = step.section(u' ', 0, 0);
    const QString argument = step.section(u' ', 1);
    if (verb == u"draft")
        return ClaimBatches::draft(db, m_november);
    if (verb == u"submit")
        return ClaimBatches::submit(db, m_november);
    if (verb == u"approve")
        return ClaimBatches::approve(db, m_november, Money::fromYuan(argument.toInt()));
    if (verb == u"return")
        return ClaimBatches::returnForCorrection(db, m_november, argument);
    return ClaimBatches::recordPayment(db, m_november, Money::fromYuan(argument.toInt()));
}

void TestClaimBatches::transitions_data()
{
    QTest::addColumn<QStringList>("steps");
    QTest::addColumn<ClaimStatus>("status"); // after the last step when it succeeds
    QTest::addColumn<QString>("refusal"); // of the last step; empty: it succeeds

    const auto ok = QString();
    QTest::newRow("a draft") << QStringList {u"draft"_s} << ClaimStatus::Draft << ok;
    QTest::newRow("a draft refreshed") << QStringList {u"draft"_s, u"draft"_s} << ClaimStatus::Draft << ok;
    QTest::newRow("submitted") << QStringList {u"draft"_s, u"submit"_s} << ClaimStatus::Submitted << ok;
    QTest::newRow("submitted without a draft first") << QStringList {u"submit"_s} << ClaimStatus::Submitted << ok;
    QTest::newRow("approved in full") << QStringList {u"submit"_s, u"approve 1000"_s} << ClaimStatus::ApprovedFull
                                      << ok;
    QTest::newRow("approved in part") << QStringList {u"submit"_s, u"approve 500"_s} << ClaimStatus::ApprovedPart << ok;
    QTest::newRow("returned") << QStringList {u"submit"_s, u"return 王一的身份证号有误"_s} << ClaimStatus::Returned
                              << ok;
    QTest::newRow("paid") << QStringList {u"submit"_s, u"approve 1000"_s, u"pay 1000"_s} << ClaimStatus::Paid << ok;
    QTest::newRow("approve with no claim")
        << QStringList {u"approve 1000"_s} << ClaimStatus::Draft << u"2026-11 has no claim yet"_s;
    QTest::newRow("approve a draft") << QStringList {u"draft"_s, u"approve 1000"_s} << ClaimStatus::Draft
                                     << u"only a submitted claim can be approved"_s;
    QTest::newRow("approve more than claimed") << QStringList {u"submit"_s, u"approve 1001"_s} << ClaimStatus::Draft
                                               << u"1,001.00 is more than the 1,000.00 claimed"_s;
    QTest::newRow("approve nothing") << QStringList {u"submit"_s, u"approve 0"_s} << ClaimStatus::Draft
                                     << u"returned, with its note"_s;
    QTest::newRow("return without a note")
        << QStringList {u"submit"_s, u"return  "_s} << ClaimStatus::Draft << u"the note is required"_s;
    QTest::newRow("return a draft") << QStringList {u"draft"_s, u"return 重填"_s} << ClaimStatus::Draft
                                    << u"only a submitted claim can be returned"_s;
    QTest::newRow("submit twice") << QStringList {u"submit"_s, u"submit"_s} << ClaimStatus::Draft
                                  << u"is submitted: only a claim returned"_s;
    QTest::newRow("redraft an approved claim")
        << QStringList {u"submit"_s, u"approve 1000"_s, u"draft"_s} << ClaimStatus::Draft << u"is approved in full"_s;
    QTest::newRow("pay a submitted claim")
        << QStringList {u"submit"_s, u"pay 1000"_s} << ClaimStatus::Draft << u"only an approved claim can be paid"_s;
    QTest::newRow("pay more than approved") << QStringList {u"submit"_s, u"approve 800"_s, u"pay 900"_s}
                                            << ClaimStatus::Draft << u"at most the 800.00 approved"_s;
    QTest::newRow("pay twice") << QStringList {u"submit"_s, u"approve 800"_s, u"pay 800"_s, u"pay 800"_s}
                               << ClaimStatus::Draft << u"is paid"_s;
}

void TestClaimBatches::transitions()
{
    QFETCH(QStringList, steps);
    QFETCH(ClaimStatus, status);
    QFETCH(QString, refusal);

    const QString last = steps.takeLast();
    for (const QString& step : std::as_const(steps)) {
        const Result<ClaimBatch> done = run(step);
        QVERIFY2(done, qPrintable(step + u": "_s + done.error()));
    }
    const Result<ClaimBatch> result = run(last);
    if (!refusal.isEmpty()) {
        QVERIFY(!result);
        QVERIFY2(result.error().contains(refusal), qPrintable(result.error()));
        return;
    }
    QVERIFY2(result, qPrintable(result.error()));
    QCOMPARE(result->status, status);
    QCOMPARE(result->version, 1);
    QCOMPARE(result->lines.size(), 3);
    QCOMPARE(result->totals().amount, Money::fromYuan(1000));
}

void TestClaimBatches::submitNeedsAClosedMonth()
{
    Database& db = *m_t->db;
    m_t->db->setActor(actorWithRole(Role::Director));
    QVERIFY(MonthClose::reopen(db, m_november, u"出勤更正"_s));
    m_t->db->setActor(actorWithRole(Role::Finance));
    const Result<ClaimBatch> draft = ClaimBatches::draft(db, m_november);
    QVERIFY2(draft, qPrintable(draft.error()));
    QCOMPARE(draft->totals().claimable, 2);
    const Result<ClaimBatch> refused = ClaimBatches::submit(db, m_november);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"2026-11 is not closed"_s), qPrintable(refused.error()));

    m_t->db->setActor(actorWithRole(Role::Caregiver));
    QVERIFY(!ClaimBatches::draft(db, m_november));
    QVERIFY(!ClaimBatches::versions(db, m_november));
}

void TestClaimBatches::submitWithNobodyClaimableWritesNothing()
{
    Database& db = *m_t->db;
    // September closed with every day confirmed as an absence: nobody attended enough to be claimed.
    const Month september(2026, 9);
    db.setActor(actorWithRole(Role::Director));
    const Result<int> closed = MonthClose::close(db, september, true);
    QVERIFY2(closed, qPrintable(closed.error()));
    db.setActor(actorWithRole(Role::Finance));
    const Result<ClaimBatch> refused = ClaimBatches::submit(db, september);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"nothing to submit"_s), qPrintable(refused.error()));
    const Result<QList<ClaimBatch>> versions = ClaimBatches::versions(db, september);
    QVERIFY2(versions, qPrintable(versions.error()));
    QVERIFY(versions->isEmpty());
}

void TestClaimBatches::approvedInPartThenPaid()
{
    Database& db = *m_t->db;
    const Result<ClaimBatch> submitted = ClaimBatches::submit(db, m_november);
    QVERIFY2(submitted, qPrintable(submitted.error()));
    QCOMPARE(submitted->submittedBy, u"someone"_s);
    QCOMPARE(submitted->submittedAt, Clock::now());
    QCOMPARE(submitted->owed(), Money::fromYuan(1000));
    const ClaimLine& noId = submitted->lines.first(); // by name
    QCOMPARE(noId.name, u"孙三"_s);
    QCOMPARE(noId.reason, ClaimReason::NoIdNumber);

    QVERIFY(ClaimBatches::approve(db, m_november, Money::fromYuan(500)));
    const Result<ClaimBatch> paid = ClaimBatches::recordPayment(db, m_november, Money::fromYuan(500));
    QVERIFY2(paid, qPrintable(paid.error()));
    QCOMPARE(paid->status, ClaimStatus::Paid);
    QCOMPARE(paid->approved, Money::fromYuan(500));
    QCOMPARE(paid->paid, Money::fromYuan(500));
    QCOMPARE(paid->owed(), Money::fromYuan(500));
}

void TestClaimBatches::returnedBatchIsCorrectedAsANewVersion()
{
    Database& db = *m_t->db;
    QVERIFY(setInstitution(db, InstitutionType::Independent, QDate(2025, 3, 1), 1));
    const Result<ClaimBatch> first = ClaimBatches::submit(db, m_november);
    QVERIFY2(first, qPrintable(first.error()));
    QCOMPARE(first->totals().claimable, 1);
    QVERIFY(ClaimBatches::returnForCorrection(db, m_november, u"核定托位已调整为2个"_s));

    QVERIFY(setInstitution(db, InstitutionType::Independent, QDate(2025, 3, 1), 2));
    const Result<ClaimBatch> second = ClaimBatches::submit(db, m_november);
    QVERIFY2(second, qPrintable(second.error()));
    QCOMPARE(second->version, 2);
    QCOMPARE(second->totals().claimable, 2);

    const Result<QList<ClaimBatch>> versions = ClaimBatches::versions(db, m_november);
    QVERIFY2(versions, qPrintable(versions.error()));
    QCOMPARE(versions->size(), 2);
    const ClaimBatch& kept = versions->first();
    QCOMPARE(kept.status, ClaimStatus::Returned);
    QCOMPARE(kept.note, u"核定托位已调整为2个"_s);
    QCOMPARE(kept.totals().claimable, 1);
    QCOMPARE(kept.lines.size(), 3);
    QCOMPARE(versions->last().status, ClaimStatus::Submitted);
}

void TestClaimBatches::countyListRecordedPerChild()
{
    Database& db = *m_t->db;
    const auto refusal = [&](qint64 child, std::optional<Money> approved, std::optional<Money> paid) {
        const Result<ClaimBatch> r = ClaimBatches::recordForChild(db, m_november, child, approved, paid);
        return r ? QString() : r.error();
    };
    const Money half = Money::fromYuan(500);
    QVERIFY(ClaimBatches::submit(db, m_november));
    QVERIFY(refusal(m_wang, half, {}).contains(u"once it has approved the claim"_s));
    QVERIFY(ClaimBatches::approve(db, m_november, half));

    QCOMPARE(refusal(m_wang, half, {}), QString());
    QCOMPARE(refusal(m_zhao, Money(), {}), QString());
    QVERIFY(refusal(m_wang, {}, Money::fromYuan(600)).contains(u"between 0.00 and the 500.00 claimed"_s));
    QVERIFY(refusal(m_zhao, {}, Money::fromYuan(100)).contains(u"more than the 0.00 approved"_s));
    QVERIFY(refusal(m_sun, Money(), {}).contains(u"does not claim for this child"_s));

    const Result<ClaimBatch> recorded = ClaimBatches::recordForChild(db, m_november, m_wang, {}, Money::fromYuan(400));
    QVERIFY2(recorded, qPrintable(recorded.error()));
    for (const ClaimLine& l : recorded->lines) {
        if (l.childId == m_wang) {
            QCOMPARE(l.approved, half);
            QCOMPARE(l.paid, Money::fromYuan(400));
        } else if (l.childId == m_zhao) {
            QCOMPARE(l.approved, Money());
            QCOMPARE(l.paid, std::nullopt);
        }
    }
}

void TestClaimBatches::yearCapCountsSubmittedMonthsOnly()
{
    Database& db = *m_t->db;
    const auto claimedOfWang = [&]() {
        const Result<ClaimBuild> build = ClaimBuilder::build(db, m_november);
        for (const ClaimLine& l : build ? build->lines : QList<ClaimLine>())
            if (l.childId == m_wang)
                return l.claimedMonths;
        return -1;
    };
    QVERIFY(ClaimBatches::draft(db, m_october));
    QCOMPARE(claimedOfWang(), 0);
    QVERIFY(ClaimBatches::submit(db, m_october));
    QCOMPARE(claimedOfWang(), 1);
    QVERIFY(ClaimBatches::returnForCorrection(db, m_october, u"重新申报"_s));
    QCOMPARE(claimedOfWang(), 0);
    QVERIFY(ClaimBatches::submit(db, m_october));
    QCOMPARE(claimedOfWang(), 1);
    // November itself and later months do not count toward November.
    QVERIFY(ClaimBatches::submit(db, m_november));
    QCOMPARE(claimedOfWang(), 1);
}

QTEST_GUILESS_MAIN(TestClaimBatches)
#include "tst_claimbatches.moc"
