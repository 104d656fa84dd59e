#include "ReportSummary.h"

#include "ReportFile.h"
#include "common/Money.h"
#include "common/Ratio.h"
#include "subsidy/ClaimBatches.h"

#include <QJsonArray>
#include <QJsonValue>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// The value at a path of members ("fees/billed_fen"); undefined when any step is missing.
QJsonValue at(const QJsonObject& object, const QString& path)
{
    QJsonValue value = object;
    for (const QString& member : path.split(u'/'))
        value = value.toObject().value(member);
    return value;
}

// Reads figures from the payload into lines, leaving out each one the payload lacks or holds in another form.
class FigureLines
{
public:
    FigureLines(const QJsonObject& payload, QList<ReportSummary::Line>& lines)
        : m_figures(payload.value(u"figures"_s).toObject())
        , m_lines(lines)
    {
    }

    void text(const QString& label, const QJsonValue& value)
    {
        if (value.isString())
            m_lines.append({label, value.toString()});
    }
    void count(const QString& label, const QString& path)
    {
        if (const QJsonValue value = at(m_figures, path); value.isDouble())
            m_lines.append({label, QString::number(value.toInteger())});
    }
    void money(const QString& label, const QString& path)
    {
        if (const QJsonValue value = at(m_figures, path); value.isDouble())
            m_lines.append({label, Money::fromFen(value.toInteger()).toString()});
    }
    void ratio(const QString& label, const QString& path)
    {
        const QJsonValue value = at(m_figures, path);
        if (value.isObject())
            m_lines.append({label,
                            Ratio {at(value.toObject(), u"numerator"_s).toInteger(),
                                   at(value.toObject(), u"denominator"_s).toInteger()}
                                .text()});
    }
    void percent(const QString& label, const QString& path)
    {
        if (const QJsonValue value = at(m_figures, path); value.isDouble())
            m_lines.append({label, u"%1%"_s.arg(value.toInteger())});
    }
    void claimStatus(const QString& label, const QString& path)
    {
        if (const std::optional<ClaimStatus> status = ClaimStatuses::fromKey(at(m_figures, path).toString()))
            m_lines.append({label, ClaimStatuses::label(*status)});
    }

private:
    QJsonObject m_figures;
    QList<ReportSummary::Line>& m_lines;
};

// A county's roll-up carries totals over its institutions instead of one institution's figures.
void rollUpLines(const QJsonObject& payload, QList<ReportSummary::Line>& lines)
{
    const QJsonObject total = at(payload, u"totals/total"_s).toObject();
    FigureLines f(QJsonObject {{u"figures"_s, total}}, lines);
    lines.append({ReportSummary::tr("Institutions reported"),
                  ReportSummary::tr("%1 of %2")
                      .arg(total.value(u"reported"_s).toInteger())
                      .arg(total.value(u"institutions"_s).toInteger())});
    f.ratio(ReportSummary::tr("Places used (托位使用率)"), u"place_use"_s);
    f.ratio(ReportSummary::tr("Attendance (出勤率)"), u"attendance_rate"_s);
    f.ratio(ReportSummary::tr("Certified caregivers (持证上岗率)"), u"certified_rate"_s);
    f.count(ReportSummary::tr("Operating subsidy: child-months"), u"subsidy_child_months"_s);
    f.money(ReportSummary::tr("Operating subsidy: amount"), u"subsidy_fen"_s);
    lines.append({ReportSummary::tr("Cross-institution findings"),
                  QString::number(payload.value(u"findings"_s).toArray().size())});
}

} // namespace

QList<ReportSummary::Line> ReportSummary::lines(const QJsonObject& payload)
{
    QList<Line> lines;
    FigureLines f(payload, lines);
    const QJsonObject institution = payload.value(u"institution"_s).toObject();
    if (institution.contains(u"name"_s) || payload.contains(u"credit_code"_s))
        lines.append(
            {tr("Institution"),
             tr("%1 (%2)").arg(institution.value(u"name"_s).toString(), payload.value(u"credit_code"_s).toString())});
    f.text(tr("Month"), payload.value(u"month"_s));
    if (payload.value(u"revision"_s).isDouble())
        lines.append({tr("Revision"), QString::number(payload.value(u"revision"_s).toInteger())});
    f.text(tr("Made at"), payload.value(u"generated_at"_s));
    f.ratio(tr("Places used (托位使用率)"), u"children/place_use"_s);
    f.ratio(tr("Attendance (出勤率)"), u"attendance/rate"_s);
    f.count(tr("Sick days"), u"attendance/sick_days"_s);
    f.ratio(tr("Certified caregivers (持证上岗率)"), u"staff/certified_rate"_s);
    f.money(tr("Fees billed"), u"fees/billed_fen"_s);
    f.money(tr("Fees collected"), u"fees/collected_fen"_s);
    f.money(tr("Fees outstanding"), u"fees/outstanding_fen"_s);
    f.count(tr("Operating subsidy: child-months"), u"operating_subsidy/child_months"_s);
    f.money(tr("Operating subsidy: amount"), u"operating_subsidy/amount_fen"_s);
    if (payload.value(u"format"_s).toString() == ReportFile::RollUpFormat)
        rollUpLines(payload, lines);
    return lines;
}

QList<ReportSummary::Section> ReportSummary::sections(const QJsonObject& payload)
{
    QList<Section> sections;
    auto section = [&](const QString& title, const std::function<void(FigureLines&)>& fill) {
        Section s {title, {}};
        FigureLines f(payload, s.lines);
        fill(f);
        if (!s.lines.isEmpty())
            sections.append(s);
    };
    section(tr("Children"), [](FigureLines& f) {
        f.count(tr("In care at the month's end"), u"children/enrolled"_s);
        f.count(tr("New enrolments"), u"children/new_enrolments"_s);
        f.count(tr("Left care in the month"), u"children/leavers"_s);
        f.ratio(tr("Places used (托位使用率)"), u"children/place_use"_s);
    });
    section(tr("Attendance"), [](FigureLines& f) {
        f.count(tr("Care days"), u"attendance/care_days"_s);
        f.count(tr("Expected attendances"), u"attendance/expected"_s);
        f.count(tr("Attendances"), u"attendance/present"_s);
        f.ratio(tr("Attendance (出勤率)"), u"attendance/rate"_s);
        f.count(tr("Sick days"), u"attendance/sick_days"_s);
        f.count(tr("Children with sick days"), u"attendance/children_with_sick_days"_s);
        f.count(tr("Personal leave days"), u"attendance/personal_days"_s);
        f.count(tr("Other absence days"), u"attendance/other_absence_days"_s);
    });
    section(tr("Staff"), [](FigureLines& f) {
        f.count(tr("Staff in post at the month's end"), u"staff/in_post"_s);
        f.count(tr("Caregivers"), u"staff/caregivers"_s);
        f.count(tr("Certified caregivers"), u"staff/caregivers_certified"_s);
        f.ratio(tr("Certified caregivers (持证上岗率)"), u"staff/certified_rate"_s);
        f.percent(tr("The city's target"), u"staff/certified_target_percent"_s);
        f.count(tr("Valid health certificates"), u"staff/with_valid_health_certificate"_s);
    });
    section(tr("Fees (yuan)"), [](FigureLines& f) {
        f.count(tr("Bills"), u"fees/bills"_s);
        f.money(tr("Fees billed"), u"fees/billed_fen"_s);
        f.money(tr("Inclusive reductions (普惠减免)"), u"fees/reductions_fen"_s);
        f.money(tr("Absence refunds"), u"fees/absence_refunds_fen"_s);
        f.money(tr("Collected in the month"), u"fees/collected_fen"_s);
        f.money(tr("Refunds paid in the month"), u"fees/refunds_paid_fen"_s);
        f.money(tr("Fees outstanding"), u"fees/outstanding_fen"_s);
    });
    section(tr("Operating subsidy claim (运营补贴)"), [](FigureLines& f) {
        f.claimStatus(tr("Standing"), u"operating_subsidy/standing/status"_s);
        f.count(tr("Children considered"), u"operating_subsidy/children_considered"_s);
        f.count(tr("Child-months claimed"), u"operating_subsidy/child_months"_s);
        f.money(tr("Amount claimed (yuan)"), u"operating_subsidy/amount_fen"_s);
    });
    section(tr("Birth subsidy (生育补贴)"), [](FigureLines& f) {
        f.count(tr("Children who may apply"), u"birth_subsidy/eligible"_s);
        f.count(tr("Families who applied"), u"birth_subsidy/applicants"_s);
        f.money(tr("Amount applied for (yuan)"), u"birth_subsidy/applied_fen"_s);
    });
    return sections;
}
