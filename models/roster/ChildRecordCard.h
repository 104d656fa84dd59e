#pragma once

#include "ChildListing.h"
#include "RosterRecords.h"
#include "common/Result.h"
#include "subsidy/InsurancePolicy.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// One stretch of a child's placement history, with the class named as it is now (a class no longer run keeps its
// name).
struct PlacementLine
{
    QString className;
    CareType careType = CareType::FullDay;
    QDate from;
    QDate to; // invalid: still in force
};

// 幼儿档案卡: what the institution files on paper for one child: her record with guardians and pick-up adults, her
// classes and care types from enrolment on, and her accident-insurance policies.
struct ChildRecordCard
{
    Q_DECLARE_TR_FUNCTIONS(ChildRecordCard)

public:
    ChildRecord child;
    QList<PlacementLine> placements; // oldest first
    QList<InsurancePolicy> policies; // by start of cover
    QDate printedOn;
    // False when the child's and guardians' ID and phone numbers are masked.
    bool wholeNumbers = false;

    int ageInMonths() const;
    // Where she stands on the day the card is printed, as the Children page says it.
    ChildStanding standing() const;

    // The card as the actor may print it on `day`: ID and phone numbers masked without
    // Permission::ViewFullIdentity, as the roster export does; when they are whole, the audit trail records that
    // they were printed, as a reveal on the Children page is recorded. Needs Permission::ViewRoster.
    static Result<ChildRecordCard> forPrinting(Database& db, qint64 childId, QDate day);
};
