// A home-visit team's signed month on its way up: what it carries and leaves out, a county center importing it
// beside a provider's report (coverage = children in care + children visited), a changed file refused, revisions,
// the city refusing it directly and receiving it in the county's roll-up.

#include "CenterFixtures.h"
#include "ChangedCopy.h"
#include "OutreachFixtures.h"
#include "RosterFixtures.h"
#include "SyntheticReports.h"
#include "center/CenterImport.h"
#include "center/CenterMonth.h"
#include "center/CenterRegistry.h"
#include "center/CenterRollUp.h"
#include "common/Clock.h"
#include "outreach/OutreachReport.h"
#include "reports/InstitutionKeys.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

const QString passphrase = u"服务队 入户 2026 签名口令"_s;
const Month november(2026, 11);

const CenterMonthRow* rowOf(const CenterMonth& month, const QString& type)
{
    for (const CenterMonthRow& row : month.rows)
        if (row.type == type)
            return &row;
    return nullptr;
}

ImportedFile importOne(Database& center, const QString& path)
{
    const Result<QList<ImportedFile>> imported = CenterImport::importFiles(center, {path});
    return imported && imported->size() == 1 ? imported->first() : ImportedFile {};
}

} // namespace

class TestOutreachCenter : public QObject
{
    Q_OBJECT

    std::unique_ptr<TempDatabase> m_team;
    std::unique_ptr<TempDatabase> m_county;
    QByteArray m_teamJwk;
    QByteArray m_teamPublicKey;
    QTemporaryDir m_files;
    QString m_sent; // the team's November, revision 1
    qint64 m_flower = 0;

private slots:
    // The team (店上镇, 潞城区) saw 小花 (left behind) twice and 大宝 and 二宝 of 西村 once each in November, 小花's
    // second visit with a referral. The county center of 潞城区 registered the team and an independent institution
    // with 20 children enrolled, whose November report it has.
    void initTestCase()
    {
        Clock::setFixed(QDateTime(QDate(2026, 12, 7), QTime(9, 0)));
        m_team = outreachTeamDatabase();
        QVERIFY(m_team);
        Database& team = *m_team->db;
        QVERIFY(addHousehold(team, u"东村"_s, u"小花"_s, QDate(2025, 11, 10), QDate(2026, 10, 1), true, &m_flower));
        QVERIFY(addVisit(team, m_flower, QDate(2026, 11, 3), QDate(2026, 11, 20)));
        QVERIFY(addVisit(team, m_flower, QDate(2026, 11, 20), QDate(2026, 12, 20), Referral::MchCentre));
        qint64 elder = 0;
        const qint64 west
            = addHousehold(team, u"西村"_s, u"大宝"_s, QDate(2024, 2, 1), QDate(2026, 10, 1), false, &elder);
        QString idNumber = u"14040620250510001"_s;
        idNumber += IdNumber::checkCharacter(idNumber);
        const qint64 youngerId
            = addChild(team, west, u"二宝"_s, Gender::Male, QDate(2025, 5, 10), QDate(2026, 10, 1), idNumber);
        QVERIFY(youngerId);
        QVERIFY(addVisit(team, elder, QDate(2026, 11, 30), QDate(2027, 1, 5)));
        QVERIFY(addVisit(team, youngerId, QDate(2026, 11, 30), QDate(2027, 1, 5)));

        const Result<KeyInfo> key = InstitutionKeys(team).create(passphrase);
        QVERIFY2(key, qPrintable(key.error()));
        m_teamPublicKey = key->publicKey;
        const InstitutionProfile profile = InstitutionRepository(team).load().value().value();
        m_teamJwk = Jwk::toJson(PublicJwk::of(key->publicKey, profile));
        const Result<ExportedReport> sent = OutreachReport::exportMonth(team, november, passphrase, m_files.path());
        QVERIFY2(sent, qPrintable(sent.error()));
        m_sent = sent->reportPath;

        m_county = std::make_unique<TempDatabase>();
        QVERIFY(m_county->open());
        QVERIFY(setUpCenter(*m_county->db, InstitutionType::CountyCenter, u"潞城区托育综合服务中心"_s,
                            u"12140406MB0000001"_s + CreditCode::checkCharacter(u"12140406MB0000001"_s), u"潞城区"_s));
        Database& county = *m_county->db;
        QVERIFY(CenterRegistry::registerKey(county, m_teamJwk, {}));
        const SyntheticInstitution provider = SyntheticInstitution::make(1, u"潞城区"_s);
        QVERIFY(CenterRegistry::registerKey(county, provider.jwk(), {}));
        const QString report = m_files.filePath(u"provider.ddreport.json"_s);
        QFile file(report);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(syntheticReport(provider, november, 1, SyntheticFigures {}, {}));
        file.close();
        QCOMPARE(importOne(county, report).verdict, ImportedFile::Verdict::Imported);
        county.setActor(actorWithRole(Role::CenterOfficer));
    }

    void cleanupTestCase() { Clock::setFixed({}); }

    // The file is a verified JWS of its own type, holding counts and records but no names, places or phones.
    void theFileCarriesWhatTheCountyNeedsAndNoMore()
    {
        const ReportVerdict verdict = ReportFile::verify(m_sent, {m_teamPublicKey});
        QVERIFY2(verdict.isValid(), qPrintable(verdict.message));
        QCOMPARE(verdict.typ, ReportFile::OutreachType.toString());
        const QJsonObject summary = verdict.payload.value(u"summary"_s).toObject();
        QCOMPARE(summary.value(u"visits"_s).toInt(), 4);
        QVERIFY(!summary.contains(u"by_member"_s));
        const QJsonArray visits = verdict.payload.value(u"visits"_s).toArray();
        QCOMPARE(visits.size(), 4);
        QCOMPARE(verdict.payload.value(u"institution"_s).toObject().value(u"township"_s).toString(), u"店上镇"_s);
        // 二宝's ID number is known, 小花's is not.
        QCOMPARE(visits.at(3).toObject().value(u"child"_s).toObject().value(u"id_number"_s).toString().size(), 18);
        QVERIFY(visits.at(0).toObject().value(u"child"_s).toObject().value(u"id_number"_s).isNull());
        const QByteArray text = QJsonDocument(verdict.payload).toJson();
        for (const QString& secret : {u"小花"_s, u"大宝"_s, u"王秀兰"_s, u"13912345678"_s, u"\"li\""_s})
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(secret));
    }

    void aChangedFileIsRejectedAndNothingIsKept()
    {
        const QString changed = m_files.filePath(u"changed.ddreport.json"_s);
        QVERIFY(writeChangedCopy(m_sent, changed, "payload"));
        const ImportedFile result = importOne(*m_county->db, changed);
        QCOMPARE(result.verdict, ImportedFile::Verdict::Rejected);
        const CenterMonth month = CenterMonth::load(*m_county->db, november).value();
        const CenterMonthRow* team = rowOf(month, u"outreach-team"_s);
        QVERIFY(team);
        QCOMPARE(team->status, ReportingStatus::NotReported);
        QCOMPARE(month.total.outreachVisits, 0);
    }

    void theTeamAddsToTheCountysCoverage()
    {
        QCOMPARE(importOne(*m_county->db, m_sent).verdict, ImportedFile::Verdict::Imported);
        const Result<CenterMonth> month = CenterMonth::load(*m_county->db, november);
        QVERIFY2(month, qPrintable(month.error()));
        const CenterMonthRow* team = rowOf(month.value(), u"outreach-team"_s);
        QVERIFY(team);
        QCOMPARE(team->status, ReportingStatus::Reported);
        QCOMPARE(team->township, u"店上镇"_s);
        QCOMPARE(team->figures.outreachHouseholds, 2);
        QCOMPARE(team->figures.outreachChildren, 3);
        QCOMPARE(team->figures.outreachVisits, 4);
        QCOMPARE(team->figures.outreachReferrals, 1);
        QCOMPARE(team->figures.outreachLeftBehind, 1);
        QCOMPARE(month->total.enrolled, 20);
        QCOMPARE(month->total.childrenReached(), 23);
        QCOMPARE(month->total.reported, 2);
        QCOMPARE(month->byTownship.size(), 1);
        QCOMPARE(month->byTownship.first().key, u"潞城区 店上镇"_s);
        QCOMPARE(month->byTownship.first().figures.outreachChildren, 3);
        QCOMPARE(month->toJson().value(u"total"_s).toObject().value(u"children_reached"_s).toInt(), 23);
    }

    // Sent again unchanged: the same bytes. A visit added later makes revision 2, which supersedes.
    void aLaterVisitMakesTheNextRevision()
    {
        Database& team = *m_team->db;
        const Result<ExportedReport> again = OutreachReport::exportMonth(team, november, passphrase, m_files.path());
        QVERIFY2(again, qPrintable(again.error()));
        QVERIFY(!again->newRevision);
        QCOMPARE(again->revision.revision, 1);

        QVERIFY(addVisit(team, m_flower, QDate(2026, 11, 25), QDate(2026, 12, 25), Referral::None, {u"zhao"_s}));
        const Result<ExportedReport> second = OutreachReport::exportMonth(team, november, passphrase, m_files.path());
        QVERIFY2(second, qPrintable(second.error()));
        QCOMPARE(second->revision.revision, 2);
        QCOMPARE(importOne(*m_county->db, second->reportPath).verdict, ImportedFile::Verdict::Superseding);
        const CenterMonth month = CenterMonth::load(*m_county->db, november).value();
        QCOMPARE(month.total.outreachVisits, 5);
        QCOMPARE(month.total.outreachChildren, 3);
    }

    void aMonthNotBegunIsNotSent()
    {
        const Result<ExportedReport> early
            = OutreachReport::exportMonth(*m_team->db, Month(2027, 1), passphrase, m_files.path());
        QVERIFY(!early);
        QVERIFY(early.error().contains(u"2027-01"_s));
    }

    // The city takes a team's month only inside its county's roll-up, whose totals and townships keep it.
    void theCityReceivesItInTheRollUp()
    {
        TempDatabase city;
        QVERIFY(city.open());
        QVERIFY(setUpCityCenter(*city.db));
        QVERIFY(CenterRegistry::registerKey(*city.db, m_teamJwk, {}));
        const ImportedFile direct = importOne(*city.db, m_sent);
        QCOMPARE(direct.verdict, ImportedFile::Verdict::Rejected);
        QVERIFY(direct.reason.contains(u"county"_s));

        Database& county = *m_county->db;
        county.setActor(Actor::systemActor());
        const Result<KeyInfo> key = InstitutionKeys(county).create(passphrase);
        QVERIFY2(key, qPrintable(key.error()));
        const Result<ExportedReport> rollUp = CenterRollUp::exportMonth(county, november, passphrase, m_files.path());
        county.setActor(actorWithRole(Role::CenterOfficer));
        QVERIFY2(rollUp, qPrintable(rollUp.error()));
        const InstitutionProfile center = InstitutionRepository(county).load().value().value();
        QVERIFY(CenterRegistry::registerKey(*city.db, Jwk::toJson(PublicJwk::of(key->publicKey, center)), {}));
        QCOMPARE(importOne(*city.db, rollUp->reportPath).verdict, ImportedFile::Verdict::Imported);

        const CenterMonth atCounty = CenterMonth::load(county, november).value();
        const CenterMonth atCity = CenterMonth::load(*city.db, november).value();
        QCOMPARE(atCity.total.outreachChildren, atCounty.total.outreachChildren);
        QCOMPARE(atCity.total.outreachVisits, 5);
        QCOMPARE(atCity.total.childrenReached(), 23);
        QCOMPARE(atCity.byTownship.size(), 1);
        QCOMPARE(atCity.byTownship.first().key, u"潞城区 店上镇"_s);
    }
};

QTEST_GUILESS_MAIN(TestOutreachCenter)
#include "tst_outreachcenter.moc"
