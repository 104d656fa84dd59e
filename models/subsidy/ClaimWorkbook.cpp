#include "ClaimWorkbook.h"

#include "ClaimBatches.h"
#include "ClaimBuilder.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "common/XlsxFile.h"
#include "institution/InstitutionRepository.h"
#include "store/Database.h"

#include <map>

using namespace Qt::StringLiterals;

namespace {

// The government form's wording, fixed in Chinese whatever the interface language.
const QString Gap = u"　　"_s;

QString monthText(Month month)
{
    return u"%1年%2月"_s.arg(month.year()).arg(month.month());
}

QString genderText(Gender gender)
{
    switch (gender) {
    case Gender::Male:
        return u"男"_s;
    case Gender::Female:
        return u"女"_s;
    case Gender::Unknown:
        break;
    }
    return {};
}

QString careTypeText(const ChildListEntry& child)
{
    return child.careType ? RosterTypes::chineseName(*child.careType) : QString();
}

// 序号, 幼儿姓名, 性别, 出生日期, 身份证号: how both lists of children begin.
SheetRow identityCells(int number, const ClaimLine& line, const ChildListEntry& child)
{
    return {SheetCell::integer(number), SheetCell::text(line.name), SheetCell::text(genderText(child.gender)),
            SheetCell::date(line.birthDate), SheetCell::text(line.idNumber)};
}

// 合计 under the children's rows: how many they are, and the sum of each money column but those left out.
SheetRow totalsRow(const QList<SheetRow>& children, const QList<qsizetype>& notAdded = {})
{
    SheetRow totals = Sheet::textRow({u"合计"_s, u"%1人"_s.arg(children.size())}, true);
    QList<std::optional<Money>> sums;
    for (const SheetRow& row : children) {
        sums.resize(std::max(sums.size(), row.size()));
        for (qsizetype c = 0; c < row.size(); ++c)
            if (const Money* amount = std::get_if<Money>(&row.at(c).value); amount && !notAdded.contains(c))
                sums[c] = sums.at(c).value_or(Money()) + *amount;
    }
    for (qsizetype c = totals.size(); c < sums.size(); ++c)
        totals << (sums.at(c) ? SheetCell::money(*sums.at(c), true) : SheetCell::text(QString()));
    return totals;
}

// A sheet headed by its title, the institution's line, its own line and the column header: the head rows, printed
// again at the top of each page.
Sheet printedSheet(const QString& name, const QString& title, const ClaimWorkbookData& data, const QString& detail,
                   const QStringList& columns)
{
    const InstitutionProfile& i = data.institution;
    const QList<SheetRow> head {{SheetCell::heading(monthText(data.month) + title)},
                                {SheetCell::text(u"机构名称：%1%2统一社会信用代码：%3%2所在县区：%4"_s.arg(
                                    i.name, Gap, i.creditCode, i.county))},
                                {SheetCell::text(detail)},
                                Sheet::textRow(columns, true)};
    return Sheet(
        name, head,
        SheetLayout {.headerRows = int(head.size()), .landscape = true, .fitToWidth = true, .gridlines = true});
}

// The line under the institution's on the lists other than the claim itself.
QString monthLine(const ClaimWorkbookData& data)
{
    return u"申报月份：%1%2%3"_s.arg(monthText(data.month), Gap, data.standing);
}

Sheet claimSheet(const ClaimWorkbookData& data)
{
    const InstitutionProfile& i = data.institution;
    const QString detail = u"机构类型：%1%2核定普惠托位：%3个%2申报月份：%4%2%5"_s.arg(
        InstitutionProfile::typeChineseName(i.type), Gap, QString::number(i.inclusivePlaces), monthText(data.month),
        data.standing);
    const QStringList columns {u"序号"_s,     u"幼儿姓名"_s,   u"性别"_s,       u"出生日期"_s,     u"身份证号"_s,
                               u"孩次"_s,     u"监护人"_s,     u"联系电话"_s,   u"班级"_s,         u"托育类型"_s,
                               u"入托日期"_s, u"申报月份"_s,   u"应出勤天数"_s, u"实际出勤天数"_s, u"月保育费标准"_s,
                               u"普惠减免"_s, u"实收保育费"_s, u"补贴标准"_s,   u"补贴金额"_s,     u"备注"_s};
    Sheet sheet = printedSheet(u"申报表"_s, u"普惠托育运营补贴申报表"_s, data, detail, columns);
    QList<SheetRow> children;
    for (const ClaimLine& l : data.lines) {
        if (!l.claimable())
            continue;
        const ChildListEntry child = data.children.value(l.childId);
        children << (identityCells(int(children.size()) + 1, l, child)
                     << SheetCell::integer(child.birthOrder) << SheetCell::text(child.guardianName)
                     << SheetCell::text(child.guardianPhone) << SheetCell::text(l.className)
                     << SheetCell::text(careTypeText(child)) << SheetCell::date(l.enrolledOn)
                     << SheetCell::text(data.month.toString()) << SheetCell::integer(l.careDays)
                     << SheetCell::integer(l.attendedDays) << SheetCell::money(l.feeStandard)
                     << SheetCell::money(l.reduction) << SheetCell::money(l.feeCharged) << SheetCell::money(l.rate)
                     << SheetCell::money(l.amount()) << SheetCell::text(QString()));
    }
    // 补贴标准 is a rate per child: not added up.
    sheet.rows << children << totalsRow(children, {columns.indexOf(u"补贴标准"_s)}) << SheetRow {}
               << SheetRow {SheetCell::text(u"负责人：____________%1经办人：____________%1填表日期：%2"_s.arg(
                      Gap, data.filledOn.toString(u"yyyy年M月d日"_s)))};
    return sheet;
}

Sheet leftOutSheet(const ClaimWorkbookData& data)
{
    Sheet sheet = printedSheet(u"不予申报"_s, u"不予申报幼儿名单"_s, data, monthLine(data),
                               {u"序号"_s, u"幼儿姓名"_s, u"性别"_s, u"出生日期"_s, u"身份证号"_s, u"班级"_s,
                                u"托育类型"_s, u"月龄"_s, u"应出勤天数"_s, u"实际出勤天数"_s, u"不予申报原因"_s});
    QList<SheetRow> children;
    for (const ClaimLine& l : data.lines) {
        if (l.claimable())
            continue;
        const ChildListEntry child = data.children.value(l.childId);
        children << (identityCells(int(children.size()) + 1, l, child)
                     << SheetCell::text(l.className) << SheetCell::text(careTypeText(child))
                     << SheetCell::integer(l.ageMonths) << SheetCell::integer(l.careDays)
                     << SheetCell::integer(l.attendedDays) << SheetCell::text(ClaimReasons::chinese(l)));
    }
    sheet.rows << children << totalsRow(children);
    return sheet;
}

// One line of 汇总: the group's children, those claimed and not, and the amount.
SheetRow summaryRow(const QString& kind, const QString& group, const QList<ClaimLine>& lines, bool bold = false)
{
    const ClaimTotals t = ClaimTotals::of(lines);
    return SheetRow {SheetCell::text(kind, bold),
                     SheetCell::text(group, bold),
                     SheetCell::integer(t.children, bold),
                     SheetCell::integer(t.claimable, bold),
                     SheetCell::integer(t.children - t.claimable, bold),
                     SheetCell::money(t.amount, bold)};
}

Sheet summarySheet(const ClaimWorkbookData& data)
{
    Sheet sheet = printedSheet(u"汇总"_s, u"普惠托育运营补贴申报汇总"_s, data, monthLine(data),
                               {u"分类"_s, u"项目"_s, u"幼儿人数"_s, u"申报人数"_s, u"不予申报人数"_s, u"补贴金额"_s});
    std::map<QString, QList<ClaimLine>> byClass, byCareType;
    for (const ClaimLine& l : data.lines) {
        byClass[l.className] << l;
        byCareType[careTypeText(data.children.value(l.childId))] << l;
    }
    // A child in no class (home care) or without a recorded care type still counts, under a name that says so.
    for (const auto& [name, lines] : byClass)
        sheet.rows << summaryRow(u"班级"_s, name.isEmpty() ? u"（无班级）"_s : name, lines);
    for (const auto& [name, lines] : byCareType)
        sheet.rows << summaryRow(u"托育类型"_s, name.isEmpty() ? u"（未登记）"_s : name, lines);
    sheet.rows << summaryRow(u"合计"_s, QString(), data.lines, true);
    return sheet;
}

} // namespace

QList<Sheet> ClaimWorkbook::sheets(const ClaimWorkbookData& data)
{
    return {claimSheet(data), leftOutSheet(data), summarySheet(data)};
}

Result<ClaimWorkbookData> ClaimWorkbook::load(Database& db, Month month)
{
    using R = Result<ClaimWorkbookData>;
    if (Status allowed = Access::require(db.actor(), Permission::ManageClaims); !allowed)
        return R::failure(allowed.error());
    ClaimWorkbookData data;
    data.month = month;
    data.filledOn = Clock::today();
    const Result<QList<ClaimBatch>> versions = ClaimBatches::versions(db, month);
    if (!versions)
        return R::failure(versions.error());
    if (!versions->isEmpty() && versions->last().status != ClaimStatus::Draft) {
        const ClaimBatch& sent = versions->last();
        data.lines = sent.lines;
        data.version = sent.version;
        data.status = sent.status;
        data.standing = u"第%1版 %2"_s.arg(sent.version).arg(ClaimStatuses::chineseName(sent.status));
    } else {
        const Result<ClaimBuild> built = ClaimBuilder::build(db, month);
        if (!built)
            return R::failure(built.error());
        data.lines = built->lines;
        data.standing = u"草稿（未申报）"_s;
    }
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(db).load();
    if (!profile)
        return R::failure(profile.error());
    data.institution = profile->value_or(InstitutionProfile());
    const Result<QList<ChildListEntry>> children = ChildListing::load(db, month.lastDay());
    if (!children)
        return R::failure(children.error());
    for (const ChildListEntry& child : children.value())
        data.children.insert(child.id, child);
    return data;
}

Status ClaimWorkbook::write(Database& db, Month month, const QString& path)
{
    const Result<ClaimWorkbookData> data = load(db, month);
    if (!data)
        return Status::failure(data.error());
    return XlsxFile::write(path, sheets(data.value()));
}
