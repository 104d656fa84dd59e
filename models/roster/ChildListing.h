#pragma once

#include "RosterTypes.h"
#include "access/Actor.h"
#include "common/IdNumber.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// Where a child stands on a day.
enum class ChildStanding
{
    Enrolled, // in care, or enrolled from a later day
    Withdrawn,
    Waiting
};

// One line of the Children page: the child, her class and care type on a day, and her first guardian.
struct ChildListEntry
{
    qint64 id = 0;
    QString name;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString idNumber;
    // 孩次: 1 for a first child.
    int birthOrder = 1;
    qint64 classId = 0;
    QString className;
    std::optional<CareType> careType;
    QString guardianName;
    QString guardianPhone;
    // Every guardian's and pick-up adult's name and phone, for the search.
    QStringList guardianNames;
    QStringList guardianPhones;
    QDate enrolledOn;
    QDate withdrawnOn;
    QDate appliedOn;
    QString wantedMonth;
    bool consentRecorded = false;

    ChildStanding standing(QDate day) const;
    // The standing's key for files: "waiting", "enrolled" or "withdrawn".
    QString status(QDate day) const;
};

// Reads the roster for lists, in one query, and shows identity numbers whole only to those who may see them,
// recording each such look in the audit trail (PIPL: children's data is sensitive).
class ChildListing
{
    Q_DECLARE_TR_FUNCTIONS(ChildListing)

public:
    // Every child with the class and care type in force on `day`; for a child who has left, her last ones; for a
    // child who starts later, her first ones.
    static Result<QList<ChildListEntry>> load(Database& db, QDate day);
    // The entry as the actor may see it in a list or a file: ID and phone numbers masked without ViewFullIdentity.
    static ChildListEntry forActor(const Actor& actor, ChildListEntry entry);
    // Needs ViewFullIdentity; records that the actor saw the child's whole ID and phone numbers.
    static Status reveal(Database& db, const ChildListEntry& child);
};
