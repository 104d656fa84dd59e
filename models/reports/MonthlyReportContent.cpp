#include "MonthlyReportContent.h"

#include "ReportFigures.h"
#include "access/Access.h"
#include "attendance/AttendanceMonth.h"
#include "institution/InstitutionRepository.h"
#include "roster/AgeBands.h"
#include "roster/ChildListing.h"
#include "roster/ClassOverview.h"
#include "roster/StaffOverview.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"

#include <QJsonArray>
#include <QSet>
#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

// Every key present, zeros included, so the figures of two months have the same shape.
QJsonObject zeros(const QStringList& keys)
{
    QJsonObject counts;
    for (const QString& key : keys)
        counts.insert(key, 0);
    return counts;
}

void add(QJsonObject& counts, const QString& key, qint64 amount = 1)
{
    counts.insert(key, counts.value(key).toInteger() + amount);
}

Result<QJsonObject> classFigures(Database& db, QDate day)
{
    const Result<QList<ClassStatus>> overview = ClassOverview::load(db, day);
    if (!overview)
        return Result<QJsonObject>::failure(overview.error());
    QList<ClassStatus> classes = overview.value();
    std::sort(classes.begin(), classes.end(), [](const ClassStatus& a, const ClassStatus& b) {
        return std::pair(a.record.name, a.record.id) < std::pair(b.record.name, b.record.id);
    });
    QJsonArray list;
    QJsonObject byType;
    for (const ClassStatus& c : classes) {
        const QString type = RosterTypes::key(c.record.type);
        list.append(QJsonObject {
            {u"name"_s, c.record.name},
            {u"type"_s, type},
            {u"capacity"_s, c.record.capacity},
            {u"children"_s, c.children.size()},
            {u"caregivers"_s, c.caregivers.size()},
            {u"caregivers_required"_s, c.caregiversRequired},
        });
        QJsonObject sum = byType.value(type).toObject(zeros({u"classes"_s, u"places"_s, u"children"_s}));
        add(sum, u"classes"_s);
        add(sum, u"places"_s, c.record.capacity);
        add(sum, u"children"_s, c.children.size());
        byType.insert(type, sum);
    }
    return QJsonObject {{u"list"_s, list}, {u"by_type"_s, byType}};
}

Result<QJsonObject> childFigures(Database& db, Month month, int places)
{
    const QDate last = month.lastDay();
    const Result<QList<ChildListEntry>> children = ChildListing::load(db, last);
    if (!children)
        return Result<QJsonObject>::failure(children.error());
    QJsonObject byAge = zeros(AgeBands::keys());
    QStringList careKeys;
    for (CareType type : {CareType::FullDay, CareType::HalfDay, CareType::Hourly, CareType::Home})
        careKeys << RosterTypes::key(type);
    QJsonObject byCare = zeros(careKeys << u"unplaced"_s);
    int enrolled = 0;
    int joined = 0;
    int left = 0;
    for (const ChildListEntry& child : children.value()) {
        if (month.contains(child.enrolledOn))
            ++joined;
        if (month.contains(child.withdrawnOn))
            ++left;
        // In care on the last day: withdrawnOn is the last day in care, so a child leaving that day still counts.
        const bool inCare = child.enrolledOn.isValid() && child.enrolledOn <= last
            && (!child.withdrawnOn.isValid() || child.withdrawnOn >= last);
        if (!inCare)
            continue;
        ++enrolled;
        add(byAge, AgeBands::key(AgeBands::of(ageInCompletedMonths(child.birthDate, last))));
        add(byCare, child.careType ? RosterTypes::key(*child.careType) : u"unplaced"_s);
    }
    return QJsonObject {
        {u"enrolled"_s, enrolled},   {u"by_age_band"_s, byAge},
        {u"by_care_type"_s, byCare}, {u"new_enrolments"_s, joined},
        {u"leavers"_s, left},        {u"place_use"_s, ReportFigures::ratio({enrolled, places})},
    };
}

Result<QJsonObject> attendanceFigures(Database& db, Month month)
{
    const Result<AttendanceMonthSummary> summary = AttendanceMonth::compute(db, month);
    if (!summary)
        return Result<QJsonObject>::failure(summary.error());
    AttendanceCounts totals;
    QSet<qint64> sickChildren;
    for (const ClassAttendance& c : summary->classes) {
        totals += c.totals;
        for (const ChildAttendance& child : c.children)
            if (child.counts.sick > 0)
                sickChildren.insert(child.childId);
    }
    return QJsonObject {
        {u"care_days"_s, summary->careDays.size()},
        {u"expected"_s, totals.expected},
        {u"present"_s, totals.present},
        {u"rate"_s, ReportFigures::ratio(totals.rate())},
        {u"sick_days"_s, totals.sick},
        {u"children_with_sick_days"_s, sickChildren.size()},
        {u"personal_days"_s, totals.personal},
        {u"other_absence_days"_s, totals.other},
    };
}

Result<QJsonObject> staffFigures(Database& db, QDate day)
{
    StaffRepository repository(db);
    const Result<QList<StaffRecord>> staff = repository.staff();
    if (!staff)
        return Result<QJsonObject>::failure(staff.error());
    const Result<QList<QualificationType>> types = repository.qualificationTypes();
    if (!types)
        return Result<QJsonObject>::failure(types.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return Result<QJsonObject>::failure(policy.error());
    QSet<QString> healthCertificates;
    for (const QualificationType& t : types.value())
        if (t.isHealthCertificate)
            healthCertificates.insert(t.code);

    QStringList roleKeys;
    for (StaffRole role : RosterTypes::staffRoles())
        roleKeys << RosterTypes::key(role);
    QJsonObject byRole = zeros(roleKeys);
    int inPost = 0;
    int withHealthCertificate = 0;
    for (const StaffRecord& s : staff.value()) {
        if (!StaffOverview::inPost(s, day))
            continue;
        ++inPost;
        add(byRole, RosterTypes::key(s.role));
        if (std::any_of(s.qualifications.begin(), s.qualifications.end(), [&](const Qualification& q) {
                return healthCertificates.contains(q.typeCode) && StaffOverview::isValid(q, day);
            }))
            ++withHealthCertificate;
    }
    const CertifiedRate rate = StaffOverview::of(staff.value(), types.value(), policy.value(), day).rate;
    return QJsonObject {
        {u"in_post"_s, inPost},
        {u"by_role"_s, byRole},
        {u"caregivers"_s, rate.caregivers},
        {u"caregivers_certified"_s, rate.certified},
        {u"certified_rate"_s, ReportFigures::ratio(rate.ratio())},
        {u"certified_target_percent"_s, rate.targetPercent},
        {u"with_valid_health_certificate"_s, withHealthCertificate},
    };
}

// Records DaycareDesk does not keep yet: said so, rather than reported as zero.
QJsonObject notRecorded()
{
    return {{u"recorded"_s, false}};
}

} // namespace

Result<MonthlyReportContent> MonthlyReportBuilder::build(Database& db, Month month)
{
    using R = Result<MonthlyReportContent>;
    if (Status allowed = Access::require(db.actor(), Permission::ExportReports); !allowed)
        return R::failure(allowed.error());
    const Result<ClosedMonths> closed = ClosedMonths::load(db);
    if (!closed)
        return R::failure(closed.error());
    if (!closed->isClosed(month))
        return R::failure(tr("%1 is not closed: a monthly report is made once the month's attendance and bills are "
                             "final.")
                              .arg(month.toString()));
    const Result<std::optional<InstitutionProfile>> profile = InstitutionRepository(db).load();
    if (!profile)
        return R::failure(profile.error());
    if (!profile->has_value())
        return R::failure(tr("The institution is not set up yet: a monthly report needs its name and credit code."));
    const InstitutionProfile& institution = **profile;

    const QDate last = month.lastDay();
    QJsonObject figures {
        {u"month"_s, month.toString()},
        {u"health_checks"_s, notRecorded()},
        {u"incidents"_s, notRecorded()},
        {u"medical_agreement"_s, notRecorded()},
    };
    // In the order of domain.md §9; the first that fails stops the report.
    const QList<std::pair<QString, std::function<Result<QJsonObject>()>>> sections = {
        {u"classes"_s, [&] { return classFigures(db, last); }},
        {u"children"_s, [&] { return childFigures(db, month, institution.places); }},
        {u"attendance"_s, [&] { return attendanceFigures(db, month); }},
        {u"staff"_s, [&] { return staffFigures(db, last); }},
        {u"fees"_s, [&] { return ReportFigures::fees(db, month); }},
        {u"operating_subsidy"_s, [&] { return ReportFigures::operatingSubsidy(db, month); }},
        {u"birth_subsidy"_s, [&] { return ReportFigures::birthSubsidy(db, month); }},
    };
    for (const auto& [key, make] : sections) {
        const Result<QJsonObject> section = make();
        if (!section)
            return R::failure(section.error());
        figures.insert(key, section.value());
    }
    return MonthlyReportContent {institution.toJson(), figures};
}
