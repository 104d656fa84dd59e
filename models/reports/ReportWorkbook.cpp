#include "ReportWorkbook.h"

#include "common/Ratio.h"
#include "common/XlsxFile.h"
#include "institution/InstitutionProfile.h"
#include "roster/RosterTypes.h"
#include "subsidy/ClaimBatches.h"
#include "subsidy/ClaimWorkbook.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace {

// The figures sheet row by row: a section heading, then item and value.
class FiguresSheet
{
public:
    explicit FiguresSheet(const QJsonObject& figures)
        : m_figures(figures)
    {
    }

    void section(const QString& title) { m_rows << SheetRow {} << SheetRow {SheetCell::text(title, true)}; }
    void count(const QString& item, const QString& path) { add(item, SheetCell::integer(at(path).toInteger())); }
    void money(const QString& item, const QString& path)
    {
        add(item, SheetCell::money(Money::fromFen(at(path).toInteger())));
    }
    void ratio(const QString& item, const QString& path)
    {
        const QJsonObject r = at(path).toObject();
        add(item, SheetCell::text(Ratio {r[u"numerator"_s].toInteger(), r[u"denominator"_s].toInteger()}.text()));
    }
    void text(const QString& item, const QString& text) { add(item, SheetCell::text(text)); }
    // A block the institution does not record yet says so rather than showing 0.
    void recorded(const QString& item, const QString& path)
    {
        if (!at(path + u"/recorded"_s).toBool(true))
            text(item, u"未记录"_s);
    }
    QJsonValue at(const QString& path) const
    {
        QJsonValue value = m_figures;
        for (const QString& member : path.split(u'/'))
            value = value.toObject().value(member);
        return value;
    }
    QList<SheetRow> rows() const { return m_rows; }

private:
    void add(const QString& item, const SheetCell& value) { m_rows << SheetRow {SheetCell::text(item), value}; }

    QJsonObject m_figures;
    QList<SheetRow> m_rows;
};

void addChildren(FiguresSheet& s)
{
    s.section(u"一、托位与在托幼儿（月末）"_s);
    s.count(u"在托幼儿"_s, u"children/enrolled"_s);
    s.ratio(u"托位使用率（在托幼儿 / 托位数）"_s, u"children/place_use"_s);
    const QList<std::pair<QString, QString>> bands {{u"0-12m"_s, u"0-12个月"_s},
                                                    {u"12-24m"_s, u"12-24个月"_s},
                                                    {u"24-36m"_s, u"24-36个月"_s},
                                                    {u"36m_and_over"_s, u"36个月及以上"_s}};
    for (const auto& [key, name] : bands)
        s.count(u"其中 %1"_s.arg(name), u"children/by_age_band/"_s + key);
    for (CareType type : {CareType::FullDay, CareType::HalfDay, CareType::Hourly, CareType::Home})
        s.count(u"其中 %1"_s.arg(RosterTypes::chineseName(type)), u"children/by_care_type/"_s + RosterTypes::key(type));
    s.count(u"本月新入托"_s, u"children/new_enrolments"_s);
    s.count(u"本月离园"_s, u"children/leavers"_s);
}

void addClasses(FiguresSheet& s)
{
    s.section(u"二、班级"_s);
    for (const QJsonValue& value : s.at(u"classes/list"_s).toArray()) {
        const QJsonObject c = value.toObject();
        const std::optional<ClassType> type = RosterTypes::classTypeFromKey(c[u"type"_s].toString());
        s.text(u"%1（%2）"_s.arg(c[u"name"_s].toString(), type ? RosterTypes::chineseName(*type) : QString()),
               u"在托%1人 / 托位%2个；保育人员%3人（应配%4人）"_s.arg(c[u"children"_s].toInteger())
                   .arg(c[u"capacity"_s].toInteger())
                   .arg(c[u"caregivers"_s].toInteger())
                   .arg(c[u"caregivers_required"_s].toInteger()));
    }
}

void addAttendance(FiguresSheet& s)
{
    s.section(u"三、出勤"_s);
    s.count(u"托育日"_s, u"attendance/care_days"_s);
    s.count(u"应出勤人次"_s, u"attendance/expected"_s);
    s.count(u"实际出勤人次"_s, u"attendance/present"_s);
    s.ratio(u"出勤率"_s, u"attendance/rate"_s);
    s.count(u"病假人次"_s, u"attendance/sick_days"_s);
    s.count(u"因病缺勤幼儿数"_s, u"attendance/children_with_sick_days"_s);
    s.count(u"事假人次"_s, u"attendance/personal_days"_s);
    s.count(u"其他缺勤人次"_s, u"attendance/other_absence_days"_s);
}

void addStaff(FiguresSheet& s)
{
    s.section(u"四、工作人员（月末在岗）"_s);
    s.count(u"在岗人员"_s, u"staff/in_post"_s);
    for (StaffRole role : RosterTypes::staffRoles())
        s.count(u"其中 %1"_s.arg(RosterTypes::chineseName(role)), u"staff/by_role/"_s + RosterTypes::key(role));
    s.count(u"持证保育人员"_s, u"staff/caregivers_certified"_s);
    s.ratio(u"持证上岗率（目标%1%）"_s.arg(s.at(u"staff/certified_target_percent"_s).toInteger()),
            u"staff/certified_rate"_s);
    s.count(u"健康证有效人数"_s, u"staff/with_valid_health_certificate"_s);
}

void addFees(FiguresSheet& s)
{
    s.section(u"五、收费"_s);
    s.count(u"账单数"_s, u"fees/bills"_s);
    s.money(u"应收合计"_s, u"fees/billed_fen"_s);
    s.money(u"普惠减免"_s, u"fees/reductions_fen"_s);
    s.money(u"缺勤退费"_s, u"fees/absence_refunds_fen"_s);
    s.money(u"本月实收"_s, u"fees/collected_fen"_s);
    s.money(u"本月退费支出"_s, u"fees/refunds_paid_fen"_s);
    s.money(u"月末欠费余额"_s, u"fees/outstanding_fen"_s);
    s.count(u"欠费账单数"_s, u"fees/bills_outstanding"_s);
}

void addSubsidies(FiguresSheet& s)
{
    s.section(u"六、补贴"_s);
    const QJsonObject standing = s.at(u"operating_subsidy/standing"_s).toObject();
    const std::optional<ClaimStatus> status = ClaimStatuses::fromKey(standing[u"status"_s].toString());
    s.text(u"运营补贴申报"_s,
           standing[u"version"_s].isNull() ? u"草稿（未申报）"_s
                                           : u"第%1版 %2"_s.arg(standing[u"version"_s].toInteger())
                                                 .arg(status ? ClaimStatuses::chineseName(*status) : QString()));
    s.count(u"运营补贴申报人月数"_s, u"operating_subsidy/child_months"_s);
    s.money(u"运营补贴申报金额"_s, u"operating_subsidy/amount_fen"_s);
    s.count(u"生育补贴符合条件幼儿（二孩及以上）"_s, u"birth_subsidy/eligible"_s);
    s.count(u"生育补贴已申请"_s, u"birth_subsidy/applicants"_s);
    s.money(u"生育补贴申请金额"_s, u"birth_subsidy/applied_fen"_s);
}

void addOthers(FiguresSheet& s)
{
    s.section(u"七、其他"_s);
    s.recorded(u"健康检查"_s, u"health_checks"_s);
    s.recorded(u"意外事件"_s, u"incidents"_s);
    s.recorded(u"医疗机构签约及巡诊"_s, u"medical_agreement"_s);
}

Sheet figuresSheet(const MonthlyReportContent& content, int revision, const ClaimWorkbookData& claim)
{
    const InstitutionProfile& p = claim.institution;
    FiguresSheet s(content.figures);
    addChildren(s);
    addClasses(s);
    addAttendance(s);
    addStaff(s);
    addFees(s);
    addSubsidies(s);
    addOthers(s);
    QList<SheetRow> rows {
        {SheetCell::heading(u"%1年%2月托育机构月报"_s.arg(claim.month.year()).arg(claim.month.month()))},
        {SheetCell::text(u"机构名称：%1　统一社会信用代码：%2"_s.arg(p.name, p.creditCode))},
        {SheetCell::text(u"所属县区：%1　机构类型：%2　托位数：%3个　核定普惠托位：%4个　第%5版"_s
                             .arg(p.county, InstitutionProfile::typeChineseName(p.type))
                             .arg(p.places)
                             .arg(p.inclusivePlaces)
                             .arg(revision))},
        {SheetCell::text(u"项目"_s, true), SheetCell::text(u"数值"_s, true)},
    };
    rows << s.rows();
    return Sheet(u"月报"_s, rows, SheetLayout {4, false, true, true});
}

} // namespace

QList<Sheet> ReportWorkbook::sheets(const MonthlyReportContent& content, int revision, const ClaimWorkbookData& claim)
{
    return QList<Sheet> {figuresSheet(content, revision, claim)} + ClaimWorkbook::sheets(claim);
}

Status ReportWorkbook::write(const QString& path, const MonthlyReportContent& content, int revision,
                             const ClaimWorkbookData& claim)
{
    return XlsxFile::write(path, sheets(content, revision, claim));
}
