#include "AttendanceRowReader.h"

#include "AttendanceStatuses.h"
#include "AttendanceValidator.h"
#include "access/Access.h"
#include "common/DateText.h"

using namespace Qt::StringLiterals;

namespace {

// 8:05, 08:05 or 8：05 (the full-width colon of a Chinese input method).
std::optional<QTime> parseTime(QString text)
{
    text.replace(u'：', u':');
    const qsizetype colon = text.indexOf(u':');
    if (colon < 1 || colon > 2 || text.size() - colon != 3)
        return std::nullopt;
    bool hourOk = false;
    bool minuteOk = false;
    const int hour = QStringView(text).first(colon).toInt(&hourOk);
    const int minute = QStringView(text).sliced(colon + 1).toInt(&minuteOk);
    if (!hourOk || !minuteOk || !text.at(colon + 1).isDigit())
        return std::nullopt;
    const QTime time(hour, minute);
    return time.isValid() ? std::optional<QTime>(time) : std::nullopt;
}

} // namespace

AttendanceRowReader::AttendanceRowReader(const ImportTable& table, const CareRoster& roster,
                                         const CareCalendar& calendar, const ClosedMonths& closed, const Actor& actor)
    : m_table(table)
    , m_roster(roster)
    , m_calendar(calendar)
    , m_closed(closed)
    , m_actor(actor)
{
}

QDate AttendanceRowReader::readDay(const CsvRow& row, FieldErrors& errors)
{
    const QString text = m_table.cell(row, u"date"_s);
    if (const auto known = m_dates.constFind(text); known != m_dates.cend())
        return *known;
    if (text.isEmpty()) {
        errors.append(m_table.error(row, u"date"_s, tr("The date is missing.")));
        return {};
    }
    const Result<QDate> parsed = DateText::parse(text);
    if (!parsed) {
        errors.append(m_table.error(row, u"date"_s, parsed.error()));
        return {};
    }
    m_dates.insert(text, parsed.value());
    return parsed.value();
}

const CareRoster::Child* AttendanceRowReader::readChild(const CsvRow& row, FieldErrors& errors) const
{
    const QString idNumber = m_table.cell(row, u"id_number"_s).remove(u' ').toUpper();
    if (idNumber.isEmpty()) {
        errors.append(m_table.error(row, u"id_number"_s, tr("The ID number is missing; children are matched by it.")));
        return nullptr;
    }
    const CareRoster::Child* child = m_roster.byIdNumber(idNumber);
    if (!child)
        errors.append(m_table.error(row, u"id_number"_s, tr("No child on the roster has this ID number.")));
    return child;
}

void AttendanceRowReader::checkCare(const CsvRow& row, const CareRoster::Child& child, QDate day,
                                    FieldErrors& errors) const
{
    const auto date = [day] { return day.toString(Qt::ISODate); };
    switch (m_calendar.kind(day)) {
    case CareCalendar::DayKind::CareDay:
    case CareCalendar::DayKind::MakeUpWorkday:
        break;
    case CareCalendar::DayKind::Weekend:
        errors.append(m_table.error(row, u"date"_s, tr("%1 is a weekend day, not a care day.").arg(date())));
        return;
    case CareCalendar::DayKind::Holiday:
        errors.append(m_table.error(row, u"date"_s, tr("%1 is a public holiday, not a care day.").arg(date())));
        return;
    case CareCalendar::DayKind::Closure:
        errors.append(
            m_table.error(row, u"date"_s,
                          tr("The institution was closed on %1 (%2).").arg(date(), m_calendar.closures().value(day))));
        return;
    }
    if (Status open = m_closed.requireOpen(Month::of(day)); !open) {
        errors.append(m_table.error(row, u"date"_s, open.error()));
        return;
    }
    if (!child.enrolledOn.isValid()) {
        errors.append(m_table.error(row, u"id_number"_s, tr("%1 is not enrolled (waiting list).").arg(child.name)));
        return;
    }
    if (!child.enrolledOnDay(day)) {
        errors.append(m_table.error(row, u"date"_s,
                                    child.withdrawnOn.isValid()
                                        ? tr("%1 was in care from %2 to %3, not on %4.")
                                              .arg(child.name, child.enrolledOn.toString(Qt::ISODate),
                                                   child.withdrawnOn.toString(Qt::ISODate), date())
                                        : tr("%1 is in care from %2, not yet on %3.")
                                              .arg(child.name, child.enrolledOn.toString(Qt::ISODate), date())));
        return;
    }
    const CareRoster::Placement* placement = m_roster.placementOn(child.id, day);
    if (!placement) {
        errors.append(m_table.error(row, u"date"_s, tr("%1 was placed in no class on %2.").arg(child.name, date())));
        return;
    }
    if (Status allowed = Access::requireClass(m_actor, placement->classId); !allowed)
        errors.append(m_table.error(row, u"id_number"_s, allowed.error()));
}

void AttendanceRowReader::readStatus(const CsvRow& row, AttendanceRecord& record, FieldErrors& errors) const
{
    const QString text = m_table.cell(row, u"status"_s);
    if (const std::optional<AttendanceStatus> status = AttendanceStatuses::fromKey(text.toLower()))
        record.status = *status;
    else
        errors.append(m_table.error(
            row, u"status"_s,
            text.isEmpty()
                ? tr("The status is missing; write 出勤, 病假, 事假 or 其他 (present, sick, personal, other).")
                : tr("Unknown status; write 出勤, 病假, 事假 or 其他 (present, sick, personal, other).")));
    record.symptom = m_table.cell(row, u"symptom"_s);
}

void AttendanceRowReader::readTimes(const CsvRow& row, AttendanceRecord& record, FieldErrors& errors) const
{
    for (const auto& [key, time] : {std::pair {u"arrival"_s, &record.arrival}, {u"departure"_s, &record.departure}}) {
        const QString text = m_table.cell(row, key);
        if (text.isEmpty())
            continue;
        if (const std::optional<QTime> parsed = parseTime(text)) {
            *time = *parsed;
        } else {
            errors.append(m_table.error(row, key, tr("Write the time as 8:05 or 17:30.")));
        }
    }
    if (const QString text = m_table.cell(row, u"hours"_s); !text.isEmpty()) {
        bool number = false;
        const int hours = text.toInt(&number);
        if (number)
            record.hours = hours;
        else
            errors.append(m_table.error(row, u"hours"_s, tr("The hours must be a whole number, like 3.")));
    }
}

void AttendanceRowReader::readCheck(const CsvRow& row, AttendanceRecord& record, FieldErrors& errors) const
{
    const QString check = m_table.cell(row, u"check"_s).toLower();
    if (check == u"正常"_s || check == u"normal"_s)
        record.checkNormal = true;
    else if (check == u"异常"_s || check == u"abnormal"_s)
        record.checkNormal = false;
    else if (!check.isEmpty())
        errors.append(
            m_table.error(row, u"check"_s, tr("Write the morning check as 正常 or 异常 (normal or abnormal).")));
    QString temperature = m_table.cell(row, u"temperature"_s);
    for (const QString& unit : {u"℃"_s, u"°C"_s, u"°"_s})
        if (temperature.endsWith(unit))
            temperature.chop(unit.size());
    if (temperature.isEmpty())
        return;
    if (const std::optional<int> tenths = AttendanceValidator::parseTemperature(temperature))
        record.temperatureTenths = *tenths;
    else
        errors.append(m_table.error(row, u"temperature"_s,
                                    tr("Write the temperature in degrees with at most one decimal, like 36.8.")));
}

std::optional<AttendanceRecord> AttendanceRowReader::read(const CsvRow& row, FieldErrors& errors)
{
    const qsizetype before = errors.size();
    AttendanceRecord record;
    record.day = readDay(row, errors);
    const CareRoster::Child* child = readChild(row, errors);
    if (child && record.day.isValid()) {
        record.childId = child->id;
        checkCare(row, *child, record.day, errors);
        const auto key = qMakePair(child->id, record.day.toJulianDay());
        if (const int first = m_seen.value(key); first > 0)
            errors.append(m_table.error(
                row, u"date"_s, tr("%1 already has a row for this day on row %2.").arg(child->name).arg(first)));
        else
            m_seen.insert(key, row.line);
    }
    readStatus(row, record, errors);
    readTimes(row, record, errors);
    readCheck(row, record, errors);
    record.checkNote = m_table.cell(row, u"check_note"_s);
    record.note = m_table.cell(row, u"note"_s);
    // The rules every record meets, once the row could be read; the care type is the child's that day.
    const CareRoster::Placement* placement = child ? m_roster.placementOn(child->id, record.day) : nullptr;
    if (errors.size() == before && placement)
        for (const FieldError& e : AttendanceValidator::validate(record, placement->careType))
            errors.append(m_table.error(row, e.field, e.message));
    if (errors.size() > before)
        return std::nullopt;
    return record;
}
