#include "CenterSenderTableModel.h"

#include "ItemRoles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

CenterSenderTableModel::CenterSenderTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void CenterSenderTableModel::setSenders(QList<CenterSender> senders)
{
    beginResetModel();
    m_senders = std::move(senders);
    endResetModel();
}

int CenterSenderTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_senders.size());
}

int CenterSenderTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CenterSenderTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const CenterSender& sender = m_senders.at(index.row());
    const bool reported = sender.status == ReportingStatus::Reported;
    const int column = index.column();
    if (role == Qt::ForegroundRole && column == StatusColumn) {
        if (sender.status == ReportingStatus::Late)
            return QBrush(QColor(0xb0, 0x00, 0x20));
        if (sender.arrivedLate)
            return QBrush(QColor(0xb2, 0x6a, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && column == RevisionColumn && sender.olderRevisionArrived)
        return tr("An older revision arrived after this one; this one stays the month's file.");
    if (role == ItemRoles::Raw) {
        switch (column) {
        case StatusColumn:
            return CenterMonth::statusKey(sender.status);
        case RevisionColumn:
            return reported ? QVariant(sender.revision) : QVariant();
        case ImportedColumn:
            return sender.importedAt;
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (column) {
    case NameColumn:
        return sender.name;
    case CountyColumn:
        return sender.county;
    case StatusColumn:
        return sender.arrivedLate ? tr("%1, after the due date").arg(CenterMonth::statusLabel(sender.status))
                                  : CenterMonth::statusLabel(sender.status);
    case RevisionColumn:
        if (!reported)
            return QString();
        return sender.olderRevisionArrived ? tr("r%1 (an older one came later)").arg(sender.revision)
                                           : tr("r%1").arg(sender.revision);
    case FileColumn:
        return sender.fileName;
    case ImportedColumn:
        return sender.importedAt.isValid() ? QLocale().toString(sender.importedAt, QLocale::ShortFormat) : QString();
    }
    return {};
}

QVariant CenterSenderTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Sender");
    case CountyColumn:
        return tr("County");
    case StatusColumn:
        return tr("Report");
    case RevisionColumn:
        return tr("Revision");
    case FileColumn:
        return tr("File");
    case ImportedColumn:
        return tr("Imported");
    }
    return {};
}
