#include "PolicyTableModel.h"

#include "ItemRoles.h"
#include "common/Money.h"

PolicyTableModel::PolicyTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void PolicyTableModel::setParameters(const PolicyParameters& parameters)
{
    QList<PolicyValue> rows;
    for (const QString& key : parameters.keys())
        rows << parameters.history(key);
    setRows(rows);
}

void PolicyTableModel::setInForce(const PolicyParameters& parameters, Month month, const QString& keyPrefix)
{
    QList<PolicyValue> rows;
    for (const QString& key : parameters.keys()) {
        if (!key.startsWith(keyPrefix))
            continue;
        if (const std::optional<PolicyValue> value = parameters.inForce(key, month))
            rows << *value;
    }
    setRows(rows);
}

void PolicyTableModel::setHistory(const PolicyParameters& parameters, const QString& key)
{
    setRows(parameters.history(key));
}

void PolicyTableModel::setRows(const QList<PolicyValue>& rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int PolicyTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int PolicyTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PolicyTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PolicyValue& row = m_rows.at(index.row());
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case Parameter:
            return row.key;
        case Value:
            return row.value;
        case ValidFrom:
            return row.validFrom.toString();
        case ValidTo:
            return row.validTo.isValid() ? row.validTo.toString() : QString();
        case Basis:
            return row.basis;
        }
    }
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Parameter:
            return PolicyParameters::label(row.key);
        case Value:
            return formatValue(PolicyDefinition::find(row.key)->unit(), row.value);
        case ValidFrom:
            return row.validFrom.toString();
        case ValidTo:
            return row.validTo.isValid() ? row.validTo.toString() : tr("open-ended");
        case Basis:
            return row.basis;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Basis)
        return row.basis;
    if (role == Qt::TextAlignmentRole && index.column() == Value)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant PolicyTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Parameter:
        return tr("Parameter");
    case Value:
        return tr("Value");
    case ValidFrom:
        return tr("From");
    case ValidTo:
        return tr("Until");
    case Basis:
        return tr("Basis");
    }
    return {};
}

QString PolicyTableModel::formatValue(PolicyUnit unit, qint64 value)
{
    switch (unit) {
    case PolicyUnit::Fen:
        return Money::fromFen(value).toStringWithSymbol();
    case PolicyUnit::Percent:
        return tr("%1%").arg(value);
    case PolicyUnit::Months:
        return tr("%n month(s)", nullptr, int(value));
    case PolicyUnit::Days:
        return tr("%n day(s)", nullptr, int(value));
    case PolicyUnit::Children:
        return tr("1 : %1").arg(value);
    case PolicyUnit::Minutes:
        return tr("%n minute(s)", nullptr, int(value));
    }
    return QString::number(value);
}
