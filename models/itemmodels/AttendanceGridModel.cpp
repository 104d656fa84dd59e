#include "AttendanceGridModel.h"

#include "ItemRoles.h"
#include "attendance/AttendanceRepository.h"
#include "attendance/AttendanceStatuses.h"
#include "store/Database.h"

#include <QColor>
#include <QLocale>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

int countOf(const AttendanceCounts& c, int total)
{
    switch (total) {
    case AttendanceGridModel::ExpectedTotal:
        return c.expected;
    case AttendanceGridModel::PresentTotal:
        return c.present;
    case AttendanceGridModel::SickTotal:
        return c.sick;
    case AttendanceGridModel::PersonalTotal:
        return c.personal;
    case AttendanceGridModel::OtherTotal:
        return c.other;
    case AttendanceGridModel::NotRecordedTotal:
        return c.notRecorded;
    }
    return 0;
}

bool sameRows(const QList<ChildAttendance>& a, const QList<ChildAttendance>& b)
{
    return std::equal(a.begin(), a.end(), b.begin(), b.end(),
                      [](const ChildAttendance& x, const ChildAttendance& y) { return x.childId == y.childId; });
}

} // namespace

AttendanceGridModel::AttendanceGridModel(Database& db, QObject* parent)
    : QAbstractTableModel(parent)
    , m_db(db)
{
}

Status AttendanceGridModel::load(qint64 classId, Month month)
{
    const Result<AttendanceMonthSummary> summary = AttendanceMonth::compute(m_db, month);
    QList<ChildAttendance> rows;
    AttendanceCounts totals;
    const QList<QDate> careDays = summary ? summary->careDays : QList<QDate>();
    for (const ClassAttendance& c : summary ? summary->classes : QList<ClassAttendance>()) {
        if (c.classId == classId) {
            rows = c.children;
            totals = c.totals;
        }
    }
    // The same children and days after an edit: the cells change in place, so the view keeps its current cell.
    const bool sameShape = classId == m_classId && month == m_month && careDays == m_careDays && sameRows(rows, m_rows);
    if (!sameShape)
        beginResetModel();
    m_classId = classId;
    m_month = month;
    m_careDays = careDays;
    m_rows = rows;
    m_totals = totals;
    if (!sameShape)
        endResetModel();
    else if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    emit loaded();
    return summary ? Status() : Status::failure(summary.error());
}

AttendanceCell AttendanceGridModel::cell(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::ParentIsInvalid) || !isDayColumn(index.column()))
        return {};
    return m_rows.at(index.row()).days.value(m_careDays.at(index.column()).day() - 1);
}

QColor AttendanceGridModel::gapBackground()
{
    return QColor(0xff, 0xe8, 0x99);
}

QColor AttendanceGridModel::notExpectedBackground()
{
    return QColor(0xdd, 0xdd, 0xdd);
}

int AttendanceGridModel::classTotal(int total) const
{
    return countOf(m_totals, total);
}

Status AttendanceGridModel::record(const QModelIndex& index, AttendanceStatus status, const QString& symptom)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !isDayColumn(index.column()))
        return Status::failure(tr("Choose a child's day to record."));
    const ChildAttendance& child = m_rows.at(index.row());
    const QDate day = m_careDays.at(index.column());
    if (cell(index).kind == AttendanceCell::Kind::NotExpected)
        return Status::failure(tr("%1 was not in this class on %2: there is nothing to record.")
                                   .arg(child.name, QLocale().toString(day, QLocale::ShortFormat)));
    AttendanceRepository repository(m_db);
    const Result<QList<AttendanceRecord>> existing = repository.records(day, day);
    if (!existing)
        return Status::failure(existing.error());
    AttendanceRecord r;
    r.childId = child.childId;
    r.day = day;
    for (const AttendanceRecord& e : existing.value())
        if (e.childId == child.childId)
            r = e;
    r.setStatus(status, symptom);
    if (Status saved = repository.save({r}); !saved)
        return saved;
    return load(m_classId, m_month);
}

int AttendanceGridModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AttendanceGridModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() || m_careDays.isEmpty() ? 0 : careDayCount() + TotalColumnCount;
}

QVariant AttendanceGridModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignCenter);
    const ChildAttendance& c = m_rows.at(index.row());
    return isDayColumn(index.column()) ? dayData(c, index.column(), role)
                                       : totalData(c, index.column() - careDayCount(), role);
}

QVariant AttendanceGridModel::dayData(const ChildAttendance& c, int column, int role) const
{
    const QDate day = m_careDays.at(column);
    const AttendanceCell cell = c.days.value(day.day() - 1);
    const QString date = QLocale().toString(day, QLocale::ShortFormat);
    switch (cell.kind) {
    case AttendanceCell::Kind::NotExpected:
        if (role == Qt::BackgroundRole)
            return notExpectedBackground();
        if (role == Qt::ToolTipRole)
            return tr("%1 was not in this class on %2.").arg(c.name, date);
        return {};
    case AttendanceCell::Kind::Upcoming:
        if (role == Qt::ToolTipRole)
            return tr("%1, %2: a care day still to come.").arg(c.name, date);
        if (role == ItemRoles::Raw)
            return u"upcoming"_s;
        return {};
    case AttendanceCell::Kind::Gap:
        if (role == Qt::BackgroundRole)
            return gapBackground();
        if (role == Qt::ToolTipRole)
            return tr("%1, %2: not recorded yet (to fill in, not an absence).").arg(c.name, date);
        if (role == ItemRoles::Raw)
            return u"gap"_s;
        return {};
    case AttendanceCell::Kind::Recorded:
        break;
    }
    switch (role) {
    case Qt::DisplayRole:
        return AttendanceStatuses::symbol(cell.status);
    case ItemRoles::Raw:
    case Qt::EditRole:
        return AttendanceStatuses::key(cell.status);
    case Qt::ToolTipRole:
        return tr("%1, %2: %3").arg(c.name, date, AttendanceStatuses::label(cell.status));
    case Qt::ForegroundRole:
        return cell.status == AttendanceStatus::Present ? QVariant() : QVariant(QColor(0xb0, 0x20, 0x20));
    }
    return {};
}

QVariant AttendanceGridModel::totalData(const ChildAttendance& c, int total, int role) const
{
    return role == Qt::DisplayRole || role == ItemRoles::Raw ? QVariant(countOf(c.counts, total)) : QVariant();
}

QVariant AttendanceGridModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        return role == Qt::DisplayRole ? QVariant(m_rows.at(section).name) : QVariant();
    }
    if (isDayColumn(section))
        return dayHeader(m_careDays.at(section), role);
    return totalHeader(section - careDayCount(), role);
}

QVariant AttendanceGridModel::dayHeader(QDate day, int role) const
{
    switch (role) {
    case Qt::DisplayRole:
        return u"%1\n%2"_s.arg(day.day()).arg(QLocale().dayName(day.dayOfWeek(), QLocale::ShortFormat));
    case Qt::ToolTipRole:
        return QLocale().toString(day, QLocale::LongFormat);
    case ItemRoles::Raw:
        return day;
    }
    return {};
}

QVariant AttendanceGridModel::totalHeader(int total, int role) const
{
    if (role == ItemRoles::Raw)
        return {};
    const bool full = role == Qt::ToolTipRole;
    if (role != Qt::DisplayRole && !full)
        return {};
    switch (total) {
    case ExpectedTotal:
        return full ? tr("Expected: care days the child was in this class") : tr("Exp.");
    case PresentTotal:
        return full ? tr("Present") : tr("Pres.");
    case SickTotal:
        return tr("Sick");
    case PersonalTotal:
        return full ? tr("Personal leave") : tr("Pers.");
    case OtherTotal:
        return full ? tr("Other absence") : tr("Other");
    case NotRecordedTotal:
        return full ? tr("Not recorded yet: days to fill in") : tr("Gaps");
    }
    return {};
}

Qt::ItemFlags AttendanceGridModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    // A day the child was not expected stays selectable, so the user who tries to record it is told why not.
    if (cell(index).kind != AttendanceCell::Kind::NotExpected && m_db.actor().may(Permission::RecordAttendance))
        f |= Qt::ItemIsEditable;
    return f;
}

bool AttendanceGridModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole)
        return false;
    const std::optional<AttendanceStatus> status = AttendanceStatuses::fromKey(value.toString());
    return status && record(index, *status).ok();
}
