#pragma once

#include "FamilyAnswers.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;
class PolicyParameters;

// A child whose family may apply for the one-time birth subsidy (生育补贴, 孩次 2 or later), with what the
// family has done about it and about the national 育儿补贴.
struct BirthSubsidyEntry
{
    qint64 childId = 0;
    QString name;
    QString idNumber; // masked unless the actor may see it whole
    QDate birthDate;
    int birthOrder = 2;
    Money amount;
    QDate appliedOn; // invalid: not applied
    QDate grantedOn; // invalid: not granted (yet)
    ChildcareSubsidyAnswer childcareSubsidy = ChildcareSubsidyAnswer::Unknown;

    bool applied() const { return appliedOn.isValid(); }
};

// The families' subsidies the institution helps with: who may apply for the birth subsidy and for how much, and
// whether each family has applied for it and for the 育儿补贴. Everything needs Permission::ManageClaims; every
// change is one transaction, recorded by the audit trail.
class BirthSubsidies
{
    Q_DECLARE_TR_FUNCTIONS(BirthSubsidies)

public:
    explicit BirthSubsidies(Database& db)
        : m_db(db)
    {
    }

    // The amount for a child of this 孩次 born on birthDate: none for a first child, the second-child figure for a
    // second, the third-child figure for a third or later, each as in force in the birth month. A birth before the
    // first recorded figure (or in a gap between figures) gets the next figure that came into force: families of
    // children born before the policy started apply under its first figure, the only one there is.
    static Money amountFor(const PolicyParameters& policy, int birthOrder, QDate birthDate);

    // The children in care on day whose 孩次 is 2 or later, by name.
    Result<QList<BirthSubsidyEntry>> eligible(QDate day) const;
    // Every child in care on day, first children too (with no amount), for the 育儿补贴 every family may claim.
    Result<QList<BirthSubsidyEntry>> families(QDate day) const;

    // The family applied on appliedOn, not in the future nor before the birth; grantedOn, if valid, is when the
    // money was granted, not before the application nor in the future. Refused for a first child.
    Status setApplied(qint64 childId, QDate appliedOn, QDate grantedOn = {});
    Status setNotApplied(qint64 childId);
    // For any child, 孩次 1 included: the 育儿补贴 is for every child under three.
    Status setChildcareSubsidy(qint64 childId, ChildcareSubsidyAnswer answer);

private:
    Result<QList<BirthSubsidyEntry>> inCare(QDate day, int fromBirthOrder) const;
    // Sets the columns of the child's row, creating the row with its defaults first.
    Status write(qint64 childId, const QStringList& columns, const QVariantList& values);

    Database& m_db;
};
