// Times the claim workbook of 1,000 and 10,000 synthetic children (sheets built, then written), and shows that
// writing takes no more memory for ten times the rows: the growth of peak RSS (VmHWM) while the file is written.
// Target on a 2-core machine: 10,000 rows written in under 0.5 s. With a folder as argument the workbooks are kept
// there, to be looked at.
#include "common/XlsxFile.h"
#include "subsidy/ClaimWorkbook.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace {

ClaimWorkbookData syntheticClaim(int children)
{
    ClaimWorkbookData data;
    data.month = Month(2026, 11);
    data.institution.name = u"潞州区阳光托育园"_s;
    data.institution.creditCode = u"91350100M000100Y43"_s;
    data.institution.county = u"潞州区"_s;
    data.institution.inclusivePlaces = children;
    data.standing = u"草稿（未申报）"_s;
    data.filledOn = QDate(2026, 12, 1);
    for (int i = 0; i < children; ++i) {
        ClaimLine l;
        l.childId = i + 1;
        l.name = u"幼儿%1"_s.arg(i);
        l.idNumber = u"140402%1%2"_s.arg(QDate(2024, 1, 1).addDays(i % 700).toString(u"yyyyMMdd"_s))
                         .arg(i % 10000, 4, 10, QLatin1Char('0'));
        l.className = u"托大%1班"_s.arg(i % 40 + 1);
        l.birthDate = QDate(2024, 1, 1).addDays(i % 700);
        l.enrolledOn = QDate(2026, 9, 1);
        l.ageMonths = 24;
        l.careDays = 21;
        l.attendedDays = i % 10 ? 21 : 5;
        l.neededDays = 11;
        l.feeStandard = Money::fromYuan(1400);
        l.reduction = Money::fromYuan(-300);
        l.feeCharged = Money::fromYuan(1100);
        l.rate = Money::fromYuan(500);
        l.reason = i % 10 ? ClaimReason::None : ClaimReason::TooFewDays;
        data.lines << l;
        ChildListEntry child;
        child.id = l.childId;
        child.gender = i % 2 ? Gender::Male : Gender::Female;
        child.birthOrder = 1 + i % 3;
        child.guardianName = u"家长%1"_s.arg(i);
        child.guardianPhone = u"138%1"_s.arg(i, 8, 10, QLatin1Char('0'));
        child.careType = i % 7 ? CareType::FullDay : CareType::HalfDay;
        data.children.insert(child.id, child);
    }
    return data;
}

// A field of /proc/self/status in kB: VmRSS now, VmHWM the peak since the last reset.
qint64 statusKb(const QByteArray& field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray& line : status.readAll().split('\n'))
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').first().toLongLong();
    return -1;
}

// Makes VmHWM start again from the present RSS (Linux 4.0 and later).
bool resetPeak()
{
    QFile clearRefs(u"/proc/self/clear_refs"_s);
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir temporary;
    const QDir dir(argc > 1 ? QString::fromLocal8Bit(argv[1]) : temporary.path());
    QTextStream out(stdout);
    // A first small write loads what the library needs once, so the figures below are of the rows.
    if (!XlsxFile::write(dir.filePath(u"warm.xlsx"_s), ClaimWorkbook::sheets(syntheticClaim(10))))
        return 1;
    for (const int children : {1000, 10000}) {
        const ClaimWorkbookData data = syntheticClaim(children);
        QElapsedTimer timer;
        timer.start();
        const QList<Sheet> sheets = ClaimWorkbook::sheets(data);
        const qint64 builtMs = timer.elapsed();
        const bool peakReset = resetPeak();
        const qint64 before = statusKb("VmRSS");
        timer.restart();
        const QString path = dir.filePath(u"claim-%1.xlsx"_s.arg(children));
        if (Status written = XlsxFile::write(path, sheets); !written) {
            out << written.error() << Qt::endl;
            return 1;
        }
        const qint64 writtenMs = timer.elapsed();
        const qint64 peak = statusKb("VmHWM");
        out << u"%1 children: sheets built in %2 ms, workbook written in %3 ms (%4 KiB); peak RSS while writing "
               u"%5 KiB above the %6 KiB before%7"_s.arg(children)
                   .arg(builtMs)
                   .arg(writtenMs)
                   .arg(QFileInfo(path).size() / 1024)
                   .arg(peak - before)
                   .arg(before)
                   .arg(peakReset ? QString() : u" (peak not reset: figure includes earlier peaks)"_s)
            << Qt::endl;
    }
    return 0;
}
