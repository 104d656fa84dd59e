#include "VisitTableModel.h"

#include "ItemRoles.h"
#include "outreach/VisitTerms.h"

using namespace Qt::StringLiterals;

namespace {

// A measurement as shown, with its unit; empty when it was not taken.
QString measured(const std::optional<int>& value, bool grams)
{
    if (!value)
        return {};
    return grams ? VisitTerms::tr("%1 kg").arg(VisitTerms::kilograms(*value))
                 : VisitTerms::tr("%1 cm").arg(VisitTerms::centimetres(*value));
}

} // namespace

VisitTableModel::VisitTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void VisitTableModel::setVisits(QList<Visit> visits, QHash<qint64, QString> childNames)
{
    beginResetModel();
    m_visits = std::move(visits);
    m_childNames = std::move(childNames);
    endResetModel();
}

const Visit* VisitTableModel::visitAt(int row) const
{
    return row >= 0 && row < m_visits.size() ? &m_visits.at(row) : nullptr;
}

QString VisitTableModel::childName(const Visit& visit) const
{
    return m_childNames.value(visit.childId);
}

int VisitTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_visits.size());
}

int VisitTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant VisitTableModel::data(const QModelIndex& index, int role) const
{
    const Visit* v = index.isValid() ? visitAt(index.row()) : nullptr;
    if (!v)
        return {};
    const Measurements& m = v->measurements;
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case DateColumn:
            return v->visitedOn;
        case WeightColumn:
            return m.weightGrams ? QVariant(*m.weightGrams) : QVariant();
        case LengthColumn:
            return m.lengthMm ? QVariant(*m.lengthMm) : QVariant();
        case HeadColumn:
            return m.headMm ? QVariant(*m.headMm) : QVariant();
        case ReferralColumn:
            return VisitTerms::referralKey(v->referral);
        case NextColumn:
            return v->nextVisitOn;
        }
        return data(index, Qt::DisplayRole);
    }
    if (role == Qt::TextAlignmentRole && index.column() >= WeightColumn && index.column() <= HeadColumn)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == ReferralColumn && v->referral != Referral::None)
        return v->referralReason;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case DateColumn:
        return v->visitedOn.toString(Qt::ISODate);
    case ChildColumn:
        return childName(*v);
    case VisitorsColumn:
        return v->visitors.join(u"、"_s);
    case TopicsColumn: {
        QStringList topics;
        for (VisitTopic topic : v->topics)
            topics << VisitTerms::topicLabel(topic);
        return topics.join(u"、"_s);
    }
    case WeightColumn:
        return measured(m.weightGrams, true);
    case LengthColumn:
        return measured(m.lengthMm, false);
    case HeadColumn:
        return measured(m.headMm, false);
    case ReferralColumn:
        return v->referral == Referral::None ? QString() : VisitTerms::referralLabel(v->referral);
    case NextColumn:
        return v->nextVisitOn.toString(Qt::ISODate);
    }
    return {};
}

QVariant VisitTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Visited on");
    case ChildColumn:
        return tr("Child");
    case VisitorsColumn:
        return tr("Visitors");
    case TopicsColumn:
        return tr("Topics");
    case WeightColumn:
        return tr("Weight");
    case LengthColumn:
        return tr("Length / height");
    case HeadColumn:
        return tr("Head");
    case ReferralColumn:
        return tr("Referral");
    case NextColumn:
        return tr("Next visit");
    }
    return {};
}
