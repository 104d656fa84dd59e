#pragma once

#include "RosterRecords.h"
#include "StaffRepository.h"
#include "common/Ratio.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;
class PolicyParameters;

// 持证上岗率: caregivers in post holding a valid certificate of a kind that counts, over caregivers in post. Kept
// as two integers, so roll-ups add them and the target is decided without rounding.
struct CertifiedRate
{
    int certified = 0;
    int caregivers = 0;
    int targetPercent = 90;

    Ratio ratio() const { return {certified, caregivers}; }
    // certified × 100 ≥ target × caregivers; true when there are no caregivers.
    bool meetsTarget() const { return qint64(certified) * 100 >= qint64(targetPercent) * caregivers; }
    // "17 / 18 = 94.4%", the percentage rounded half up to one decimal; "0 / 0" without caregivers.
    QString text() const;
};

// A certificate of someone in post that has expired or expires within the warning period.
struct ExpiringQualification
{
    qint64 staffId = 0;
    QString staffName;
    QualificationType type;
    QDate expiresOn;
    // Negative once expired; 0 on the last valid day.
    int daysLeft = 0;

    bool expired() const { return daysLeft < 0; }
    // The sentence for the Staff page and the command line, translated.
    QString describe() const;
};

// The staff figures a director answers for on a day: the certified rate against the city's target and the
// certificates (health certificates above all) that need renewing.
class StaffOverview
{
    Q_DECLARE_TR_FUNCTIONS(StaffOverview)

public:
    CertifiedRate rate;
    // Soonest first; expired ones lead.
    QList<ExpiringQualification> expiring;
    int warnDays = 30;

    // Reads staff, certificate kinds and the policy (staff.certified_target_percent,
    // staff.health_certificate_warn_days). Needs Permission::ViewRoster.
    static Result<StaffOverview> load(Database& db, QDate day);
    // The same from records already read, for a page that lists them too.
    static StaffOverview of(const QList<StaffRecord>& staff, const QList<QualificationType>& types,
                            const PolicyParameters& policy, QDate day);

    // Hired on or before the day and not yet gone: leftOn is the last day in post.
    static bool inPost(const StaffRecord& staff, QDate day);
    // Issued (when a date is known) on or before the day and not expired: expiresOn is the last valid day.
    static bool isValid(const Qualification& qualification, QDate day);
    // The kind of certificate with this code; an unknown code stands for itself, counting for nothing.
    static QualificationType typeOf(const QList<QualificationType>& types, const QString& code);
    // An older certificate is replaced by a renewal of the same kind that runs longer.
    static bool isRenewed(const StaffRecord& staff, const Qualification& qualification);
    // Holds a certificate valid on the day of a kind that counts for 持证上岗率.
    static bool isCertified(const StaffRecord& staff, const QList<QualificationType>& types, QDate day);
    static CertifiedRate certifiedRate(const QList<StaffRecord>& staff, const QList<QualificationType>& types,
                                       QDate day, int targetPercent);
    // Certificates of staff in post that expired before the day or expire within warnDays of it.
    static QList<ExpiringQualification> expiringWithin(const QList<StaffRecord>& staff,
                                                       const QList<QualificationType>& types, QDate day, int warnDays);
};
