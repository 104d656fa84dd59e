#include "BillCalculator.h"

#include "common/PolicyKey.h"

using namespace Qt::StringLiterals;

namespace {

// The care days billed at one monthly price, kept in hundredths of a fen so that the half-day percentage is
// applied in the same single rounding as the proration.
struct PriceGroup
{
    qint64 centiFen = 0;
    int percent = 100;
    Money listPrice;
    QStringList subjects;
    int days = 0;
};

QString dayCount(int days, int careDays)
{
    return u"%1/%2"_s.arg(days).arg(careDays);
}

} // namespace

Money BillCalculator::listPrice(ClassType type, const PolicyParameters& policy, Month month)
{
    QString key;
    switch (type) {
    case ClassType::Infant:
        key = PolicyKey::ListPriceInfant;
        break;
    case ClassType::YoungToddler:
        key = PolicyKey::ListPriceYoung;
        break;
    case ClassType::OlderToddler:
        key = PolicyKey::ListPriceOlder;
        break;
    case ClassType::Mixed:
        key = PolicyKey::ListPriceMixed;
        break;
    case ClassType::FamilyPoint:
        key = PolicyKey::ListPriceFamily;
        break;
    }
    return Money::fromFen(policy.valueOr(key, month, 0));
}

Bill BillCalculator::compute(const BillFacts& facts, const PolicyParameters& policy)
{
    const Month month = facts.month;
    const int careDays = facts.careDays;
    const auto param = [&](const QString& key) { return policy.valueOr(key, month, 0); };
    Bill bill {month, {}};
    if (careDays <= 0)
        return bill;

    QList<PriceGroup> groups; // in the order of the days given
    int enrolled = 0, present = 0, hourlyHours = 0, homeHours = 0;
    for (const BilledDay& d : facts.days) {
        if (d.careType == CareType::Hourly || d.careType == CareType::Home) {
            (d.careType == CareType::Hourly ? hourlyHours : homeHours) += d.present ? d.hours : 0;
            continue;
        }
        ++enrolled;
        present += d.present ? 1 : 0;
        const Money list = listPrice(d.classType, policy, month);
        const int percent = d.careType == CareType::FullDay ? 100 : int(param(PolicyKey::HalfDayPercent));
        const qint64 centiFen = list.fen() * percent;
        auto group = std::find_if(groups.begin(), groups.end(),
                                  [centiFen](const PriceGroup& g) { return g.centiFen == centiFen; });
        if (group == groups.end())
            group = groups.insert(groups.end(), PriceGroup {centiFen, percent, list, {}, 0});
        const QString subject = RosterTypes::chineseName(d.classType) + u' ' + RosterTypes::chineseName(d.careType);
        if (!group->subjects.contains(subject))
            group->subjects << subject;
        ++group->days;
    }

    Money care;
    for (const PriceGroup& g : std::as_const(groups)) {
        const Money amount = Money::prorate(Money::fromFen(g.centiFen), g.days, 100 * qint64(careDays));
        const QString basis = g.percent == 100
            ? u"%1 × %2"_s.arg(g.listPrice.toString(), dayCount(g.days, careDays))
            : u"%1 × %2% × %3"_s.arg(g.listPrice.toString()).arg(g.percent).arg(dayCount(g.days, careDays));
        bill.lines << BillLine {BillLine::Kind::CareFee, amount, g.subjects.join(u'、'), basis};
        care += amount;
    }

    Money net = care;
    if (facts.inclusive && enrolled > 0) {
        const Money reduction = Money::fromFen(param(PolicyKey::InclusiveReduction));
        // The net care fee never goes below 0.
        const Money amount = std::min(Money::prorate(reduction, enrolled, careDays), care);
        bill.lines << BillLine {BillLine::Kind::InclusiveReduction,
                                -amount,
                                {},
                                u"%1 × %2"_s.arg(reduction.toString(), dayCount(enrolled, careDays))};
        net -= amount;
    }

    if (enrolled > 0 && net > Money()) {
        const qint64 percent = present == 0 ? param(PolicyKey::RefundAbsentMonthPercent)
            : 2 * present <= enrolled       ? param(PolicyKey::RefundHalfOrLessPercent)
                                            : 0;
        if (percent > 0)
            bill.lines << BillLine {BillLine::Kind::AbsenceRefund,
                                    -Money::percentOf(net, percent),
                                    {},
                                    u"%1% × %2"_s.arg(percent).arg(net.toString())};
    }

    if (present > 0) {
        const Money meal = Money::fromFen(param(PolicyKey::MealDailyRate));
        bill.lines << BillLine {BillLine::Kind::Meals,
                                Money::fromFen(meal.fen() * present),
                                {},
                                u"%1 × %2"_s.arg(meal.toString()).arg(present)};
    }
    const auto hourLine = [&](BillLine::Kind kind, const QString& key, int hours) {
        if (hours <= 0)
            return;
        const Money rate = Money::fromFen(param(key));
        bill.lines << BillLine {
            kind, Money::fromFen(rate.fen() * hours), {}, u"%1 × %2 h"_s.arg(rate.toString()).arg(hours)};
    };
    hourLine(BillLine::Kind::HourlyCare, PolicyKey::HourlyRate, hourlyHours);
    hourLine(BillLine::Kind::HomeCare, PolicyKey::HomeCareHourlyRate, homeHours);

    for (const OtherCharge& o : facts.others)
        bill.lines << BillLine {BillLine::Kind::OtherItem, o.amount, o.name, {}};
    return bill;
}
