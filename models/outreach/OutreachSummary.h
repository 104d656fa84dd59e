#pragma once

#include "common/Month.h"
#include "common/Result.h"
#include "roster/AgeBands.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <array>

class Database;

// What a team did in a month, counted once each: households and children seen (children by their age band on the
// day of their first visit of the month), visits made, children referred, and left-behind children seen.
struct OutreachCounts
{
    int households = 0;
    int children = 0;
    std::array<int, AgeBands::Count> childrenByAge {};
    int visits = 0;
    int referrals = 0; // visits that referred the child somewhere
    int leftBehindChildren = 0;

    QJsonObject toJson() const;
    bool operator==(const OutreachCounts&) const = default;
};

struct OutreachGroup
{
    QString key; // a member's user name, or a village
    OutreachCounts counts;
};

// The team's monthly summary: the totals, by member (a visit made by two counts for both) and by village.
struct OutreachSummary
{
    Q_DECLARE_TR_FUNCTIONS(OutreachSummary)

public:
    Month month;
    OutreachCounts total;
    QList<OutreachGroup> byMember; // by user name
    QList<OutreachGroup> byVillage; // by village

    static Result<OutreachSummary> build(Database& db, Month month);
    // The stable form of `outreach summary --json` and of the exported file's summary.
    QJsonObject toJson() const;
};
