#include "ReportTableModel.h"

#include "ItemRoles.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace {

// Enough of a SHA-256 to compare by eye; the tooltip holds the whole.
QString shortHash(const QString& hash)
{
    return hash.isEmpty() ? QString() : hash.left(12) + u'…';
}

} // namespace

ReportTableModel::ReportTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void ReportTableModel::setReports(QList<MonthReport> reports)
{
    beginResetModel();
    m_reports = std::move(reports);
    m_rows.clear();
    for (int r = 0; r < m_reports.size(); ++r) {
        const qsizetype revisions = m_reports.at(r).revisions.size();
        if (revisions == 0)
            m_rows.append({r, -1});
        for (int v = 0; v < revisions; ++v)
            m_rows.append({r, v});
    }
    endResetModel();
}

const MonthReport* ReportTableModel::reportAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_reports.at(m_rows.at(row).report) : nullptr;
}

const ReportRevision* ReportTableModel::revisionAt(int row) const
{
    const MonthReport* report = reportAt(row);
    const int revision = report ? m_rows.at(row).revision : -1;
    return revision >= 0 ? &report->revisions.at(revision) : nullptr;
}

int ReportTableModel::rowOfMonth(Month month) const
{
    int found = -1;
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_reports.at(m_rows.at(row).report).month == month)
            found = row;
    return found;
}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReportTableModel::stateText(const Row& row) const
{
    const MonthReport& report = m_reports.at(row.report);
    if (row.revision >= 0 && row.revision < report.revisions.size() - 1)
        return tr("Superseded by revision %1").arg(report.revisions.at(row.revision + 1).revision);
    return MonthlyReports::stateLabel(report.state);
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Row& row = m_rows.at(index.row());
    const MonthReport& report = m_reports.at(row.report);
    const ReportRevision* revision = revisionAt(index.row());
    const bool latest = row.revision == report.revisions.size() - 1 || row.revision < 0;
    if (role == Qt::ForegroundRole) {
        if (!latest)
            return QBrush(QColor(0x80, 0x80, 0x80));
        if (index.column() == StateColumn && report.state != ReportState::Exported)
            return QBrush(QColor(0xb0, 0x30, 0x00));
        return {};
    }
    if (role == Qt::ToolTipRole && revision) {
        if (index.column() == HashColumn)
            return revision->fileSha256;
        if (index.column() == PreviousHashColumn)
            return revision->previousSha256;
    }
    if (role == ItemRoles::Raw) {
        switch (index.column()) {
        case MonthColumn:
            return report.month.toString();
        case StateColumn:
            return MonthlyReports::stateKey(report.state);
        case RevisionColumn:
            return revision ? QVariant(revision->revision) : QVariant();
        case ExportedColumn:
            return revision ? QVariant(revision->exportedAt) : QVariant();
        }
    }
    if (role != Qt::DisplayRole && role != ItemRoles::Raw)
        return {};
    switch (index.column()) {
    case MonthColumn:
        return report.month.toString();
    case StateColumn:
        return stateText(row);
    }
    if (!revision)
        return {};
    switch (index.column()) {
    case RevisionColumn:
        return tr("r%1").arg(revision->revision);
    case FileColumn:
        return revision->fileName;
    case ExportedColumn:
        return QLocale().toString(revision->exportedAt, QLocale::ShortFormat);
    case ExportedByColumn:
        return revision->exportedBy;
    case HashColumn:
        return shortHash(revision->fileSha256);
    case PreviousHashColumn:
        return shortHash(revision->previousSha256);
    }
    return {};
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case MonthColumn:
        return tr("Month");
    case StateColumn:
        return tr("Status");
    case RevisionColumn:
        return tr("Revision");
    case FileColumn:
        return tr("File");
    case ExportedColumn:
        return tr("Exported");
    case ExportedByColumn:
        return tr("By");
    case HashColumn:
        return tr("SHA-256");
    case PreviousHashColumn:
        return tr("Previous revision's SHA-256");
    }
    return {};
}
