#include "InsuranceTableModel.h"

#include "ItemRoles.h"
#include "common/IdNumber.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

InsuranceTableModel::InsuranceTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void InsuranceTableModel::setCover(InsuranceCover cover)
{
    beginResetModel();
    m_cover = std::move(cover);
    endResetModel();
}

const InsuredLine* InsuranceTableModel::insured(int row) const
{
    return row >= 0 && row < m_cover.insured.size() ? &m_cover.insured.at(row) : nullptr;
}

int InsuranceTableModel::rowOfPolicy(qint64 policyId) const
{
    for (int row = 0; row < m_cover.insured.size(); ++row)
        if (m_cover.insured.at(row).policy.id == policyId)
            return row;
    return -1;
}

int InsuranceTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_cover.insured.size() + m_cover.uninsured.size());
}

int InsuranceTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InsuranceTableModel::uninsuredData(const UninsuredChild& child, int column) const
{
    switch (column) {
    case ChildColumn:
        return child.name;
    case IdNumberColumn:
        return IdNumber::mask(child.idNumber);
    case PolicyColumn:
        return child.markedInsured ? tr("No policy recorded, though the roster says insured") : tr("Not insured");
    }
    return {};
}

QVariant InsuranceTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const InsuredLine* line = insured(index.row());
    if (role == Qt::TextAlignmentRole)
        return index.column() == PremiumColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    if (role == Qt::ForegroundRole)
        return line ? QVariant() : QVariant(QBrush(QColor(0xb0, 0x30, 0x00)));
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    if (!line)
        return uninsuredData(m_cover.uninsured.at(index.row() - m_cover.insured.size()), index.column());
    const bool raw = role == ItemRoles::Raw;
    const InsurancePolicy& p = line->policy;
    switch (index.column()) {
    case ChildColumn:
        return line->childName;
    case IdNumberColumn:
        return IdNumber::mask(line->idNumber);
    case PolicyColumn:
        return p.policyNumber;
    case FromColumn:
        return raw ? QVariant(p.from) : QVariant(QLocale().toString(p.from, QLocale::ShortFormat));
    case ToColumn:
        return raw ? QVariant(p.to) : QVariant(QLocale().toString(p.to, QLocale::ShortFormat));
    case PremiumColumn:
        return raw ? QVariant(p.premium.fen()) : QVariant(p.premium.toString());
    case PayerColumn:
        return InsurancePayers::label(p.payer);
    }
    return {};
}

QVariant InsuranceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case ChildColumn:
        return tr("Child");
    case IdNumberColumn:
        return tr("ID number");
    case PolicyColumn:
        return tr("Policy number");
    case FromColumn:
        return tr("Cover from");
    case ToColumn:
        return tr("Cover to");
    case PremiumColumn:
        return tr("Premium");
    case PayerColumn:
        return tr("Paid by");
    }
    return {};
}
