#include "CenterFixtures.h"
#include "RosterFixtures.h"
#include "SyntheticReports.h"
#include "TempDatabase.h"
#include "center/CenterFindings.h"
#include "center/CenterImport.h"
#include "center/CenterMonth.h"
#include "center/CenterRegistry.h"
#include "common/Clock.h"

#include <QFile>
#include <QTest>

using namespace Qt::StringLiterals;

// A county center's month from its institutions' reports: each institution's status against the due day, the
// totals added from whole numbers (a rate is the summed numerators over the summed denominators, never an average
// of percentages), the latest revision counting, and the cross-institution findings at their edges.
class TestCenterMonth : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void statusAgainstTheDueDay_data();
    void statusAgainstTheDueDay();
    void ratesComeFromSummedNumbers();
    void theLatestRevisionCounts();
    void sameChildInTwoInstitutions_data();
    void sameChildInTwoInstitutions();
    void monthsOfTheYearAcrossInstitutions_data();
    void monthsOfTheYearAcrossInstitutions();
    void claimsOverInclusivePlaces_data();
    void claimsOverInclusivePlaces();

private:
    SyntheticInstitution& institution(int number, const QString& county = u"潞州区"_s);
    void send(const SyntheticInstitution& who, Month month, const SyntheticFigures& figures = {},
              const QList<SyntheticClaim>& claims = {}, int revision = 1);
    QList<CenterFinding> findingsOf(Month month, CenterFinding::Kind kind);

    std::unique_ptr<TempDatabase> m_center;
    std::map<int, SyntheticInstitution> m_institutions;
    QTemporaryDir m_files;
    int m_sent = 0;
    const Month m_october {2026, 10};
};

void TestCenterMonth::init()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 20), QTime(9, 0)));
    m_center = std::make_unique<TempDatabase>();
    QVERIFY(m_center->open());
    QVERIFY(setUpCountyCenter(*m_center->db));
    m_center->db->setActor(actorWithRole(Role::CenterOfficer));
    m_institutions.clear();
}

void TestCenterMonth::cleanup()
{
    m_center.reset();
    Clock::setFixed({});
}

SyntheticInstitution& TestCenterMonth::institution(int number, const QString& county)
{
    auto found = m_institutions.find(number);
    if (found == m_institutions.end()) {
        found = m_institutions.emplace(number, SyntheticInstitution::make(number, county)).first;
        const Result<Registration> registered = CenterRegistry::registerKey(*m_center->db, found->second.jwk(), {});
        if (!registered)
            qWarning().noquote() << registered.error();
    }
    return found->second;
}

void TestCenterMonth::send(const SyntheticInstitution& who, Month month, const SyntheticFigures& figures,
                           const QList<SyntheticClaim>& claims, int revision)
{
    const QString path = m_files.filePath(u"%1.ddreport.json"_s.arg(++m_sent));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(syntheticReport(who, month, revision, figures, claims));
    file.close();
    const Result<QList<ImportedFile>> imported = CenterImport::importFiles(*m_center->db, {path});
    QVERIFY2(imported, qPrintable(imported.error()));
    QVERIFY2(imported->first().verdict != ImportedFile::Verdict::Rejected, qPrintable(imported->first().reason));
}

QList<CenterFinding> TestCenterMonth::findingsOf(Month month, CenterFinding::Kind kind)
{
    const Result<QList<CenterFinding>> all = CenterFindings::find(*m_center->db, month);
    if (!all) {
        qWarning().noquote() << all.error();
        return {};
    }
    QList<CenterFinding> ofKind;
    for (const CenterFinding& finding : all.value())
        if (finding.kind == kind)
            ofKind << finding;
    return ofKind;
}

void TestCenterMonth::statusAgainstTheDueDay_data()
{
    QTest::addColumn<QDate>("today");
    QTest::addColumn<QString>("silent");
    // October's reports are due 10 days after its end (the policy's default): on 10 November still on time.
    QTest::newRow("on the due day") << QDate(2026, 11, 10) << u"not_reported"_s;
    QTest::newRow("the day after") << QDate(2026, 11, 11) << u"late"_s;
    QTest::newRow("within the month") << QDate(2026, 10, 31) << u"not_reported"_s;
}

void TestCenterMonth::statusAgainstTheDueDay()
{
    QFETCH(QDate, today);
    QFETCH(QString, silent);
    send(institution(1), m_october);
    institution(2);
    Clock::setFixed(QDateTime(today, QTime(18, 0)));
    const Result<CenterMonth> month = CenterMonth::load(*m_center->db, m_october);
    QVERIFY2(month, qPrintable(month.error()));
    QCOMPARE(month->dueDate, QDate(2026, 11, 10));
    QCOMPARE(month->rows.size(), 2);
    // The silent one has sent nothing yet, so its county is not known: it sorts first.
    QCOMPARE(month->rows.at(0).name, institution(2).name);
    QCOMPARE(CenterMonth::statusKey(month->rows.at(0).status), silent);
    QCOMPARE(month->rows.at(0).revision, 0);
    QCOMPARE(CenterMonth::statusKey(month->rows.at(1).status), u"reported"_s);
    QCOMPARE(month->rows.at(1).revision, 1);
    // Imported on 20 November, ten days after the due day.
    QVERIFY(month->senders.at(1).arrivedLate);
    QCOMPARE(month->total.institutions, 2);
    QCOMPARE(month->total.reported, 1);
}

void TestCenterMonth::ratesComeFromSummedNumbers()
{
    // 95% and 10%: the average of the percentages would be 52.5%; the county's rate is 390 of 500.
    send(institution(1), m_october, {20, 380, 400, 10, 9});
    send(institution(2, u"上党区"_s), m_october, {4, 10, 100, 2, 0});
    const Result<CenterMonth> month = CenterMonth::load(*m_center->db, m_october);
    QVERIFY(month);
    QCOMPARE(month->total.attendance(), (Ratio {390, 500}));
    QCOMPARE(month->total.attendance().percentText(), u"78.0%"_s);
    QCOMPARE(month->total.certified(), (Ratio {9, 12}));
    QCOMPARE(month->total.placeUse(), (Ratio {24, 60}));
    QCOMPARE(month->byCounty.size(), 2);
    QCOMPARE(month->byCounty.at(0).key, u"上党区"_s);
    QCOMPARE(month->byCounty.at(0).figures.attendance(), (Ratio {10, 100}));
    QCOMPARE(month->byType.size(), 1);
    QCOMPARE(month->byType.at(0).figures, month->total);
}

void TestCenterMonth::theLatestRevisionCounts()
{
    Clock::setFixed(QDateTime(QDate(2026, 11, 3), QTime(9, 0)));
    const SyntheticInstitution& one = institution(1);
    send(one, m_october, {20, 380, 400, 5, 4}, {}, 2);
    send(one, m_october, {25, 300, 400, 5, 4}, {}, 1); // arrives late: kept, but revision 2 stays
    const Result<CenterMonth> month = CenterMonth::load(*m_center->db, m_october);
    QVERIFY(month);
    QCOMPARE(month->rows.size(), 1);
    QCOMPARE(month->rows.at(0).revision, 2);
    QCOMPARE(month->total.enrolled, 20);
    QVERIFY(month->senders.at(0).olderRevisionArrived);
    QVERIFY(!month->senders.at(0).arrivedLate); // imported on 3 November
    send(one, m_october, {22, 390, 400, 5, 5}, {}, 3);
    const Result<CenterMonth> corrected = CenterMonth::load(*m_center->db, m_october);
    QCOMPARE(corrected->total.enrolled, 22);
    QVERIFY(!corrected->senders.at(0).olderRevisionArrived);
}

void TestCenterMonth::sameChildInTwoInstitutions_data()
{
    QTest::addColumn<int>("secondInstitution");
    QTest::addColumn<int>("secondMonth");
    QTest::addColumn<int>("found");
    QTest::newRow("two institutions, one month") << 2 << 10 << 1;
    QTest::newRow("two institutions, two months") << 2 << 9 << 0;
    QTest::newRow("one institution, two months") << 1 << 9 << 0;
}

void TestCenterMonth::sameChildInTwoInstitutions()
{
    QFETCH(int, secondInstitution);
    QFETCH(int, secondMonth);
    QFETCH(int, found);
    const SyntheticClaim child {u"140402202404150021"_s, u"王小禾"_s};
    send(institution(1), m_october, {}, {child, {u"140402202403020013"_s, u"李一"_s}});
    send(institution(secondInstitution, u"上党区"_s), Month(2026, secondMonth), {}, {child});
    const QList<CenterFinding> findings = findingsOf(m_october, CenterFinding::Kind::SameChildTwice);
    QCOMPARE(findings.size(), found);
    if (found) {
        QCOMPARE(findings.first().idNumber, child.idNumber);
        QCOMPARE(findings.first().sides.size(), 2);
        QCOMPARE(findings.first().sides.at(0).institution, institution(1).name);
        QCOMPARE(findings.first().sides.at(1).institution, institution(2).name);
        QVERIFY(CenterFindings::describe(findings.first()).contains(institution(2).name));
    }
}

void TestCenterMonth::monthsOfTheYearAcrossInstitutions_data()
{
    QTest::addColumn<int>("months");
    QTest::addColumn<int>("found");
    // The policy allows 10 subsidised months a year; the eleventh, wherever claimed, is found.
    QTest::newRow("10 months") << 10 << 0;
    QTest::newRow("11 months") << 11 << 1;
}

void TestCenterMonth::monthsOfTheYearAcrossInstitutions()
{
    QFETCH(int, months);
    QFETCH(int, found);
    const SyntheticClaim child {u"140402202404150021"_s, u"王小禾"_s};
    const Month last(2026, months);
    // The first six months in one institution, the rest in another.
    for (Month m(2026, 1); m <= last; m = m.next())
        send(institution(m.month() <= 6 ? 1 : 2), m, {}, {child});
    const QList<CenterFinding> findings = findingsOf(last, CenterFinding::Kind::OverYearCap);
    QCOMPARE(findings.size(), found);
    if (found) {
        QCOMPARE(findings.first().count, 11);
        QCOMPARE(findings.first().limit, 10);
        QCOMPARE(findings.first().sides.size(), 11);
    }
    // A month before the eleventh shows nothing.
    QVERIFY(findingsOf(last.previous(), CenterFinding::Kind::OverYearCap).isEmpty());
    // The year's chart: each month's claim as the month's own totals say, and nothing in the month after.
    const Result<QList<qint64>> claimed = CenterMonth::subsidyClaimed(*m_center->db, Month(2026, 1), last.next());
    QVERIFY2(claimed, qPrintable(claimed.error()));
    QCOMPARE(claimed->size(), months + 1);
    QCOMPARE(claimed->first(), CenterMonth::load(*m_center->db, Month(2026, 1))->total.subsidyFen);
    QCOMPARE(claimed->at(months - 1), 50000);
    QCOMPARE(claimed->last(), 0);
}

void TestCenterMonth::claimsOverInclusivePlaces_data()
{
    QTest::addColumn<int>("claimed");
    QTest::addColumn<int>("found");
    QTest::newRow("as many as the places") << 3 << 0;
    QTest::newRow("one more") << 4 << 1;
}

void TestCenterMonth::claimsOverInclusivePlaces()
{
    QFETCH(int, claimed);
    QFETCH(int, found);
    SyntheticInstitution& small = institution(1);
    small.inclusivePlaces = 3;
    QList<SyntheticClaim> claims;
    for (int i = 0; i < claimed; ++i)
        claims << SyntheticClaim {u"14040220240415%1"_s.arg(1000 + i), u"幼儿%1"_s.arg(i)};
    send(small, m_october, {}, claims);
    const QList<CenterFinding> findings = findingsOf(m_october, CenterFinding::Kind::OverInclusivePlaces);
    QCOMPARE(findings.size(), found);
    if (found) {
        QCOMPARE(findings.first().count, claimed);
        QCOMPARE(findings.first().limit, 3);
        QCOMPARE(findings.first().sides.first().creditCode, small.creditCode);
    }
}

QTEST_GUILESS_MAIN(TestCenterMonth)
#include "tst_centermonth.moc"
