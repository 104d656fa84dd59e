#include "ClaimLine.h"

#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

namespace {

const QList<EnumName<ClaimReason>>& reasonNames()
{
    using R = ClaimReason;
    static const QList<EnumName<R>> names = {
        {R::None, u""_s, u""_s},
        {R::NotInclusive, u"not_inclusive"_s, u"非普惠"_s},
        {R::TooOld, u"too_old"_s, u"超龄"_s},
        {R::NoIdNumber, u"no_id_number"_s, u"无身份证号"_s},
        {R::NotDayCare, u"not_day_care"_s, u"计时托或上门托"_s},
        {R::TooFewDays, u"too_few_days"_s, u"出勤不足"_s},
        {R::YearCapReached, u"year_cap_reached"_s, u"已达年度上限"_s},
        {R::OverPlaces, u"over_places"_s, u"超出普惠托位"_s},
    };
    return names;
}

} // namespace

ClaimTotals ClaimTotals::of(const QList<ClaimLine>& lines)
{
    ClaimTotals totals;
    totals.children = int(lines.size());
    for (const ClaimLine& l : lines) {
        totals.claimable += l.claimable() ? 1 : 0;
        totals.amount += l.amount();
    }
    return totals;
}

QString ClaimReasons::key(ClaimReason reason)
{
    return enumKey(reasonNames(), reason);
}

std::optional<ClaimReason> ClaimReasons::fromKey(const QString& key)
{
    return enumFromKey(reasonNames(), key);
}

QString ClaimReasons::chinese(const ClaimLine& line)
{
    switch (line.reason) {
    case ClaimReason::None:
        return {};
    case ClaimReason::NotInclusive:
        return u"机构当月未获普惠认定"_s;
    case ClaimReason::TooOld:
        return u"当月1日已满%1个月"_s.arg(line.ageMonths);
    case ClaimReason::NoIdNumber:
        return u"无身份证号"_s;
    case ClaimReason::NotDayCare:
        return u"计时托或上门托，不予申报"_s;
    case ClaimReason::TooFewDays:
        return u"出勤%1天，应出勤%2天，需至少%3天"_s.arg(line.attendedDays).arg(line.careDays).arg(line.neededDays);
    case ClaimReason::YearCapReached:
        return u"本年已申报%1个月，已达上限"_s.arg(line.claimedMonths);
    case ClaimReason::OverPlaces:
        return u"超出核定普惠托位"_s;
    }
    return {};
}

QString ClaimReasons::describe(const ClaimLine& line)
{
    switch (line.reason) {
    case ClaimReason::None:
        return {};
    case ClaimReason::NotInclusive:
        return tr("The institution's inclusive recognition does not cover the month.");
    case ClaimReason::TooOld:
        return tr("%n month(s) old on the 1st of the month: past the subsidy age.", nullptr, line.ageMonths);
    case ClaimReason::NoIdNumber:
        return tr("No ID number.");
    case ClaimReason::NotDayCare:
        return tr("In hourly or home care, which is not claimed.");
    case ClaimReason::TooFewDays:
        return tr("Attended %1 of %2 care days; needs %3.")
            .arg(line.attendedDays)
            .arg(line.careDays)
            .arg(line.neededDays);
    case ClaimReason::YearCapReached:
        return tr("Already claimed for %n month(s) this year: the yearly limit.", nullptr, line.claimedMonths);
    case ClaimReason::OverPlaces:
        return tr("Over the approved inclusive places.");
    }
    return {};
}
