#include "ChangedCopy.h"
#include "CliRunner.h"
#include "WorkbookReader.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;

// A county center with three demo institutions, as the clerk works it from the command line: their October
// reports imported, the month's totals equal to what the three reports say added up, the children the first two
// institutions both claim found with both sides, the county's roll-up exported and imported by the city, whose
// totals are the county's.
class TestCliCenterRollUp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void totalsAreTheSumOfTheReports();
    void childrenClaimedTwiceAreFound();
    void cityImportsTheCountyRollUp();
    void aChangedRollUpIsRefused();

private:
    CliRun as(const QString& db, const QStringList& arguments)
    {
        return runCli(QStringList {u"--db"_s, db, u"--user"_s, u"admin"_s} + arguments, u"2026-11-20"_s, m_headPassword,
                      m_passphrase);
    }
    void makeCenter(const QString& db, const QString& type, const QString& name, const QString& code);
    // The signed content of a report file.
    static QJsonObject payloadOf(const QString& path);
    static qint64 sumOf(const QList<QJsonObject>& payloads, const QStringList& path);
    void checkWorkbook(const QString& path);

    QTemporaryDir m_dir;
    QString m_county;
    QString m_city;
    QStringList m_reports;
    QString m_rollUp;
    const QString m_headPassword = u"center-head-2026"_s;
    const QMap<QString, QString> m_passphrase {{u"DAYCAREDESK_PASSPHRASE"_s, u"县区 汇总 2026 签名"_s}};
};

void TestCliCenterRollUp::makeCenter(const QString& db, const QString& type, const QString& name, const QString& code)
{
    const CliRun made
        = runCli({u"--db"_s, db, u"init"_s, u"--type"_s, type, u"--name"_s, name, u"--credit-code"_s, code,
                  u"--county"_s, name.left(3), u"--admin-password-file"_s, passwordFile(m_dir, m_headPassword)});
    QVERIFY2(made.exitCode == 0, qPrintable(made.err));
}

QJsonObject TestCliCenterRollUp::payloadOf(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QByteArray payload = QJsonDocument::fromJson(file.readAll()).object()[u"payload"_s].toString().toLatin1();
    return QJsonDocument::fromJson(
               QByteArray::fromBase64(payload, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals))
        .object();
}

qint64 TestCliCenterRollUp::sumOf(const QList<QJsonObject>& payloads, const QStringList& path)
{
    qint64 sum = 0;
    for (const QJsonObject& payload : payloads) {
        QJsonValue value = payload;
        for (const QString& member : path)
            value = value.toObject().value(member);
        sum += value.toInteger();
    }
    return sum;
}

void TestCliCenterRollUp::initTestCase()
{
    const QString out = m_dir.filePath(u"out"_s);
    m_county = m_dir.filePath(u"county.db"_s);
    m_city = m_dir.filePath(u"city.db"_s);
    makeCenter(m_county, u"county-center"_s, u"潞州区托育综合服务中心"_s, u"12140402MB0000001R"_s);
    // The first two share their children (the same seed), so every child they claim is claimed twice.
    for (const auto& [institution, seed] : {std::pair {1, 1}, std::pair {2, 1}, std::pair {3, 2}}) {
        const QString db = m_dir.filePath(u"institution%1.db"_s.arg(institution));
        const QString jwk = m_dir.filePath(u"institution%1.jwk"_s.arg(institution));
        QCOMPARE(runCli({u"--db"_s, db, u"demo"_s, u"--institution"_s, QString::number(institution), u"--seed"_s,
                         QString::number(seed), u"--children"_s, u"12"_s, u"--months"_s, u"2"_s})
                     .exitCode,
                 0);
        const QStringList director {u"--db"_s, db, u"--user"_s, u"admin"_s};
        QCOMPARE(runCli(director + QStringList {u"key"_s, u"init"_s}, {}, u"admin"_s, m_passphrase).exitCode, 0);
        QCOMPARE(runCli(director + QStringList {u"key"_s, u"export"_s, u"--out"_s, jwk}, {}, u"admin"_s).exitCode, 0);
        const CliRun exported
            = runCli(director + QStringList {u"report"_s, u"export"_s, u"2026-10"_s, u"--out"_s, out, u"--json"_s}, {},
                     u"admin"_s, m_passphrase);
        QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
        m_reports << exported.json()[u"report"_s].toString();
        QCOMPARE(as(m_county, {u"center"_s, u"register"_s, jwk}).exitCode, 0);
    }
    // A fourth institution is registered but sends nothing: late once October's due day has passed.
    const QString silent = m_dir.filePath(u"silent.db"_s);
    const QString silentKey = m_dir.filePath(u"silent.jwk"_s);
    QCOMPARE(runCli({u"--db"_s, silent, u"init"_s, u"--name"_s, u"屯留区童心托育中心"_s, u"--credit-code"_s,
                     u"52140405MJY0042162"_s, u"--county"_s, u"屯留区"_s, u"--places"_s, u"40"_s,
                     u"--admin-password-file"_s, passwordFile(m_dir, m_headPassword)})
                 .exitCode,
             0);
    QCOMPARE(as(silent, {u"key"_s, u"init"_s}).exitCode, 0);
    QCOMPARE(as(silent, {u"key"_s, u"export"_s, u"--out"_s, silentKey}).exitCode, 0);
    QCOMPARE(as(m_county, {u"center"_s, u"register"_s, silentKey}).exitCode, 0);

    const CliRun imported = as(m_county, QStringList {u"center"_s, u"import"_s, u"--json"_s} + m_reports);
    QCOMPARE(imported.exitCode, 0);
    for (const QJsonValue& file : imported.json()[u"files"_s].toArray())
        QCOMPARE(file[u"verdict"_s].toString(), u"imported"_s);
}

void TestCliCenterRollUp::totalsAreTheSumOfTheReports()
{
    QList<QJsonObject> payloads;
    for (const QString& report : std::as_const(m_reports))
        payloads << payloadOf(report);
    const CliRun status = as(m_county, {u"center"_s, u"status"_s, u"2026-10"_s, u"--json"_s});
    QCOMPARE(status.exitCode, 0);
    const QJsonObject total = status.json()[u"total"_s].toObject();
    QCOMPARE(total[u"institutions"_s].toInteger(), 4);
    QCOMPARE(total[u"reported"_s].toInteger(), 3);
    int late = 0;
    for (const QJsonValue& row : status.json()[u"institutions"_s].toArray())
        late += row[u"status"_s].toString() == u"late"_s;
    QCOMPARE(late, 1);
    QCOMPARE(total[u"places"_s].toInteger(), sumOf(payloads, {u"institution"_s, u"places"_s}));
    QCOMPARE(total[u"enrolled"_s].toInteger(), sumOf(payloads, {u"figures"_s, u"children"_s, u"enrolled"_s}));
    QCOMPARE(total[u"attendance_present"_s].toInteger(),
             sumOf(payloads, {u"figures"_s, u"attendance"_s, u"present"_s}));
    QCOMPARE(total[u"attendance_expected"_s].toInteger(),
             sumOf(payloads, {u"figures"_s, u"attendance"_s, u"expected"_s}));
    QCOMPARE(total[u"caregivers_certified"_s].toInteger(),
             sumOf(payloads, {u"figures"_s, u"staff"_s, u"caregivers_certified"_s}));
    QCOMPARE(total[u"subsidy_fen"_s].toInteger(),
             sumOf(payloads, {u"figures"_s, u"operating_subsidy"_s, u"amount_fen"_s}));
    QCOMPARE(total[u"billed_fen"_s].toInteger(), sumOf(payloads, {u"figures"_s, u"fees"_s, u"billed_fen"_s}));
    // The rate is the summed numerator over the summed denominator.
    const QJsonObject rate = total[u"attendance_rate"_s].toObject();
    QCOMPARE(rate[u"numerator"_s].toInteger(), total[u"attendance_present"_s].toInteger());
    QCOMPARE(rate[u"denominator"_s].toInteger(), total[u"attendance_expected"_s].toInteger());
    // By county: 潞州区 holds the first two.
    const QJsonObject luzhou = status.json()[u"by_county"_s][u"潞州区"_s].toObject();
    QCOMPARE(luzhou[u"institutions"_s].toInteger(), 2);
    QCOMPARE(luzhou[u"enrolled"_s].toInteger(),
             sumOf(payloads.mid(0, 2), {u"figures"_s, u"children"_s, u"enrolled"_s}));
}

void TestCliCenterRollUp::childrenClaimedTwiceAreFound()
{
    QSet<QString> claimedByFirst;
    for (const QJsonValue& child :
         payloadOf(m_reports.at(0))[u"figures"_s][u"operating_subsidy"_s][u"children"_s].toArray())
        if (child[u"claimable"_s].toBool())
            claimedByFirst.insert(child[u"id_number"_s].toString());
    QVERIFY(!claimedByFirst.isEmpty());

    const CliRun findings = as(m_county, {u"center"_s, u"findings"_s, u"2026-10"_s, u"--json"_s});
    QCOMPARE(findings.exitCode, 0);
    QSet<QString> found;
    const QString first = payloadOf(m_reports.at(0))[u"credit_code"_s].toString();
    const QString second = payloadOf(m_reports.at(1))[u"credit_code"_s].toString();
    for (const QJsonValue& finding : findings.json()[u"findings"_s].toArray()) {
        if (finding[u"kind"_s].toString() != u"same_child_twice"_s)
            continue;
        found.insert(finding[u"id_number"_s].toString());
        const QJsonArray sides = finding[u"sides"_s].toArray();
        QCOMPARE(sides.size(), 2);
        QCOMPARE(QSet<QString>({sides[0][u"credit_code"_s].toString(), sides[1][u"credit_code"_s].toString()}),
                 QSet<QString>({first, second}));
    }
    QCOMPARE(found, claimedByFirst);
}

// The roll-up workbook as the county's clerk prints it: one row per institution and the totals, each finding with its
// institutions, the consolidated subsidy claim adding up to what the institutions claimed.
void TestCliCenterRollUp::checkWorkbook(const QString& path)
{
    const Result<QJsonArray> read = readWorkbook(path);
    QVERIFY2(read, qPrintable(read.error()));
    QStringList names;
    for (const QJsonValue& sheet : read.value())
        names << sheet[u"name"_s].toString();
    QCOMPARE(names, (QStringList {u"汇总"_s, u"交叉核查"_s, u"补贴申报汇总"_s}));
    const QJsonObject total
        = as(m_county, {u"center"_s, u"status"_s, u"2026-10"_s, u"--json"_s}).json()[u"total"_s].toObject();
    auto rowStarting = [](const QJsonValue& sheet, const QString& first) {
        for (const QJsonValue& row : sheet[u"rows"_s].toArray())
            if (row[0].toString() == first)
                return row.toArray();
        return QJsonArray();
    };
    const QJsonArray summed = rowStarting(read.value()[0], u"合计"_s);
    QVERIFY(!summed.isEmpty());
    QCOMPARE(summed[7].toInteger(), total[u"enrolled"_s].toInteger()); // 在托幼儿
    QCOMPARE(fenOf(summed[18]), total[u"subsidy_fen"_s].toInteger()); // 申报补贴金额
    for (const QString& report : std::as_const(m_reports))
        QVERIFY(!rowStarting(read.value()[0], payloadOf(report)[u"institution"_s][u"name"_s].toString()).isEmpty());
    // Every finding's institutions: the children the first two both claim, two rows each.
    const qsizetype findings
        = as(m_county, {u"center"_s, u"findings"_s, u"2026-10"_s, u"--json"_s}).json()[u"findings"_s].toArray().size();
    QCOMPARE(read.value()[1][u"rows"_s].toArray().size(), 2 + 2 * findings);
    const QJsonArray claimed = rowStarting(read.value()[2], u"合计"_s);
    QCOMPARE(claimed[3].toInteger(), total[u"subsidy_child_months"_s].toInteger());
    QCOMPARE(fenOf(claimed[4]), total[u"subsidy_fen"_s].toInteger());
}

void TestCliCenterRollUp::cityImportsTheCountyRollUp()
{
    const QString up = m_dir.filePath(u"up"_s);
    const QString countyKey = m_dir.filePath(u"county.jwk"_s);
    QCOMPARE(as(m_county, {u"key"_s, u"init"_s}).exitCode, 0);
    QCOMPARE(as(m_county, {u"key"_s, u"export"_s, u"--out"_s, countyKey}).exitCode, 0);
    const CliRun exported = as(m_county, {u"center"_s, u"export"_s, u"2026-10"_s, u"--out"_s, up, u"--json"_s});
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    m_rollUp = exported.json()[u"report"_s].toString();
    checkWorkbook(exported.json()[u"workbook"_s].toString());
    // Exported again unchanged: the same revision, byte for byte.
    const CliRun again = as(m_county, {u"center"_s, u"export"_s, u"2026-10"_s, u"--out"_s, up, u"--json"_s});
    QCOMPARE(again.json()[u"revision"_s].toInt(), 1);
    QCOMPARE(again.json()[u"new_revision"_s].toBool(), false);
    // It lists each institution with the hash of the report it took.
    const QJsonArray listed = payloadOf(m_rollUp)[u"institutions"_s].toArray();
    QCOMPARE(listed.size(), 4);
    QSet<QString> hashes;
    for (const QJsonValue& institution : listed)
        if (!institution[u"report_sha256"_s].isNull())
            hashes.insert(institution[u"report_sha256"_s].toString());
    QSet<QString> reportHashes;
    for (const QString& report : std::as_const(m_reports)) {
        QFile file(report);
        QVERIFY(file.open(QIODevice::ReadOnly));
        reportHashes.insert(
            QString::fromLatin1(QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256).toHex()));
    }
    QCOMPARE(hashes, reportHashes);

    // Anyone with the county's key file can check it, and reads its totals first.
    const CliRun verified = runCli({u"verify"_s, m_rollUp, u"--key"_s, countyKey});
    QCOMPARE(verified.exitCode, 0);
    QVERIFY2(verified.out.contains(u"Institutions reported: 3 of 4"_s), qPrintable(verified.out));

    makeCenter(m_city, u"city-center"_s, u"长治市托育综合服务中心"_s, u"12140400MB0000001W"_s);
    QCOMPARE(as(m_city, {u"center"_s, u"register"_s, countyKey}).exitCode, 0);
    const CliRun imported = as(m_city, {u"center"_s, u"import"_s, m_rollUp, u"--json"_s});
    QCOMPARE(imported.exitCode, 0);
    QCOMPARE(imported.json()[u"files"_s][0][u"verdict"_s].toString(), u"imported"_s);

    const QJsonObject county = as(m_county, {u"center"_s, u"status"_s, u"2026-10"_s, u"--json"_s}).json();
    const QJsonObject city = as(m_city, {u"center"_s, u"status"_s, u"2026-10"_s, u"--json"_s}).json();
    QCOMPARE(city[u"total"_s].toObject(), county[u"total"_s].toObject());
    QCOMPARE(city[u"by_county"_s].toObject(), county[u"by_county"_s].toObject());
    // The city sees the county center, and below it the institutions.
    QCOMPARE(city[u"senders"_s].toArray().size(), 1);
    QCOMPARE(city[u"senders"_s][0][u"roll_up"_s].toBool(), true);
    QCOMPARE(city[u"institutions"_s].toArray().size(), 4);
    for (const QJsonValue& row : city[u"institutions"_s].toArray())
        QCOMPARE(row[u"via"_s].toString(), u"潞州区托育综合服务中心"_s);
    // And finds the same children claimed twice.
    const CliRun findings = as(m_city, {u"center"_s, u"findings"_s, u"2026-10"_s, u"--json"_s});
    QCOMPARE(findings.json()[u"findings"_s].toArray(),
             as(m_county, {u"center"_s, u"findings"_s, u"2026-10"_s, u"--json"_s}).json()[u"findings"_s].toArray());
}

void TestCliCenterRollUp::aChangedRollUpIsRefused()
{
    QVERIFY(!m_rollUp.isEmpty());
    const QString changed = m_dir.filePath(u"changed-rollup.ddreport.json"_s);
    QVERIFY(writeChangedCopy(m_rollUp, changed, "payload"));
    const CliRun refused = as(m_city, {u"center"_s, u"import"_s, changed, u"--json"_s});
    QCOMPARE(refused.exitCode, 4);
    QCOMPARE(refused.json()[u"files"_s][0][u"verdict"_s].toString(), u"rejected"_s);
    // A roll-up goes to the city: another county center that knows the key still refuses it.
    const QString neighbour = m_dir.filePath(u"neighbour.db"_s);
    makeCenter(neighbour, u"county-center"_s, u"上党区托育综合服务中心"_s, u"12140403MB00000018"_s);
    QCOMPARE(as(neighbour, {u"center"_s, u"register"_s, m_dir.filePath(u"county.jwk"_s)}).exitCode, 0);
    const CliRun county = as(neighbour, {u"center"_s, u"import"_s, m_rollUp, u"--json"_s});
    QCOMPARE(county.exitCode, 4);
    QVERIFY2(county.json()[u"files"_s][0][u"reason"_s].toString().contains(u"city"_s), qPrintable(county.out));
}

QTEST_GUILESS_MAIN(TestCliCenterRollUp)
#include "tst_cli_centerrollup.moc"
