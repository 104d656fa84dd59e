#include "AuditTableModel.h"

#include "ItemRoles.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

namespace {

QDateTime momentOf(const AuditEntry& entry)
{
    return QDateTime::fromString(entry.at, Qt::ISODateWithMs);
}

} // namespace

AuditTableModel::AuditTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void AuditTableModel::setEntries(const QList<AuditEntry>& entries)
{
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AuditEntry& e = m_entries.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == ChangesColumn)
        return AuditLog::changeLines(e).join(u'\n');
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    const bool raw = role == ItemRoles::Raw;
    switch (index.column()) {
    case TimeColumn: {
        const QDateTime at = momentOf(e);
        if (raw)
            return at;
        return at.isValid() ? at.toString(u"yyyy-MM-dd HH:mm:ss"_s) : e.at;
    }
    case UserColumn:
        return e.user;
    case RecordTypeColumn:
        return raw ? e.tableName : AuditLog::recordTypeLabel(e.tableName);
    case RecordColumn:
        return e.recordKey;
    case ActionColumn:
        return raw ? e.action : AuditLog::actionLabel(e.action);
    case ChangesColumn:
        if (raw)
            return QStringList {e.oldValues, e.newValues};
        return AuditLog::changeLines(e).join(u"; "_s);
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    static const char* const headers[ColumnCount]
        = {QT_TR_NOOP("Time"),   QT_TR_NOOP("User"),   QT_TR_NOOP("Record type"),
           QT_TR_NOOP("Record"), QT_TR_NOOP("Action"), QT_TR_NOOP("Changes")};
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return {};
    return tr(headers[section]);
}
