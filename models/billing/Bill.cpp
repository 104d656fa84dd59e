#include "Bill.h"

using namespace Qt::StringLiterals;

Money Bill::total() const
{
    Money sum;
    for (const BillLine& line : lines)
        sum += line.amount;
    return sum;
}

QString BillLines::chineseName(BillLine::Kind kind)
{
    switch (kind) {
    case BillLine::Kind::CareFee:
        return u"保育费"_s;
    case BillLine::Kind::InclusiveReduction:
        return u"普惠减免"_s;
    case BillLine::Kind::AbsenceRefund:
        return u"缺勤退费"_s;
    case BillLine::Kind::Meals:
        return u"伙食费"_s;
    case BillLine::Kind::HourlyCare:
        return u"计时托费"_s;
    case BillLine::Kind::HomeCare:
        return u"上门托费"_s;
    case BillLine::Kind::OtherItem:
        return u"代收费"_s;
    }
    return {};
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
