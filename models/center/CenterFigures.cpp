#include "CenterFigures.h"

#include "institution/InstitutionProfile.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

// A member of a JSON object by its path, "children/enrolled"; a missing one is 0.
qint64 numberAt(const QJsonObject& object, QStringView path)
{
    QJsonValue value = object;
    for (const QStringView member : path.split(u'/'))
        value = value.toObject().value(member);
    return value.toInteger();
}

// Every figure with its stable key, so adding, writing and reading cannot disagree on the list.
struct Field
{
    QStringView key;
    qint64 CenterFigures::*member;
};

constexpr Field fields[] = {
    {u"institutions", &CenterFigures::institutions},
    {u"reported", &CenterFigures::reported},
    {u"places", &CenterFigures::places},
    {u"inclusive_places", &CenterFigures::inclusivePlaces},
    {u"enrolled", &CenterFigures::enrolled},
    {u"new_enrolments", &CenterFigures::newEnrolments},
    {u"leavers", &CenterFigures::leavers},
    {u"attendance_expected", &CenterFigures::expected},
    {u"attendance_present", &CenterFigures::present},
    {u"sick_days", &CenterFigures::sickDays},
    {u"staff_in_post", &CenterFigures::staffInPost},
    {u"caregivers", &CenterFigures::caregivers},
    {u"caregivers_certified", &CenterFigures::caregiversCertified},
    {u"billed_fen", &CenterFigures::billedFen},
    {u"reductions_fen", &CenterFigures::reductionsFen},
    {u"collected_fen", &CenterFigures::collectedFen},
    {u"outstanding_fen", &CenterFigures::outstandingFen},
    {u"subsidy_child_months", &CenterFigures::subsidyChildMonths},
    {u"subsidy_fen", &CenterFigures::subsidyFen},
    {u"birth_subsidy_eligible", &CenterFigures::birthEligible},
    {u"birth_subsidy_applicants", &CenterFigures::birthApplicants},
    {u"outreach_households", &CenterFigures::outreachHouseholds},
    {u"outreach_children", &CenterFigures::outreachChildren},
    {u"outreach_visits", &CenterFigures::outreachVisits},
    {u"outreach_referrals", &CenterFigures::outreachReferrals},
    {u"outreach_left_behind_children", &CenterFigures::outreachLeftBehind},
};

QJsonObject ratioJson(const Ratio& ratio)
{
    return {{u"numerator"_s, ratio.numerator}, {u"denominator"_s, ratio.denominator}};
}

} // namespace

void CenterFigures::add(const CenterFigures& other)
{
    for (const Field& field : fields)
        this->*field.member += other.*field.member;
}

CenterFigures CenterFigures::fromReport(const QJsonObject& institution, const QJsonObject& figures)
{
    CenterFigures f;
    f.institutions = 1;
    f.reported = 1;
    f.places = numberAt(institution, u"places");
    f.inclusivePlaces = numberAt(institution, u"inclusive_places");
    f.enrolled = numberAt(figures, u"children/enrolled");
    f.newEnrolments = numberAt(figures, u"children/new_enrolments");
    f.leavers = numberAt(figures, u"children/leavers");
    f.expected = numberAt(figures, u"attendance/expected");
    f.present = numberAt(figures, u"attendance/present");
    f.sickDays = numberAt(figures, u"attendance/sick_days");
    f.staffInPost = numberAt(figures, u"staff/in_post");
    f.caregivers = numberAt(figures, u"staff/caregivers");
    f.caregiversCertified = numberAt(figures, u"staff/caregivers_certified");
    f.billedFen = numberAt(figures, u"fees/billed_fen");
    f.reductionsFen = numberAt(figures, u"fees/reductions_fen");
    f.collectedFen = numberAt(figures, u"fees/collected_fen");
    f.outstandingFen = numberAt(figures, u"fees/outstanding_fen");
    f.subsidyChildMonths = numberAt(figures, u"operating_subsidy/child_months");
    f.subsidyFen = numberAt(figures, u"operating_subsidy/amount_fen");
    f.birthEligible = numberAt(figures, u"birth_subsidy/eligible");
    f.birthApplicants = numberAt(figures, u"birth_subsidy/applicants");
    return f;
}

CenterFigures CenterFigures::fromOutreach(const QJsonObject& summary)
{
    CenterFigures f;
    f.institutions = 1;
    f.reported = 1;
    f.outreachHouseholds = numberAt(summary, u"households");
    f.outreachChildren = numberAt(summary, u"children");
    f.outreachVisits = numberAt(summary, u"visits");
    f.outreachReferrals = numberAt(summary, u"referrals");
    f.outreachLeftBehind = numberAt(summary, u"left_behind_children");
    return f;
}

CenterFigures CenterFigures::fromSender(const QJsonObject& institution, const QJsonObject& figures)
{
    const auto type = InstitutionProfile::typeFromKey(institution.value(u"type"_s).toString());
    return type == InstitutionType::OutreachTeam ? fromOutreach(figures) : fromReport(institution, figures);
}

QJsonObject CenterFigures::toJson() const
{
    QJsonObject json;
    for (const Field& field : fields)
        json.insert(field.key, this->*field.member);
    json.insert(u"place_use"_s, ratioJson(placeUse()));
    json.insert(u"attendance_rate"_s, ratioJson(attendance()));
    json.insert(u"certified_rate"_s, ratioJson(certified()));
    json.insert(u"children_reached"_s, childrenReached());
    return json;
}

CenterFigures CenterFigures::fromJson(const QJsonObject& json)
{
    CenterFigures f;
    for (const Field& field : fields)
        f.*field.member = json.value(field.key).toInteger();
    return f;
}
