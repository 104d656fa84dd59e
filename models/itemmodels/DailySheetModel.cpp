#include "DailySheetModel.h"

#include "ItemRoles.h"
#include "attendance/AttendanceStatuses.h"
#include "attendance/AttendanceValidator.h"

#include <QBrush>
#include <QFont>
#include <QLocale>
#include <QPalette>

using namespace Qt::StringLiterals;

namespace {

QString timeText(QTime time)
{
    return time.isValid() ? time.toString(u"HH:mm"_s) : QString();
}

QString fieldLabel(const QString& field)
{
    if (field == u"arrival")
        return DailySheetModel::tr("arrival");
    if (field == u"departure")
        return DailySheetModel::tr("departure");
    if (field == u"hours")
        return DailySheetModel::tr("hours");
    if (field == u"check")
        return DailySheetModel::tr("morning check");
    if (field == u"temperature")
        return DailySheetModel::tr("temperature");
    if (field == u"symptom")
        return DailySheetModel::tr("symptom");
    return field;
}

} // namespace

DailySheetModel::DailySheetModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DailySheetModel::setSheet(DailySheet sheet)
{
    beginResetModel();
    m_sheet = std::move(sheet);
    m_rows.clear();
    for (const SheetChild& child : std::as_const(m_sheet.children)) {
        Row row;
        row.record.childId = child.childId;
        row.record.day = m_sheet.day;
        if (child.saved) {
            row.record = *child.saved;
            row.hasStatus = true;
            if (row.record.temperatureTenths)
                row.temperatureText = AttendanceValidator::temperatureText(*row.record.temperatureTenths);
        }
        m_rows << row;
    }
    endResetModel();
}

bool DailySheetModel::setStatus(int row, AttendanceStatus status, const QString& symptom)
{
    if (!m_editable || row < 0 || row >= m_rows.size())
        return false;
    Row& r = m_rows[row];
    r.record.setStatus(status, symptom);
    r.hasStatus = true;
    r.dirty = true;
    rowChanged(row);
    return true;
}

int DailySheetModel::markUntouchedPresent()
{
    int marked = 0;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows[row].hasStatus)
            continue;
        setStatus(row, AttendanceStatus::Present);
        ++marked;
    }
    return marked;
}

bool DailySheetModel::hasChanges() const
{
    return std::any_of(m_rows.cbegin(), m_rows.cend(), [](const Row& r) { return r.dirty; });
}

QList<AttendanceRecord> DailySheetModel::changes() const
{
    QList<AttendanceRecord> records;
    for (const Row& r : m_rows)
        if (r.dirty && r.hasStatus)
            records << r.record;
    return records;
}

QStringList DailySheetModel::problems() const
{
    QStringList list;
    for (int row = 0; row < m_rows.size(); ++row) {
        const Row& r = m_rows[row];
        if (!r.dirty)
            continue;
        const QString name = m_sheet.children[row].name;
        if (!r.hasStatus) {
            list << tr("%1: choose a status before saving the other fields.").arg(name);
            continue;
        }
        if (!r.temperatureText.isEmpty() && !AttendanceValidator::parseTemperature(r.temperatureText))
            list << tr("%1, temperature \"%2\": write it as 36.8.").arg(name, r.temperatureText);
        for (const FieldError& e : AttendanceValidator::validate(r.record, m_sheet.children[row].careType))
            list << tr("%1, %2: %3").arg(name, fieldLabel(e.field), e.message);
    }
    return list;
}

QString DailySheetModel::savedSummary(const QList<AttendanceRecord>& records, QDate day)
{
    QStringList parts;
    for (AttendanceStatus status : AttendanceStatuses::all()) {
        const auto count = std::count_if(records.cbegin(), records.cend(),
                                         [status](const AttendanceRecord& r) { return r.status == status; });
        if (count > 0)
            parts << u"%1 %2"_s.arg(AttendanceStatuses::label(status)).arg(count);
    }
    return tr("Saved %n record(s) of %1: %2.", nullptr, int(records.size()))
        .arg(QLocale().toString(day, QLocale::LongFormat), parts.join(tr(", ")));
}

int DailySheetModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DailySheetModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DailySheetModel::display(const SheetChild& child, const Row& row, int column) const
{
    const AttendanceRecord& r = row.record;
    switch (column) {
    case NameColumn:
        return child.name;
    case CareTypeColumn:
        return RosterTypes::label(child.careType);
    case StatusColumn:
        return row.hasStatus ? AttendanceStatuses::label(r.status) : tr("not recorded");
    case ArrivalColumn:
        return timeText(r.arrival);
    case DepartureColumn:
        return timeText(r.departure);
    case CheckColumn:
        return !r.checkNormal ? QString() : (*r.checkNormal ? tr("normal") : tr("abnormal"));
    case CheckNoteColumn:
        return r.checkNote;
    case TemperatureColumn:
        return row.temperatureText;
    case HoursColumn:
        return r.hours ? QVariant(*r.hours) : QVariant();
    case SymptomColumn:
        return r.symptom;
    case NoteColumn:
        return r.note;
    }
    return {};
}

QVariant DailySheetModel::editValue(int row, int column) const
{
    const AttendanceRecord& r = m_rows[row].record;
    switch (column) {
    case StatusColumn:
        return int(r.status);
    case ArrivalColumn:
        return r.arrival.isValid() ? r.arrival : QTime(8, 0);
    case DepartureColumn:
        return r.departure.isValid() ? r.departure : QTime(17, 0);
    case CheckColumn:
        return int(!r.checkNormal ? Check::NotDone : (*r.checkNormal ? Check::Normal : Check::Abnormal));
    case HoursColumn:
        return r.hours.value_or(0);
    }
    return display(m_sheet.children[row], m_rows[row], column);
}

QVariant DailySheetModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row& row = m_rows[index.row()];
    const SheetChild& child = m_sheet.children[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return display(child, row, index.column());
    case Qt::EditRole:
        return editValue(index.row(), index.column());
    case ItemRoles::Raw:
        return index.column() == StatusColumn && row.hasStatus ? QVariant(int(row.record.status)) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == StatusColumn && !row.hasStatus)
            return QBrush(QPalette().color(QPalette::Disabled, QPalette::Text));
        if (index.column() == StatusColumn && row.record.status == AttendanceStatus::Sick)
            return QBrush(QColor(0xb0, 0x20, 0x20));
        return {};
    case Qt::FontRole:
        if (row.dirty && index.column() == NameColumn) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        if (row.dirty && index.column() == NameColumn)
            return tr("Changed, not saved yet");
        return {};
    }
    return {};
}

QVariant DailySheetModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Child");
    case CareTypeColumn:
        return tr("Care type");
    case StatusColumn:
        return tr("Status");
    case ArrivalColumn:
        return tr("Arrival");
    case DepartureColumn:
        return tr("Departure");
    case CheckColumn:
        return tr("Morning check");
    case CheckNoteColumn:
        return tr("Check note");
    case TemperatureColumn:
        return tr("Temp. °C");
    case HoursColumn:
        return tr("Hours");
    case SymptomColumn:
        return tr("Symptom");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags DailySheetModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (!m_editable || index.column() == NameColumn || index.column() == CareTypeColumn)
        return f;
    const SheetChild& child = m_sheet.children[index.row()];
    const bool hourly = child.careType == CareType::Hourly || child.careType == CareType::Home;
    if (index.column() == HoursColumn && !hourly)
        return f;
    return f | Qt::ItemIsEditable;
}

bool DailySheetModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !(flags(index) & Qt::ItemIsEditable))
        return false;
    if (index.column() == StatusColumn) {
        const int status = value.toInt();
        return status >= 0 && status < AttendanceStatuses::all().size()
            && setStatus(index.row(), static_cast<AttendanceStatus>(status), m_rows[index.row()].record.symptom);
    }
    if (!edit(index.row(), index.column(), value))
        return false;
    m_rows[index.row()].dirty = true;
    rowChanged(index.row());
    return true;
}

bool DailySheetModel::edit(int rowIndex, int column, const QVariant& value)
{
    Row& row = m_rows[rowIndex];
    AttendanceRecord& r = row.record;
    switch (column) {
    case ArrivalColumn:
        r.arrival = value.toTime();
        break;
    case DepartureColumn:
        r.departure = value.toTime();
        break;
    case CheckColumn:
        switch (static_cast<Check>(value.toInt())) {
        case Check::NotDone:
            r.checkNormal.reset();
            break;
        case Check::Normal:
            r.checkNormal = true;
            break;
        case Check::Abnormal:
            r.checkNormal = false;
            break;
        }
        break;
    case CheckNoteColumn:
        r.checkNote = value.toString().trimmed();
        break;
    case TemperatureColumn:
        row.temperatureText = value.toString().trimmed();
        r.temperatureTenths = AttendanceValidator::parseTemperature(row.temperatureText);
        break;
    case HoursColumn:
        if (value.isNull())
            r.hours.reset();
        else
            r.hours = value.toInt();
        break;
    case SymptomColumn:
        r.symptom = value.toString().trimmed();
        break;
    case NoteColumn:
        r.note = value.toString().trimmed();
        break;
    default:
        return false;
    }
    // Times of a present hourly child give her started hours when none were written.
    const CareType careType = m_sheet.children[rowIndex].careType;
    if ((column == ArrivalColumn || column == DepartureColumn) && !r.hours
        && (careType == CareType::Hourly || careType == CareType::Home))
        r.hours = AttendanceValidator::startedHours(r.arrival, r.departure);
    return true;
}

void DailySheetModel::rowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}
