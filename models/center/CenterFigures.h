#pragma once

#include "common/Ratio.h"

#include <QJsonObject>

// The figures a center adds up over its institutions for one month, each a whole number taken from a report
// (REPORT_FORMAT.md). Rates are kept as their numerators and denominators and divided only when shown, so a total
// over institutions is exact (domain.md §9: never average percentages).
struct CenterFigures
{
    qint64 institutions = 0; // the institutions counted
    qint64 reported = 0; // of those, the ones whose report is in
    qint64 places = 0;
    qint64 inclusivePlaces = 0;
    qint64 enrolled = 0;
    qint64 newEnrolments = 0;
    qint64 leavers = 0;
    qint64 expected = 0; // child-days of attendance expected
    qint64 present = 0;
    qint64 sickDays = 0;
    qint64 staffInPost = 0;
    qint64 caregivers = 0;
    qint64 caregiversCertified = 0;
    qint64 billedFen = 0;
    qint64 reductionsFen = 0;
    qint64 collectedFen = 0;
    qint64 outstandingFen = 0;
    qint64 subsidyChildMonths = 0;
    qint64 subsidyFen = 0;
    qint64 birthEligible = 0;
    qint64 birthApplicants = 0;
    // From the rural home-visit teams' months: households and children (under three, not in care) reached, visits
    // made, visits that referred a child, and left-behind children reached.
    qint64 outreachHouseholds = 0;
    qint64 outreachChildren = 0;
    qint64 outreachVisits = 0;
    qint64 outreachReferrals = 0;
    qint64 outreachLeftBehind = 0;

    Ratio placeUse() const { return {enrolled, places}; } // 托位使用率
    Ratio attendance() const { return {present, expected}; } // 出勤率
    Ratio certified() const { return {caregiversCertified, caregivers}; } // 持证上岗率
    // The children under three the county's services reach: in care, plus seen at home by a team.
    qint64 childrenReached() const { return enrolled + outreachChildren; }

    void add(const CenterFigures& other);

    // One reported institution's figures from its report's institution and figures blocks.
    static CenterFigures fromReport(const QJsonObject& institution, const QJsonObject& figures);
    // One outreach team's month from its file's summary block.
    static CenterFigures fromOutreach(const QJsonObject& summary);
    // Either of the two, by the institution's type: what a roll-up lists for a provider or a team.
    static CenterFigures fromSender(const QJsonObject& institution, const QJsonObject& figures);
    // The stable keys of the command line and the roll-up file; rates as {numerator, denominator}.
    QJsonObject toJson() const;
    // Reads back what toJson wrote; a missing number is 0.
    static CenterFigures fromJson(const QJsonObject& json);

    bool operator==(const CenterFigures&) const = default;
};
