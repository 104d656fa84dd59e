#pragma once

#include "StaffOverview.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <optional>

// A certificate as the qualification list shows it: flagged when it has expired or expires within the warning
// period, as the Staff page warns of it.
struct ListedCertificate
{
    enum class Standing
    {
        Valid,
        Due, // expires within the warning period
        Expired
    };

    QualificationType type;
    Qualification qualification;
    Standing standing = Standing::Valid;
    int daysLeft = 0; // for Due and Expired: days to the last valid day, negative once expired
};

// One person in post, with what they hold.
struct ListedStaff
{
    StaffRecord staff;
    QStringList classNames;
    // Other than health certificates, those that count for 持证上岗率 first, else in the order recorded; a
    // certificate replaced by its renewal is left out.
    QList<ListedCertificate> certificates;
    // The current health certificate (健康合格证), if any.
    std::optional<ListedCertificate> healthCertificate;
    // A caregiver counted as certified in 持证上岗率.
    bool certified = false;
};

// 工作人员资质一览表: everyone in post on a day by role, with their certificates, health certificate and flags, and
// 持证上岗率 against the city's target, as StaffOverview works them out.
class StaffQualificationList
{
public:
    QDate day;
    int warnDays = 30;
    CertifiedRate rate;
    // The kinds of certificate that count for the rate, by name.
    QStringList certifyingTypes;
    // By role (head first), then in the order they were added.
    QList<ListedStaff> staff;

    // Needs Permission::ViewRoster.
    static Result<StaffQualificationList> load(Database& db, QDate day);
    // The same from records already read; classNames maps a class id to its name.
    static StaffQualificationList of(const QList<StaffRecord>& staff, const QList<QualificationType>& types,
                                     const QHash<qint64, QString>& classNames, const PolicyParameters& policy,
                                     QDate day);
};
