#include "StaffQualificationList.h"

#include "ClassRepository.h"
#include "store/PolicyRepository.h"

#include <algorithm>

namespace {

// The flag StaffOverview raised for the certificate, if any.
ListedCertificate listed(const StaffRecord& person, const Qualification& q, const QualificationType& type,
                         const QList<ExpiringQualification>& expiring)
{
    ListedCertificate c {type, q};
    for (const ExpiringQualification& e : expiring) {
        if (e.staffId == person.id && e.type.code == q.typeCode && e.expiresOn == q.expiresOn) {
            c.standing = e.expired() ? ListedCertificate::Standing::Expired : ListedCertificate::Standing::Due;
            c.daysLeft = e.daysLeft;
        }
    }
    return c;
}

} // namespace

StaffQualificationList StaffQualificationList::of(const QList<StaffRecord>& staff,
                                                  const QList<QualificationType>& types,
                                                  const QHash<qint64, QString>& classNames,
                                                  const PolicyParameters& policy, QDate day)
{
    const StaffOverview overview = StaffOverview::of(staff, types, policy, day);
    StaffQualificationList list;
    list.day = day;
    list.warnDays = overview.warnDays;
    list.rate = overview.rate;
    for (const QualificationType& type : types)
        if (type.countsAsCertified)
            list.certifyingTypes << type.name();
    for (const StaffRecord& person : staff) {
        if (!StaffOverview::inPost(person, day))
            continue;
        ListedStaff entry;
        entry.staff = person;
        for (qint64 classId : person.classIds)
            entry.classNames << classNames.value(classId, QString::number(classId));
        for (const Qualification& q : person.qualifications) {
            if (q.expiresOn.isValid() && StaffOverview::isRenewed(person, q))
                continue;
            const QualificationType type = StaffOverview::typeOf(types, q.typeCode);
            if (type.isHealthCertificate)
                entry.healthCertificate = listed(person, q, type, overview.expiring);
            else
                entry.certificates << listed(person, q, type, overview.expiring);
        }
        // The certificates that count for the rate first: the one that matters on the person's own line.
        std::stable_sort(entry.certificates.begin(), entry.certificates.end(),
                         [](const ListedCertificate& a, const ListedCertificate& b) {
                             return a.type.countsAsCertified && !b.type.countsAsCertified;
                         });
        entry.certified = person.role == StaffRole::Caregiver && StaffOverview::isCertified(person, types, day);
        list.staff << entry;
    }
    const QList<StaffRole> roles = RosterTypes::staffRoles();
    std::stable_sort(list.staff.begin(), list.staff.end(), [&](const ListedStaff& a, const ListedStaff& b) {
        return roles.indexOf(a.staff.role) < roles.indexOf(b.staff.role);
    });
    return list;
}

Result<StaffQualificationList> StaffQualificationList::load(Database& db, QDate day)
{
    using R = Result<StaffQualificationList>;
    StaffRepository repository(db);
    const Result<QList<StaffRecord>> staff = repository.staff();
    if (!staff)
        return R::failure(staff.error());
    const Result<QList<QualificationType>> types = repository.qualificationTypes();
    if (!types)
        return R::failure(types.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return R::failure(policy.error());
    const Result<QList<ClassRecord>> classes = ClassRepository(db).classes();
    if (!classes)
        return R::failure(classes.error());
    QHash<qint64, QString> classNames;
    for (const ClassRecord& c : classes.value())
        classNames.insert(c.id, c.name);
    return of(staff.value(), types.value(), classNames, policy.value(), day);
}
