#include "StaffOverview.h"

#include "common/Month.h"
#include "common/PolicyKey.h"
#include "store/PolicyRepository.h"

#include <algorithm>

using namespace Qt::StringLiterals;

QString CertifiedRate::text() const
{
    if (caregivers <= 0)
        return u"%1 / %2"_s.arg(certified).arg(caregivers);
    // Tenths of a percent, rounded half up, in integers.
    const qint64 tenths = (qint64(certified) * 2000 + caregivers) / (qint64(caregivers) * 2);
    return u"%1 / %2 = %3.%4%"_s.arg(certified).arg(caregivers).arg(tenths / 10).arg(tenths % 10);
}

QString ExpiringQualification::describe() const
{
    const QString date = expiresOn.toString(Qt::ISODate);
    if (expired())
        return StaffOverview::tr("%1: %2 expired on %3 (%n day(s) ago).", nullptr, -daysLeft)
            .arg(staffName, type.name(), date);
    if (daysLeft == 0)
        return StaffOverview::tr("%1: %2 expires today (%3).").arg(staffName, type.name(), date);
    return StaffOverview::tr("%1: %2 expires on %3 (in %n day(s)).", nullptr, daysLeft)
        .arg(staffName, type.name(), date);
}

bool StaffOverview::inPost(const StaffRecord& staff, QDate day)
{
    return staff.hiredOn.isValid() && staff.hiredOn <= day && (!staff.leftOn.isValid() || staff.leftOn >= day);
}

bool StaffOverview::isValid(const Qualification& qualification, QDate day)
{
    return (!qualification.issuedOn.isValid() || qualification.issuedOn <= day)
        && (!qualification.expiresOn.isValid() || qualification.expiresOn >= day);
}

QualificationType StaffOverview::typeOf(const QList<QualificationType>& types, const QString& code)
{
    for (const QualificationType& t : types)
        if (t.code == code)
            return t;
    return {code, code, code, false, false};
}

bool StaffOverview::isRenewed(const StaffRecord& staff, const Qualification& qualification)
{
    return std::any_of(staff.qualifications.begin(), staff.qualifications.end(), [&](const Qualification& other) {
        return other.typeCode == qualification.typeCode
            && (!other.expiresOn.isValid() || other.expiresOn > qualification.expiresOn);
    });
}

bool StaffOverview::isCertified(const StaffRecord& staff, const QList<QualificationType>& types, QDate day)
{
    return std::any_of(staff.qualifications.begin(), staff.qualifications.end(), [&](const Qualification& q) {
        return typeOf(types, q.typeCode).countsAsCertified && isValid(q, day);
    });
}

CertifiedRate StaffOverview::certifiedRate(const QList<StaffRecord>& staff, const QList<QualificationType>& types,
                                           QDate day, int targetPercent)
{
    CertifiedRate rate;
    rate.targetPercent = targetPercent;
    for (const StaffRecord& s : staff) {
        if (s.role != StaffRole::Caregiver || !inPost(s, day))
            continue;
        ++rate.caregivers;
        if (isCertified(s, types, day))
            ++rate.certified;
    }
    return rate;
}

QList<ExpiringQualification> StaffOverview::expiringWithin(const QList<StaffRecord>& staff,
                                                           const QList<QualificationType>& types, QDate day,
                                                           int warnDays)
{
    QList<ExpiringQualification> list;
    for (const StaffRecord& s : staff) {
        if (!inPost(s, day))
            continue;
        for (const Qualification& q : s.qualifications) {
            if (!q.expiresOn.isValid() || isRenewed(s, q))
                continue;
            const int daysLeft = int(day.daysTo(q.expiresOn));
            if (daysLeft <= warnDays)
                list.append({s.id, s.name, typeOf(types, q.typeCode), q.expiresOn, daysLeft});
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const ExpiringQualification& a, const ExpiringQualification& b) {
        return a.expiresOn < b.expiresOn;
    });
    return list;
}

Result<StaffOverview> StaffOverview::load(Database& db, QDate day)
{
    StaffRepository repository(db);
    const Result<QList<StaffRecord>> staff = repository.staff();
    if (!staff)
        return Result<StaffOverview>::failure(staff.error());
    const Result<QList<QualificationType>> types = repository.qualificationTypes();
    if (!types)
        return Result<StaffOverview>::failure(types.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return Result<StaffOverview>::failure(policy.error());
    return of(staff.value(), types.value(), policy.value(), day);
}

StaffOverview StaffOverview::of(const QList<StaffRecord>& staff, const QList<QualificationType>& types,
                                const PolicyParameters& policy, QDate day)
{
    const Month month = Month::of(day);
    StaffOverview overview;
    overview.warnDays = int(policy.valueOr(PolicyKey::HealthCertificateWarnDays, month, 30));
    overview.rate
        = certifiedRate(staff, types, day, int(policy.valueOr(PolicyKey::CertifiedStaffTargetPercent, month, 90)));
    overview.expiring = expiringWithin(staff, types, day, overview.warnDays);
    return overview;
}
