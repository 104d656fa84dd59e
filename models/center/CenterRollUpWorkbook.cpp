#include "CenterRollUpWorkbook.h"

#include "CenterFigures.h"
#include "CenterFindings.h"
#include "CenterMonth.h"
#include "common/Money.h"
#include "common/XlsxFile.h"
#include "institution/InstitutionProfile.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

QString typeName(const QString& key)
{
    const auto type = InstitutionProfile::typeFromKey(key);
    return type ? InstitutionProfile::typeChineseName(*type) : key;
}

QString statusName(const QString& key)
{
    return CenterMonth::statusChineseName(CenterMonth::statusFromKey(key).value_or(ReportingStatus::NotReported));
}

QString findingName(const QString& key)
{
    const auto kind = CenterFindings::kindFromKey(key);
    return kind ? CenterFindings::kindChineseName(*kind) : key;
}

SheetRow figuresRow(const QStringList& lead, const CenterFigures& f, bool bold = false)
{
    SheetRow row;
    for (const QString& text : lead)
        row << SheetCell::text(text, bold);
    row << SheetCell::integer(f.places, bold) << SheetCell::integer(f.enrolled, bold)
        << SheetCell::text(f.placeUse().percentText(), bold) << SheetCell::integer(f.expected, bold)
        << SheetCell::integer(f.present, bold) << SheetCell::text(f.attendance().percentText(), bold)
        << SheetCell::integer(f.caregivers, bold) << SheetCell::integer(f.caregiversCertified, bold)
        << SheetCell::text(f.certified().percentText(), bold) << SheetCell::money(Money::fromFen(f.billedFen), bold)
        << SheetCell::money(Money::fromFen(f.collectedFen), bold) << SheetCell::integer(f.subsidyChildMonths, bold)
        << SheetCell::money(Money::fromFen(f.subsidyFen), bold) << SheetCell::integer(f.outreachChildren, bold)
        << SheetCell::integer(f.outreachVisits, bold) << SheetCell::integer(f.outreachReferrals, bold)
        << SheetCell::integer(f.childrenReached(), bold);
    return row;
}

const QStringList figureHeader
    = {u"托位数"_s,       u"在托幼儿"_s,     u"托位使用率"_s, u"应出勤人次"_s, u"实际出勤人次"_s, u"出勤率"_s,
       u"保育人员"_s,     u"持证保育人员"_s, u"持证上岗率"_s, u"应收金额"_s,   u"本月实收"_s,     u"申报人月数"_s,
       u"申报补贴金额"_s, u"入户指导幼儿"_s, u"入户次数"_s,   u"转介次数"_s,   u"0-3岁覆盖人数"_s};

Sheet summarySheet(const QJsonObject& content, int revision)
{
    const QJsonObject center = content[u"institution"_s].toObject();
    QList<SheetRow> rows;
    rows << SheetRow {SheetCell::heading(
        u"%1 %2 托育机构月报汇总"_s.arg(center[u"name"_s].toString(), content[u"month"_s].toString()))};
    rows << Sheet::textRow({u"统一社会信用代码：%1"_s.arg(center[u"credit_code"_s].toString()),
                            u"报送截止：%1"_s.arg(content[u"due_date"_s].toString()), u"版次：第%1版"_s.arg(revision)});
    rows << Sheet::textRow(
        QStringList {u"机构名称"_s, u"统一社会信用代码"_s, u"县区"_s, u"机构类型"_s, u"报送状态"_s, u"版次"_s}
            + figureHeader + QStringList {u"月报文件SHA-256"_s},
        true);
    for (const QJsonValue& value : content[u"institutions"_s].toArray()) {
        const QJsonObject o = value.toObject();
        const bool reported = o[u"status"_s].toString() == CenterMonth::statusKey(ReportingStatus::Reported);
        const CenterFigures f = reported
            ? CenterFigures::fromSender(o[u"institution"_s].toObject(), o[u"figures"_s].toObject())
            : CenterFigures();
        SheetRow row = figuresRow({o[u"name"_s].toString(), o[u"credit_code"_s].toString(), o[u"county"_s].toString(),
                                   typeName(o[u"type"_s].toString()), statusName(o[u"status"_s].toString()),
                                   reported ? QString::number(o[u"revision"_s].toInt()) : QString()},
                                  f);
        row << SheetCell::text(o[u"report_sha256"_s].toString());
        rows << row;
    }
    const QJsonObject totals = content[u"totals"_s].toObject();
    const CenterFigures total = CenterFigures::fromJson(totals[u"total"_s].toObject());
    rows << figuresRow({u"合计"_s, QString(), QString(), QString(),
                        u"已报 %1 / %2"_s.arg(total.reported).arg(total.institutions), QString()},
                       total, true);
    for (const auto& [group, title] :
         {std::pair {u"by_county"_s, u"按县区"_s}, std::pair {u"by_type"_s, u"按机构类型"_s}}) {
        rows << SheetRow {} << SheetRow {SheetCell::text(title, true)};
        const QJsonObject groups = totals[group].toObject();
        for (auto it = groups.begin(); it != groups.end(); ++it) {
            const CenterFigures f = CenterFigures::fromJson(it.value().toObject());
            const QString name = group == u"by_type"_s ? typeName(it.key()) : it.key();
            rows << figuresRow({name, QString(), QString(), QString(),
                                u"已报 %1 / %2"_s.arg(f.reported).arg(f.institutions), QString()},
                               f);
        }
    }
    return Sheet(u"汇总"_s, rows, {3, true, true, true});
}

Sheet findingsSheet(const QJsonObject& content)
{
    QList<SheetRow> rows {
        SheetRow {SheetCell::heading(u"跨机构交叉核查"_s)},
        Sheet::textRow({u"序号"_s, u"问题"_s, u"幼儿姓名"_s, u"公民身份号码"_s, u"次数/人数"_s, u"上限"_s,
                        u"机构名称"_s, u"统一社会信用代码"_s, u"月份"_s, u"班级"_s, u"补贴金额"_s},
                       true)};
    int number = 0;
    for (const QJsonValue& value : content[u"findings"_s].toArray()) {
        const QJsonObject f = value.toObject();
        ++number;
        for (const QJsonValue& sideValue : f[u"sides"_s].toArray()) {
            const QJsonObject side = sideValue.toObject();
            rows << SheetRow {SheetCell::integer(number),
                              SheetCell::text(findingName(f[u"kind"_s].toString())),
                              SheetCell::text(f[u"child_name"_s].toString()),
                              SheetCell::text(f[u"id_number"_s].toString()),
                              SheetCell::integer(f[u"count"_s].toInteger()),
                              SheetCell::integer(f[u"limit"_s].toInteger()),
                              SheetCell::text(side[u"institution"_s].toString()),
                              SheetCell::text(side[u"credit_code"_s].toString()),
                              SheetCell::text(side[u"month"_s].toString()),
                              SheetCell::text(side[u"class"_s].toString()),
                              SheetCell::money(Money::fromFen(side[u"amount_fen"_s].toInteger()))};
        }
    }
    if (number == 0)
        rows << Sheet::textRow({QString(), u"未发现问题"_s});
    return Sheet(u"交叉核查"_s, rows, {2, true, true, true});
}

Sheet claimSheet(const QJsonObject& content)
{
    QList<SheetRow> rows {
        SheetRow {SheetCell::heading(u"%1 运营补贴申报汇总"_s.arg(content[u"month"_s].toString()))},
        Sheet::textRow({u"机构名称"_s, u"统一社会信用代码"_s, u"县区"_s, u"申报人月数"_s, u"申报补贴金额"_s}, true)};
    QList<SheetRow> children {SheetRow {}, SheetRow {SheetCell::text(u"申报明细"_s, true)},
                              Sheet::textRow({u"机构名称"_s, u"幼儿姓名"_s, u"公民身份号码"_s, u"班级"_s, u"月龄"_s,
                                              u"实际出勤天数"_s, u"补贴金额"_s},
                                             true)};
    qint64 childMonths = 0;
    qint64 amount = 0;
    for (const QJsonValue& value : content[u"institutions"_s].toArray()) {
        const QJsonObject o = value.toObject();
        if (o[u"status"_s].toString() != CenterMonth::statusKey(ReportingStatus::Reported))
            continue;
        const QJsonObject claim = o[u"figures"_s].toObject()[u"operating_subsidy"_s].toObject();
        childMonths += claim[u"child_months"_s].toInteger();
        amount += claim[u"amount_fen"_s].toInteger();
        rows << SheetRow {SheetCell::text(o[u"name"_s].toString()), SheetCell::text(o[u"credit_code"_s].toString()),
                          SheetCell::text(o[u"county"_s].toString()),
                          SheetCell::integer(claim[u"child_months"_s].toInteger()),
                          SheetCell::money(Money::fromFen(claim[u"amount_fen"_s].toInteger()))};
        for (const QJsonValue& childValue : claim[u"children"_s].toArray()) {
            const QJsonObject child = childValue.toObject();
            if (!child[u"claimable"_s].toBool())
                continue;
            children << SheetRow {SheetCell::text(o[u"name"_s].toString()),
                                  SheetCell::text(child[u"name"_s].toString()),
                                  SheetCell::text(child[u"id_number"_s].toString()),
                                  SheetCell::text(child[u"class"_s].toString()),
                                  SheetCell::integer(child[u"age_months"_s].toInteger()),
                                  SheetCell::integer(child[u"attended_days"_s].toInteger()),
                                  SheetCell::money(Money::fromFen(child[u"amount_fen"_s].toInteger()))};
        }
    }
    rows << SheetRow {SheetCell::text(u"合计"_s, true), SheetCell::text(QString()), SheetCell::text(QString()),
                      SheetCell::integer(childMonths, true), SheetCell::money(Money::fromFen(amount), true)};
    return Sheet(u"补贴申报汇总"_s, rows + children, {2, false, true, true});
}

} // namespace

Status CenterRollUpWorkbook::write(const QString& path, const QJsonObject& content, int revision)
{
    return XlsxFile::write(path, {summarySheet(content, revision), findingsSheet(content), claimSheet(content)});
}
