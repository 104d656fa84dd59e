#pragma once

#include "InsurancePolicy.h"
#include "common/Result.h"

#include <QCoreApplication>

class Database;

// A policy on the insured list with the child it covers.
struct InsuredLine
{
    InsurancePolicy policy;
    QString childName;
    QString idNumber; // masked unless the actor may see it whole
};

// A child in care with no policy for the days asked about.
struct UninsuredChild
{
    qint64 childId = 0;
    QString name;
    QString idNumber; // masked unless the actor may see it whole
    // The roster still says "covered by accident insurance", but no policy was recorded for these days: someone
    // should check the roster or record the policy.
    bool markedInsured = false;
};

// The insured list (参保名单) of a day or a period.
struct InsuranceCover
{
    QDate from;
    QDate to;
    // By child name, then start of cover.
    QList<InsuredLine> insured;
    // Children in care on at least one of the days with no policy overlapping them, by name.
    QList<UninsuredChild> uninsured;

    Money premiumTotal() const;
};

// The children's accident-insurance policies, as the institution keeps the list the city's insurer asks for.
// Changing a policy needs Permission::ManageClaims; reading the list Permission::ViewRoster.
//
// children.insured (the roster's "covered by accident insurance") follows the policies: each change of a child's
// policies sets it to whether one covers today. A child marked insured with no policy recorded keeps the mark and
// is listed among the uninsured with markedInsured, so the list never silently contradicts the roster.
class InsuranceRoll
{
    Q_DECLARE_TR_FUNCTIONS(InsuranceRoll)

public:
    explicit InsuranceRoll(Database& db)
        : m_db(db)
    {
    }

    // Refuses, naming the child and the field: a missing child or policy number, a missing start or end, an end
    // before the start, a negative premium, the same policy recorded twice from the same day. Returns the new id.
    Result<qint64> add(const InsurancePolicy& policy);
    // The same checks; the policy keeps its child.
    Status change(const InsurancePolicy& policy);
    Status remove(qint64 policyId);

    Result<QList<InsurancePolicy>> policiesOf(qint64 childId) const;
    Result<InsuranceCover> coverOn(QDate day) const { return cover(day, day); }
    Result<InsuranceCover> cover(QDate from, QDate to) const;

private:
    Status validate(const InsurancePolicy& policy) const;
    Result<InsurancePolicy> policy(qint64 policyId) const;
    // Sets children.insured to whether a policy covers today.
    Status followPolicies(qint64 childId);

    Database& m_db;
};
