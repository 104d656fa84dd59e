#include "center/CenterImport.h"
#include "itemmodels/CenterFigureColumns.h"
#include "itemmodels/CenterFindingTableModel.h"
#include "itemmodels/CenterInstitutionTableModel.h"
#include "itemmodels/CenterMonthTableModel.h"
#include "itemmodels/CenterSenderTableModel.h"
#include "itemmodels/CenterTotalsTableModel.h"
#include "itemmodels/ImportLogTableModel.h"
#include "itemmodels/ImportedFileTableModel.h"
#include "itemmodels/ItemRoles.h"
#include "reports/Jwk.h"

#include <QAbstractItemModelTester>
#include <QBrush>
#include <QTest>

using namespace Qt::StringLiterals;

// The tables of a center's pages: an institution without a report shows no figures rather than zeros and a late
// one is red; rates show as percentages of the summed numbers with both numbers in the tooltip and permille raw;
// money in yuan with fen raw; refused files red and held ones amber; a verdict key this version does not know is
// shown as it is; fingerprints in groups of four. Each passes the model tester.
class TestCenterTableModels : public QObject
{
    Q_OBJECT

private slots:
    void monthRowsShowFiguresOnlyWhenReported();
    void totalsNameTheirGroups();
    void importedFilesAreCountedAndColoured();
    void logShowsVerdictLabels();
    void registryGroupsFingerprints();
    void passTheModelTester();

private:
    static CenterFigures figures();
    static QList<CenterMonthRow> rows();
};

CenterFigures TestCenterTableModels::figures()
{
    CenterFigures f;
    f.institutions = 1;
    f.reported = 1;
    f.places = 80;
    f.enrolled = 60;
    f.expected = 420;
    f.present = 399;
    f.caregivers = 9;
    f.caregiversCertified = 8;
    f.subsidyChildMonths = 40;
    f.subsidyFen = 2000000;
    return f;
}

QList<CenterMonthRow> TestCenterTableModels::rows()
{
    CenterMonthRow reported;
    reported.name = u"潞州区阳光托育园"_s;
    reported.county = u"潞州区"_s;
    reported.type = u"community"_s;
    reported.status = ReportingStatus::Reported;
    reported.revision = 2;
    reported.figures = figures();
    CenterMonthRow late;
    late.name = u"上党区童心托育园"_s;
    late.county = u"上党区"_s;
    late.type = u"no-such-type"_s;
    late.status = ReportingStatus::Late;
    late.figures.institutions = 1;
    return {reported, late};
}

void TestCenterTableModels::monthRowsShowFiguresOnlyWhenReported()
{
    CenterMonthTableModel model;
    model.setRows(rows());
    auto cell = [&](int row, int column, int role = Qt::DisplayRole) { return model.index(row, column).data(role); };
    const int places = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::Places);
    const int attendance = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::Attendance);
    const int certified = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::Certified);
    const int subsidy = int(CenterMonthTableModel::FirstFigureColumn) + int(CenterFigureColumns::Subsidy);
    QCOMPARE(model.columnCount(), places + int(CenterFigureColumns::Count));

    QCOMPARE(cell(0, CenterMonthTableModel::TypeColumn).toString(),
             InstitutionProfile::typeLabel(InstitutionType::Community));
    QCOMPARE(cell(0, CenterMonthTableModel::RevisionColumn).toString(), u"r2"_s);
    QCOMPARE(cell(0, places).toString(), u"80"_s);
    QCOMPARE(cell(0, attendance).toString(), u"95.0%"_s);
    QCOMPARE(cell(0, attendance, ItemRoles::Raw).toLongLong(), 950);
    QCOMPARE(cell(0, attendance, Qt::ToolTipRole).toString(), u"399 / 420 = 95.0%"_s);
    QCOMPARE(cell(0, certified).toString(), u"88.9%"_s);
    QCOMPARE(cell(0, subsidy).toString(), u"¥20,000.00"_s);
    QCOMPARE(cell(0, subsidy, ItemRoles::Raw).toLongLong(), 2000000);
    QVERIFY(!cell(0, CenterMonthTableModel::StatusColumn, Qt::ForegroundRole).isValid());

    QCOMPARE(cell(1, CenterMonthTableModel::StatusColumn).toString(), CenterMonth::statusLabel(ReportingStatus::Late));
    QCOMPARE(cell(1, CenterMonthTableModel::StatusColumn, Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0xb0, 0x00, 0x20));
    QCOMPARE(cell(1, CenterMonthTableModel::TypeColumn).toString(), u"no-such-type"_s);
    for (int column = CenterMonthTableModel::FirstFigureColumn; column < model.columnCount(); ++column)
        QVERIFY2(!cell(1, column).isValid(), qPrintable(model.headerData(column, Qt::Horizontal).toString()));
    QVERIFY(cell(1, CenterMonthTableModel::RevisionColumn).toString().isEmpty());
}

void TestCenterTableModels::totalsNameTheirGroups()
{
    CenterFigures both = figures();
    both.add(rows().at(1).figures);
    CenterTotalsTableModel byType(CenterTotalsTableModel::Grouping::Type);
    byType.setTotals({{u"community"_s, both}});
    QCOMPARE(byType.index(0, CenterTotalsTableModel::GroupColumn).data().toString(),
             InstitutionProfile::typeLabel(InstitutionType::Community));
    QCOMPARE(byType.index(0, CenterTotalsTableModel::InstitutionsColumn).data().toString(), u"2"_s);
    QCOMPARE(byType.index(0, CenterTotalsTableModel::ReportedColumn).data().toString(), u"1"_s);
    CenterTotalsTableModel overall(CenterTotalsTableModel::Grouping::Overall);
    overall.setTotals({{QString(), both}});
    QCOMPARE(overall.index(0, CenterTotalsTableModel::GroupColumn).data().toString(), u"All institutions"_s);
    QCOMPARE(overall.headerData(CenterTotalsTableModel::GroupColumn, Qt::Horizontal).toString(), u"Total"_s);
}

void TestCenterTableModels::importedFilesAreCountedAndColoured()
{
    using V = ImportedFile::Verdict;
    ImportedFileTableModel model;
    QList<ImportedFile> files;
    for (V verdict : {V::Imported, V::Imported, V::Held, V::Rejected}) {
        ImportedFile file;
        file.fileName = u"f%1.ddreport.json"_s.arg(files.size());
        file.verdict = verdict;
        file.month = Month(2026, 11);
        file.revision = verdict == V::Imported ? 1 : 0;
        files << file;
    }
    model.setFiles(files);
    QCOMPARE(model.count(V::Imported), 2);
    QCOMPARE(model.count(V::Held), 1);
    QCOMPARE(model.count(V::Superseding), 0);
    auto colour = [&](int row) {
        return model.index(row, ImportedFileTableModel::VerdictColumn).data(Qt::ForegroundRole).value<QBrush>();
    };
    QCOMPARE(colour(0).style(), Qt::NoBrush);
    QCOMPARE(colour(2).color(), QColor(0xb2, 0x6a, 0x00));
    QCOMPARE(colour(3).color(), QColor(0xb0, 0x00, 0x20));
    QCOMPARE(model.index(0, ImportedFileTableModel::RevisionColumn).data().toString(), u"r1"_s);
    QVERIFY(model.index(3, ImportedFileTableModel::RevisionColumn).data().toString().isEmpty());
    QCOMPARE(model.index(2, ImportedFileTableModel::VerdictColumn).data(ItemRoles::Raw).toString(), u"held"_s);
}

void TestCenterTableModels::logShowsVerdictLabels()
{
    ImportLogTableModel model;
    ImportLogLine superseding {1,
                               QDateTime(QDate(2026, 12, 3), QTime(10, 5)),
                               u"zhongxin"_s,
                               u"a.ddreport.json"_s,
                               u"ab12"_s,
                               u"superseding"_s,
                               u"Revision 2 replaces revision 1"_s};
    ImportLogLine unknown = superseding;
    unknown.verdict = u"quarantined"_s;
    model.setLines({superseding, unknown});
    QCOMPARE(model.index(0, ImportLogTableModel::VerdictColumn).data().toString(),
             CenterImport::label(ImportedFile::Verdict::Superseding));
    QCOMPARE(model.index(1, ImportLogTableModel::VerdictColumn).data().toString(), u"quarantined"_s);
    QCOMPARE(model.index(0, ImportLogTableModel::FileColumn).data(Qt::ToolTipRole).toString(), u"ab12"_s);
    QCOMPARE(model.index(0, ImportLogTableModel::AtColumn).data(ItemRoles::Raw).toDateTime(), superseding.at);
}

void TestCenterTableModels::registryGroupsFingerprints()
{
    CenterInstitutionTableModel model;
    RegisteredInstitution institution;
    institution.name = u"潞州区阳光托育园"_s;
    institution.thumbprints = {u"abcdefghijkl"_s, u"mnopqrstuvwx"_s};
    model.setInstitutions({institution});
    QCOMPARE(model.index(0, CenterInstitutionTableModel::KeysColumn).data().toString(),
             Jwk::grouped(u"abcdefghijkl"_s) + u'\n' + Jwk::grouped(u"mnopqrstuvwx"_s));
    // A type is known only once a report came in.
    QVERIFY(model.index(0, CenterInstitutionTableModel::TypeColumn).data().toString().isEmpty());
}

void TestCenterTableModels::passTheModelTester()
{
    using Mode = QAbstractItemModelTester::FailureReportingMode;
    CenterMonthTableModel month;
    QAbstractItemModelTester monthTester(&month, Mode::QtTest);
    month.setRows(rows());
    CenterTotalsTableModel totals(CenterTotalsTableModel::Grouping::County);
    QAbstractItemModelTester totalsTester(&totals, Mode::QtTest);
    totals.setTotals({{u"潞州区"_s, figures()}});
    CenterSenderTableModel senders;
    QAbstractItemModelTester sendersTester(&senders, Mode::QtTest);
    senders.setSenders({CenterSender {1, u"x"_s, u"潞州区托育综合服务中心"_s, u"潞州区"_s, u"county-center"_s,
                                      ReportingStatus::Reported, 1, u"f"_s, QDateTime(), true, true}});
    QVERIFY(senders.index(0, CenterSenderTableModel::RevisionColumn).data().toString().contains(u"older"_s));
    // A report that came after its due date says so, in amber.
    CenterSender late;
    late.status = ReportingStatus::Reported;
    late.arrivedLate = true;
    senders.setSenders({late});
    QCOMPARE(senders.index(0, CenterSenderTableModel::StatusColumn).data().toString(),
             CenterMonth::statusLabel(ReportingStatus::Reported) + u", after the due date"_s);
    QCOMPARE(senders.index(0, CenterSenderTableModel::StatusColumn).data(Qt::ForegroundRole).value<QBrush>().color(),
             QColor(0xb2, 0x6a, 0x00));
    CenterFindingTableModel findings;
    QAbstractItemModelTester findingsTester(&findings, Mode::QtTest);
    findings.setFindings({CenterFinding {}});
    ImportedFileTableModel files;
    QAbstractItemModelTester filesTester(&files, Mode::QtTest);
    files.setFiles({ImportedFile {}});
    ImportLogTableModel log;
    QAbstractItemModelTester logTester(&log, Mode::QtTest);
    log.setLines({ImportLogLine {}});
    CenterInstitutionTableModel institutions;
    QAbstractItemModelTester institutionsTester(&institutions, Mode::QtTest);
    institutions.setInstitutions({RegisteredInstitution {}});
}

QTEST_GUILESS_MAIN(TestCenterTableModels)
#include "tst_centertablemodels.moc"
