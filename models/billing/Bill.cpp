#include "Bill.h"

#include "common/EnumNames.h"

using namespace Qt::StringLiterals;

Money Bill::total() const
{
    Money sum;
    for (const BillLine& line : lines)
        sum += line.amount;
    return sum;
}

namespace {

const QList<EnumName<BillLine::Kind>>& kindNames()
{
    using K = BillLine::Kind;
    static const QList<EnumName<K>> names = {
        {K::CareFee, u"care_fee"_s, u"保育费"_s},
        {K::InclusiveReduction, u"inclusive_reduction"_s, u"普惠减免"_s},
        {K::AbsenceRefund, u"absence_refund"_s, u"缺勤退费"_s},
        {K::Meals, u"meals"_s, u"伙食费"_s},
        {K::HourlyCare, u"hourly_care"_s, u"计时托费"_s},
        {K::HomeCare, u"home_care"_s, u"上门托费"_s},
        {K::OtherItem, u"other_item"_s, u"代收费"_s},
    };
    return names;
}

} // namespace

QList<BillLine::Kind> BillLines::kinds()
{
    QList<BillLine::Kind> all;
    for (const EnumName<BillLine::Kind>& n : kindNames())
        all << n.value;
    return all;
}

QString BillLines::key(BillLine::Kind kind)
{
    return enumKey(kindNames(), kind);
}

std::optional<BillLine::Kind> BillLines::fromKey(const QString& key)
{
    return enumFromKey(kindNames(), key);
}

QString BillLines::chineseName(BillLine::Kind kind)
{
    return enumChinese(kindNames(), kind);
}

QString BillLines::label(BillLine::Kind kind)
{
    switch (kind) {
    case BillLine::Kind::CareFee:
        return tr("Care fee");
    case BillLine::Kind::InclusiveReduction:
        return tr("Inclusive reduction");
    case BillLine::Kind::AbsenceRefund:
        return tr("Absence refund");
    case BillLine::Kind::Meals:
        return tr("Meals");
    case BillLine::Kind::HourlyCare:
        return tr("Hourly care");
    case BillLine::Kind::HomeCare:
        return tr("Home care");
    case BillLine::Kind::OtherItem:
        return tr("Collected item");
    }
    return {};
}
