#include "BillsExport.h"

#include "PaymentRepository.h"
#include "access/Actor.h"
#include "common/CsvWriter.h"
#include "common/IdNumber.h"
#include "common/XlsxFile.h"
#include "institution/InstitutionRepository.h"
#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace {

Money sumOf(const Bill& bill, BillLine::Kind kind)
{
    Money sum;
    for (const BillLine& line : bill.lines)
        if (line.kind == kind)
            sum += line.amount;
    return sum;
}

QList<Sheet> workbook(const MonthBills& bills, const QHash<qint64, Money>& paid, const Actor& actor,
                      const QString& institution)
{
    const QString title = u"%1年%2月 收费明细"_s.arg(bills.month.year()).arg(bills.month.month());
    Sheet billSheet {u"账单"_s, {{SheetCell::text(title, true)}, {SheetCell::text(institution)}, {}}};
    billSheet.rows << BillsExport::billTable(bills, paid, actor);
    return {billSheet, Sheet {u"明细"_s, BillsExport::lineTable(bills)}};
}

} // namespace

QList<BillColumn> BillsExport::moneyColumns(const QHash<qint64, Money>& paid)
{
    QList<BillColumn> columns;
    for (const BillLine::Kind kind : BillLines::kinds())
        columns << BillColumn {BillLines::chineseName(kind),
                               [kind](const ChildBill& c) { return sumOf(c.bill, kind); }};
    columns << BillColumn {u"应收合计"_s, [](const ChildBill& c) { return c.bill.total(); }};
    columns << BillColumn {u"已收"_s, [paid](const ChildBill& c) { return paid.value(c.childId); }};
    columns << BillColumn {u"欠费"_s, [paid](const ChildBill& c) { return c.bill.total() - paid.value(c.childId); }};
    return columns;
}

QList<SheetRow> BillsExport::billTable(const MonthBills& bills, const QHash<qint64, Money>& paid, const Actor& actor)
{
    const QList<BillColumn> columns = moneyColumns(paid);
    SheetRow header = Sheet::textRow({u"姓名"_s, u"身份证号"_s, u"班级"_s}, true);
    for (const BillColumn& column : columns)
        header << SheetCell::text(column.header, true);
    QList<SheetRow> rows {header};
    QList<Money> totals(columns.size());
    const bool wholeIds = actor.may(Permission::ViewFullIdentity);
    for (const ChildBill& c : bills.children) {
        SheetRow row = Sheet::textRow({c.name, wholeIds ? c.idNumber : IdNumber::mask(c.idNumber), c.className});
        for (qsizetype i = 0; i < columns.size(); ++i) {
            const Money amount = columns.at(i).amount(c);
            totals[i] += amount;
            row << SheetCell::money(amount);
        }
        rows << row;
    }
    SheetRow totalRow = Sheet::textRow({u"合计"_s, QString(), QString()}, true);
    for (const Money total : totals)
        totalRow << SheetCell::money(total, true);
    rows << totalRow;
    return rows;
}

QList<SheetRow> BillsExport::lineTable(const MonthBills& bills)
{
    QList<SheetRow> rows {Sheet::textRow({u"姓名"_s, u"收费项目"_s, u"内容"_s, u"计算依据"_s, u"金额"_s}, true)};
    for (const ChildBill& c : bills.children)
        for (const BillLine& line : c.bill.lines)
            rows << (Sheet::textRow({c.name, BillLines::chineseName(line.kind), line.subject, line.basis})
                     << SheetCell::money(line.amount));
    return rows;
}

Status BillsExport::write(Database& db, Month month, const QString& path)
{
    const Result<MonthBills> bills = MonthBilling::forMonth(db, month);
    if (!bills)
        return Status::failure(bills.error());
    const Result<QHash<qint64, Money>> paid = PaymentRepository(db).paidByChild(month);
    if (!paid)
        return Status::failure(paid.error());
    if (!path.endsWith(u".xlsx"_s, Qt::CaseInsensitive)) {
        const QList<QStringList> table = Sheet::plainTexts(billTable(bills.value(), paid.value(), db.actor()));
        return CsvWriter::write(path, table.first(), table.mid(1));
    }
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(db).load();
    if (!profile)
        return Status::failure(profile.error());
    const QString institution = profile.value() ? profile.value()->name : QString();
    return XlsxFile::write(path, workbook(bills.value(), paid.value(), db.actor(), institution));
}
