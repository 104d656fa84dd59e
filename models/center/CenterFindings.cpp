#include "CenterFindings.h"

#include "CenterFigures.h"
#include "CenterRegistry.h"
#include "common/EnumNames.h"
#include "common/Money.h"
#include "common/PolicyKey.h"
#include "store/Database.h"
#include "store/PolicyRepository.h"
#include "store/Sql.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

struct Claim
{
    QString idNumber;
    QString childName;
    FindingSide side;
};

// Every child claimed in the current reports of the months from first to last, by ID number then month.
Result<QList<Claim>> claims(const QSqlDatabase& db, Month first, Month last)
{
    using R = Result<QList<Claim>>;
    QSqlQuery query(db);
    query.prepare(u"SELECT c.id_number, c.name, c.class_name, c.amount_fen, l.credit_code, l.name, l.county, r.month "
                  "FROM center_claimed_children c JOIN center_report_lines l ON l.id = c.line_id "
                  "JOIN center_current_reports r ON r.id = l.report_id WHERE r.month BETWEEN ? AND ? "
                  "ORDER BY c.id_number, r.month, l.credit_code"_s);
    if (Status s = Sql::exec(query, {first.toString(), last.toString()}); !s)
        return R::failure(s.error());
    QList<Claim> list;
    while (query.next())
        list.append({query.value(0).toString(), query.value(1).toString(),
                     FindingSide {query.value(4).toString(), query.value(5).toString(), query.value(6).toString(),
                                  Month::parse(query.value(7).toString()).value_or(Month()), query.value(2).toString(),
                                  query.value(3).toLongLong()}});
    return list;
}

// The children claimed by more than one institution in the month, and those claimed in more months of the year
// than the cap; claims are ordered by ID number, so each child's claims are together.
void childFindings(const QList<Claim>& yearClaims, Month month, qint64 cap, QList<CenterFinding>& same,
                   QList<CenterFinding>& overCap)
{
    for (qsizetype from = 0; from < yearClaims.size();) {
        qsizetype to = from;
        while (to < yearClaims.size() && yearClaims.at(to).idNumber == yearClaims.at(from).idNumber)
            ++to;
        QList<FindingSide> thisMonth;
        QList<FindingSide> all;
        QSet<QString> institutionsThisMonth;
        QSet<QString> months;
        for (qsizetype i = from; i < to; ++i) {
            const FindingSide& side = yearClaims.at(i).side;
            all.append(side);
            months.insert(side.month.toString());
            if (side.month == month) {
                thisMonth.append(side);
                institutionsThisMonth.insert(side.creditCode);
            }
        }
        const Claim& child = yearClaims.at(from);
        if (institutionsThisMonth.size() > 1)
            same.append({CenterFinding::Kind::SameChildTwice, child.idNumber, child.childName,
                         institutionsThisMonth.size(), 1, thisMonth});
        // Found in the month that goes over the cap and in every later month claimed.
        if (!thisMonth.isEmpty() && months.size() > cap)
            overCap.append(
                {CenterFinding::Kind::OverYearCap, child.idNumber, child.childName, months.size(), cap, all});
        from = to;
    }
}

Result<QList<CenterFinding>> overPlaces(const QSqlDatabase& db, Month month)
{
    using R = Result<QList<CenterFinding>>;
    QSqlQuery query(db);
    query.prepare(u"SELECT l.credit_code, l.name, l.county, l.figures FROM center_report_lines l "
                  "JOIN center_current_reports r ON r.id = l.report_id WHERE r.month = ? AND l.status = 'reported' "
                  "ORDER BY l.credit_code"_s);
    if (Status s = Sql::exec(query, {month.toString()}); !s)
        return R::failure(s.error());
    QList<CenterFinding> list;
    while (query.next()) {
        const CenterFigures f
            = CenterFigures::fromJson(QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
        if (f.subsidyChildMonths <= f.inclusivePlaces)
            continue;
        list.append({CenterFinding::Kind::OverInclusivePlaces,
                     QString(),
                     QString(),
                     f.subsidyChildMonths,
                     f.inclusivePlaces,
                     {FindingSide {query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                                   month, QString(), f.subsidyFen}}});
    }
    return list;
}

const QList<EnumName<CenterFinding::Kind>>& kindNames()
{
    using K = CenterFinding::Kind;
    static const QList<EnumName<K>> names = {
        {K::SameChildTwice, u"same_child_twice"_s, u"同一幼儿多处申报"_s},
        {K::OverYearCap, u"over_year_cap"_s, u"年度申报月数超限"_s},
        {K::OverInclusivePlaces, u"over_inclusive_places"_s, u"申报人数超过普惠托位"_s},
    };
    return names;
}

} // namespace

Result<QList<CenterFinding>> CenterFindings::find(Database& db, Month month)
{
    using R = Result<QList<CenterFinding>>;
    if (Status allowed = CenterRegistry::requireCenter(db); !allowed)
        return R::failure(allowed.error());
    const Result<PolicyParameters> policy = PolicyRepository(db).load();
    if (!policy)
        return R::failure(policy.error());
    const qint64 cap = policy->valueOr(PolicyKey::SubsidyMaxClaimMonthsPerYear, month, 10);
    const Result<QList<Claim>> yearClaims = claims(db.connection(), Month(month.year(), 1), month);
    if (!yearClaims)
        return R::failure(yearClaims.error());
    QList<CenterFinding> found;
    QList<CenterFinding> overCap;
    childFindings(yearClaims.value(), month, cap, found, overCap);
    found.append(overCap);
    const Result<QList<CenterFinding>> places = overPlaces(db.connection(), month);
    if (!places)
        return R::failure(places.error());
    found.append(places.value());
    return found;
}

QString CenterFindings::kindKey(CenterFinding::Kind kind)
{
    return enumKey(kindNames(), kind);
}

std::optional<CenterFinding::Kind> CenterFindings::kindFromKey(const QString& key)
{
    return enumFromKey(kindNames(), key);
}

QString CenterFindings::kindChineseName(CenterFinding::Kind kind)
{
    return enumChinese(kindNames(), kind);
}

QString CenterFindings::kindLabel(CenterFinding::Kind kind)
{
    switch (kind) {
    case CenterFinding::Kind::SameChildTwice:
        return tr("Claimed by more than one institution");
    case CenterFinding::Kind::OverYearCap:
        return tr("Over the year's months");
    case CenterFinding::Kind::OverInclusivePlaces:
        return tr("More claimed than inclusive places");
    }
    return {};
}

QString CenterFindings::describe(const CenterFinding& finding)
{
    QStringList sides;
    for (const FindingSide& side : finding.sides) {
        switch (finding.kind) {
        case CenterFinding::Kind::SameChildTwice:
            sides << tr("%1 (%2, %3)").arg(side.institution, side.className, Money::fromFen(side.amountFen).toString());
            break;
        case CenterFinding::Kind::OverYearCap:
            sides << tr("%1 by %2").arg(side.month.toString(), side.institution);
            break;
        case CenterFinding::Kind::OverInclusivePlaces:
            break;
        }
    }
    switch (finding.kind) {
    case CenterFinding::Kind::SameChildTwice:
        return tr("%1 (%2) is claimed for %3 by %4 institutions: %5.")
            .arg(finding.childName, finding.idNumber, finding.sides.value(0).month.toString())
            .arg(finding.count)
            .arg(sides.join(tr("; ")));
    case CenterFinding::Kind::OverYearCap:
        return tr("%1 (%2) is claimed in %3 months of %4, more than the %5 allowed: %6.")
            .arg(finding.childName, finding.idNumber)
            .arg(finding.count)
            .arg(finding.sides.value(0).month.year())
            .arg(finding.limit)
            .arg(sides.join(tr("; ")));
    case CenterFinding::Kind::OverInclusivePlaces: {
        const FindingSide side = finding.sides.value(0);
        return tr("%1 (%2) claims %3 children for %4 but has %5 approved inclusive places.")
            .arg(side.institution, side.creditCode)
            .arg(finding.count)
            .arg(side.month.toString())
            .arg(finding.limit);
    }
    }
    return {};
}

QJsonObject CenterFindings::toJson(const CenterFinding& finding)
{
    QJsonArray sides;
    for (const FindingSide& side : finding.sides)
        sides.append(QJsonObject {{u"credit_code"_s, side.creditCode},
                                  {u"institution"_s, side.institution},
                                  {u"county"_s, side.county},
                                  {u"month"_s, side.month.toString()},
                                  {u"class"_s, side.className},
                                  {u"amount_fen"_s, side.amountFen}});
    return {{u"kind"_s, kindKey(finding.kind)},   {u"id_number"_s, finding.idNumber},
            {u"child_name"_s, finding.childName}, {u"count"_s, finding.count},
            {u"limit"_s, finding.limit},          {u"sides"_s, sides}};
}
