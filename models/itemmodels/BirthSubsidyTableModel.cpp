#include "BirthSubsidyTableModel.h"

#include "ItemRoles.h"
#include "common/IdNumber.h"

#include <QLocale>

BirthSubsidyTableModel::BirthSubsidyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void BirthSubsidyTableModel::setEntries(QList<BirthSubsidyEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int BirthSubsidyTableModel::rowOf(qint64 childId) const
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).childId == childId)
            return row;
    return -1;
}

int BirthSubsidyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int BirthSubsidyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant BirthSubsidyTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BirthSubsidyEntry& e = entry(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == AmountColumn || index.column() == BirthOrderColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    const bool raw = role == ItemRoles::Raw;
    // A first child, listed for the 育儿补贴 only, has nothing to show about the birth subsidy.
    if (e.birthOrder < 2 && !raw && index.column() >= AmountColumn && index.column() <= GrantedColumn)
        return QString();
    const auto date = [raw](QDate d) {
        return raw ? QVariant(d) : QVariant(d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : QString());
    };
    switch (index.column()) {
    case ChildColumn:
        return e.name;
    case IdNumberColumn:
        return IdNumber::mask(e.idNumber);
    case BirthDateColumn:
        return date(e.birthDate);
    case BirthOrderColumn:
        return e.birthOrder;
    case AmountColumn:
        return raw ? QVariant(e.amount.fen()) : QVariant(e.amount.toString());
    case AppliedColumn:
        return e.applied() || raw ? date(e.appliedOn) : QVariant(tr("Not yet"));
    case GrantedColumn:
        return date(e.grantedOn);
    case ChildcareColumn:
        return raw ? QVariant(ChildcareSubsidyAnswers::key(e.childcareSubsidy))
                   : QVariant(ChildcareSubsidyAnswers::label(e.childcareSubsidy));
    }
    return {};
}

QVariant BirthSubsidyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChildColumn:
        return tr("Child");
    case IdNumberColumn:
        return tr("ID number");
    case BirthDateColumn:
        return tr("Born");
    case BirthOrderColumn:
        return tr("Birth order");
    case AmountColumn:
        return tr("Birth subsidy");
    case AppliedColumn:
        return tr("Applied");
    case GrantedColumn:
        return tr("Granted");
    case ChildcareColumn:
        return tr("Childcare subsidy (育儿补贴) applied");
    }
    return {};
}
