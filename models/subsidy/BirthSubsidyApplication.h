#pragma once

#include "common/IdNumber.h"
#include "common/Money.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

class Database;

// What the printed birth-subsidy application sheet (生育补贴申请表) holds for one child: the family takes it to the
// health commission with their own papers. ID and phone numbers are masked unless the actor may see them whole.
struct BirthSubsidyApplication
{
    Q_DECLARE_TR_FUNCTIONS(BirthSubsidyApplication)

public:
    struct GuardianLine
    {
        QString name;
        QString relation;
        QString phone;
    };

    QString institution;
    QString institutionCreditCode;
    QString childName;
    Gender gender = Gender::Unknown;
    QDate birthDate;
    QString idNumber;
    int birthOrder = 2;
    QList<GuardianLine> guardians; // guardians only, not other pick-up adults; the primary first
    Money amount;
    QDate appliedOn; // invalid: not applied yet

    // Needs Permission::ManageClaims; refused for a first child, who has no birth subsidy.
    static Result<BirthSubsidyApplication> load(Database& db, qint64 childId);
};
