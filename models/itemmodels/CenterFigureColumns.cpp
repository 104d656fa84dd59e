#include "CenterFigureColumns.h"

#include "ItemRoles.h"
#include "common/Money.h"

#include <QLocale>
#include <optional>

QString CenterFigureColumns::header(int column)
{
    switch (column) {
    case Places:
        return tr("Places");
    case Enrolled:
        return tr("Enrolled");
    case PlaceUse:
        return tr("Place use");
    case Attendance:
        return tr("Attendance");
    case Certified:
        return tr("Certified caregivers");
    case SubsidyChildMonths:
        return tr("Subsidy child-months");
    case Subsidy:
        return tr("Subsidy claimed");
    case ChildrenVisited:
        return tr("Children visited at home");
    case Visits:
        return tr("Home visits");
    case Referrals:
        return tr("Referrals");
    case ChildrenReached:
        return tr("Children reached (in care + visited)");
    }
    return {};
}

bool CenterFigureColumns::isOutreach(int column)
{
    return column >= ChildrenVisited && column <= ChildrenReached;
}

namespace {

std::optional<Ratio> ratioOf(const CenterFigures& figures, int column)
{
    switch (column) {
    case CenterFigureColumns::PlaceUse:
        return figures.placeUse();
    case CenterFigureColumns::Attendance:
        return figures.attendance();
    case CenterFigureColumns::Certified:
        return figures.certified();
    }
    return std::nullopt;
}

std::optional<qint64> countOf(const CenterFigures& figures, int column)
{
    switch (column) {
    case CenterFigureColumns::ChildrenVisited:
        return figures.outreachChildren;
    case CenterFigureColumns::Visits:
        return figures.outreachVisits;
    case CenterFigureColumns::Referrals:
        return figures.outreachReferrals;
    case CenterFigureColumns::ChildrenReached:
        return figures.childrenReached();
    }
    return std::nullopt;
}

} // namespace

QVariant CenterFigureColumns::data(const CenterFigures& figures, int column, int role)
{
    const std::optional<Ratio> ratio = ratioOf(figures, column);
    if (role == ItemRoles::Raw) {
        if (ratio)
            return ratio->denominator > 0 ? QVariant(ratio->permille()) : QVariant();
        switch (column) {
        case Places:
            return figures.places;
        case Enrolled:
            return figures.enrolled;
        case SubsidyChildMonths:
            return figures.subsidyChildMonths;
        case Subsidy:
            return figures.subsidyFen;
        }
        if (const std::optional<qint64> count = countOf(figures, column))
            return *count;
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    if (ratio)
        return ratio->percentText();
    switch (column) {
    case Places:
        return QLocale().toString(figures.places);
    case Enrolled:
        return QLocale().toString(figures.enrolled);
    case SubsidyChildMonths:
        return QLocale().toString(figures.subsidyChildMonths);
    case Subsidy:
        return Money::fromFen(figures.subsidyFen).toStringWithSymbol();
    }
    if (const std::optional<qint64> count = countOf(figures, column))
        return QLocale().toString(*count);
    return {};
}

QString CenterFigureColumns::toolTip(const CenterFigures& figures, int column)
{
    const std::optional<Ratio> ratio = ratioOf(figures, column);
    return ratio ? ratio->text() : QString();
}
