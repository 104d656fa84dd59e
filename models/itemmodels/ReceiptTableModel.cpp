#include "ReceiptTableModel.h"

#include "ItemRoles.h"

#include <QBrush>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

ReceiptTableModel::ReceiptTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReceiptTableModel::setReceipts(QList<Receipt> receipts)
{
    beginResetModel();
    m_receipts = std::move(receipts);
    endResetModel();
}

QString ReceiptTableModel::monthsText(const Receipt& receipt)
{
    if (receipt.months.isEmpty())
        return {};
    const QString first = receipt.months.first().month.toString();
    return receipt.months.size() == 1 ? first : u"%1 – %2"_s.arg(first, receipt.months.last().month.toString());
}

int ReceiptTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_receipts.size());
}

int ReceiptTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReceiptTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_receipts.size())
        return {};
    const Receipt& r = m_receipts.at(index.row());
    if (role == Qt::ForegroundRole && r.voided)
        return QPalette().brush(QPalette::Disabled, QPalette::Text);
    if (role == Qt::TextAlignmentRole && index.column() == AmountColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == ItemRoles::Raw && index.column() == AmountColumn)
        return r.total().fen();
    if (role == ItemRoles::Raw && index.column() == IssuedColumn)
        return r.issuedOn;
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return r.number;
    case IssuedColumn:
        return QLocale().toString(r.issuedOn, QLocale::ShortFormat);
    case ChildColumn:
        return r.childName;
    case MonthsColumn:
        return monthsText(r);
    case AmountColumn:
        return r.total().toString();
    case PayerColumn:
        return r.payer;
    case MethodColumn:
        return PaymentMethods::label(r.method);
    case StateColumn:
        return r.voided ? tr("Void: %1").arg(r.voidReason) : tr("Valid");
    }
    return {};
}

QVariant ReceiptTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("Receipt");
    case IssuedColumn:
        return tr("Issued");
    case ChildColumn:
        return tr("Child");
    case MonthsColumn:
        return tr("Months");
    case AmountColumn:
        return tr("Amount");
    case PayerColumn:
        return tr("Payer");
    case MethodColumn:
        return tr("Method");
    case StateColumn:
        return tr("State");
    }
    return {};
}
