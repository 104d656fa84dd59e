#include "ReportSummary.h"

#include "common/Money.h"
#include "common/Ratio.h"

#include <QJsonValue>

using namespace Qt::StringLiterals;

namespace {

// The value at a path of members ("fees/billed_fen"); undefined when any step is missing.
QJsonValue at(const QJsonObject& object, const QString& path)
{
    QJsonValue value = object;
    for (const QString& member : path.split(u'/'))
        value = value.toObject().value(member);
    return value;
}

} // namespace

QList<ReportSummary::Line> ReportSummary::lines(const QJsonObject& payload)
{
    QList<Line> lines;
    const QJsonObject figures = payload.value(u"figures"_s).toObject();
    auto text = [&](const QString& label, const QJsonValue& value) {
        if (value.isString())
            lines.append({label, value.toString()});
    };
    auto count = [&](const QString& label, const QString& path) {
        if (const QJsonValue value = at(figures, path); value.isDouble())
            lines.append({label, QString::number(value.toInteger())});
    };
    auto money = [&](const QString& label, const QString& path) {
        if (const QJsonValue value = at(figures, path); value.isDouble())
            lines.append({label, Money::fromFen(value.toInteger()).toString()});
    };
    auto ratio = [&](const QString& label, const QString& path) {
        const QJsonValue value = at(figures, path);
        if (value.isObject())
            lines.append({label,
                          Ratio {at(value.toObject(), u"numerator"_s).toInteger(),
                                 at(value.toObject(), u"denominator"_s).toInteger()}
                              .text()});
    };

    const QJsonObject institution = payload.value(u"institution"_s).toObject();
    if (institution.contains(u"name"_s) || payload.contains(u"credit_code"_s))
        lines.append(
            {tr("Institution"),
             tr("%1 (%2)").arg(institution.value(u"name"_s).toString(), payload.value(u"credit_code"_s).toString())});
    text(tr("Month"), payload.value(u"month"_s));
    if (payload.value(u"revision"_s).isDouble())
        lines.append({tr("Revision"), QString::number(payload.value(u"revision"_s).toInteger())});
    text(tr("Made at"), payload.value(u"generated_at"_s));
    ratio(tr("Places used (托位使用率)"), u"children/place_use"_s);
    ratio(tr("Attendance (出勤率)"), u"attendance/rate"_s);
    count(tr("Sick days"), u"attendance/sick_days"_s);
    ratio(tr("Certified caregivers (持证上岗率)"), u"staff/certified_rate"_s);
    money(tr("Fees billed"), u"fees/billed_fen"_s);
    money(tr("Fees collected"), u"fees/collected_fen"_s);
    money(tr("Fees outstanding"), u"fees/outstanding_fen"_s);
    count(tr("Operating subsidy: child-months"), u"operating_subsidy/child_months"_s);
    money(tr("Operating subsidy: amount"), u"operating_subsidy/amount_fen"_s);
    return lines;
}
