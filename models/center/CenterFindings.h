#pragma once

#include "common/Month.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <optional>

class Database;

// One institution's part in a finding.
struct FindingSide
{
    QString creditCode;
    QString institution;
    QString county;
    Month month;
    QString className; // where the child was claimed; empty for a finding about places
    qint64 amountFen = 0; // the subsidy claimed there
};

// Something only a center can see, because it needs more than one institution's reports.
struct CenterFinding
{
    enum class Kind
    {
        SameChildTwice, // one ID number claimed for the operating subsidy by two institutions in the month
        OverYearCap, // a child claimed in more months of the year than the policy allows, across institutions
        OverInclusivePlaces, // an institution claims more children than its approved inclusive places
    };
    Kind kind = Kind::SameChildTwice;
    QString idNumber; // whole: only a center officer sees findings
    QString childName;
    qint64 count = 0; // institutions, months or children claimed
    qint64 limit = 0; // what is allowed: 1 institution, the year's months, the approved places
    QList<FindingSide> sides; // every institution (and month) involved
};

// The cross-institution checks of a month over the current reports (and, for the year's cap, every month of the
// year up to it). Needs Permission::ManageCenter.
class CenterFindings
{
    Q_DECLARE_TR_FUNCTIONS(CenterFindings)

public:
    // Same child first, then the year's cap, then places; each by ID number or institution.
    static Result<QList<CenterFinding>> find(Database& db, Month month);

    static QString kindKey(CenterFinding::Kind kind);
    static std::optional<CenterFinding::Kind> kindFromKey(const QString& key);
    static QString kindLabel(CenterFinding::Kind kind);
    // 同一幼儿多处申报, …: for the roll-up workbook, in Chinese whatever the interface language.
    static QString kindChineseName(CenterFinding::Kind kind);
    // One sentence naming both sides: "110… claimed by A (托小一班) and B (乳儿班)".
    static QString describe(const CenterFinding& finding);
    static QJsonObject toJson(const CenterFinding& finding);
};
