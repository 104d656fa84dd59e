#include "AttendanceRepository.h"

#include "AttendanceStatuses.h"
#include "AttendanceValidator.h"
#include "CareRoster.h"
#include "FollowUpRepository.h"
#include "access/Access.h"
#include "access/AuditTrail.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QSqlQuery>
#include <span>

using namespace Qt::StringLiterals;

namespace {

// A batch reaches SQLite as JSON arrays that json_each expands, a statement per few thousand rows rather than per
// row: a year's import then costs seconds, not minutes.
constexpr qsizetype RowsPerStatement = 5000;
const QString rowColumns = u"[\"child_id\",\"day\",\"status\",\"arrival\",\"departure\",\"check_result\","
                           "\"check_note\",\"temperature_tenths\",\"hours\",\"symptom\",\"note\"]"_s;

void appendText(QString& json, const QString& text)
{
    json += u'"';
    for (QChar c : text) {
        if (c == u'"' || c == u'\\') {
            json += u'\\';
            json += c;
        } else if (c.unicode() < 0x20) {
            json += u"\\u%1"_s.arg(c.unicode(), 4, 16, QChar(u'0'));
        } else {
            json += c;
        }
    }
    json += u'"';
}

void appendTime(QString& json, QTime time)
{
    if (time.isValid())
        appendText(json, time.toString(u"HH:mm"_s));
    else
        json += u"null"_s;
}

void appendNumber(QString& json, std::optional<int> value)
{
    json += value ? QString::number(*value) : u"null"_s;
}

// [child_id, day, status, arrival, departure, check_result, check_note, temperature_tenths, hours, symptom, note]
QString jsonRows(std::span<const AttendanceRecord> records)
{
    QString json;
    json.reserve(qsizetype(records.size()) * 80);
    json += u'[';
    QDate day; // a batch comes day by day: each day's text is made once
    QString dayText;
    for (const AttendanceRecord& r : records) {
        if (json.size() > 1)
            json += u',';
        if (r.day != day) {
            day = r.day;
            dayText = day.toString(Qt::ISODate);
        }
        json += u'[' + QString::number(r.childId) + u",\""_s + dayText + u"\",\""_s + AttendanceStatuses::key(r.status)
            + u"\","_s;
        appendTime(json, r.arrival);
        json += u',';
        appendTime(json, r.departure);
        json += u',';
        json += r.checkNormal ? (*r.checkNormal ? u"\"normal\""_s : u"\"abnormal\""_s) : u"null"_s;
        json += u',';
        appendText(json, r.checkNote);
        json += u',';
        appendNumber(json, r.temperatureTenths);
        json += u',';
        appendNumber(json, r.hours);
        json += u',';
        appendText(json, r.symptom);
        json += u',';
        appendText(json, r.note);
        json += u']';
    }
    json += u']';
    return json;
}

std::optional<int> optionalInt(const QVariant& value)
{
    return value.isNull() ? std::nullopt : std::optional<int>(value.toInt());
}

} // namespace

Status AttendanceRepository::check(const CareRoster& roster, const AttendanceRecord& r) const
{
    const CareRoster::Child* child = roster.byId(r.childId);
    const CareRoster::Placement* placement = roster.placementOn(r.childId, r.day);
    const QString day = r.day.toString(Qt::ISODate);
    if (!child || !child->enrolledOnDay(r.day) || !placement)
        return Status::failure(tr("%1 is not in care in any class on %2.").arg(child ? child->name : QString(), day));
    if (Status s = Access::requireClass(m_db.actor(), placement->classId); !s)
        return s;
    const FieldErrors errors = AttendanceValidator::validate(r, placement->careType);
    return errors.isEmpty() ? Status()
                            : Status::failure(tr("%1, %2: %3").arg(child->name, day, errors.first().message));
}

Status AttendanceRepository::save(const QList<AttendanceRecord>& records)
{
    return write(records, std::nullopt);
}

Status AttendanceRepository::saveImported(const QList<AttendanceRecord>& records, const QString& source)
{
    return write(records, source);
}

Status AttendanceRepository::write(const QList<AttendanceRecord>& records, const std::optional<QString>& importedFrom)
{
    if (Status allowed = Access::require(m_db.actor(), Permission::RecordAttendance); !allowed)
        return allowed;
    // Everything a batch is checked against is read once, whatever its size.
    const Result<ClosedMonths> closed = ClosedMonths::load(m_db);
    if (!closed)
        return Status::failure(closed.error());
    for (const AttendanceRecord& r : records)
        if (Status open = closed->requireOpen(Month::of(r.day)); !open)
            return open;
    const Result<CareRoster> roster = CareRoster::load(m_db);
    if (!roster)
        return Status::failure(roster.error());
    for (const AttendanceRecord& r : records)
        if (Status s = check(roster.value(), r); !s)
            return s;
    const QSqlDatabase connection = m_db.connection();
    auto insertAll = [&]() -> Status {
        QSqlQuery insert(connection);
        insert.prepare(u"INSERT OR REPLACE INTO attendance (child_id, day, status, arrival, departure, check_result, "
                       "check_note, temperature_tenths, hours, symptom, note) "
                       "SELECT value->>0, value->>1, value->>2, value->>3, value->>4, value->>5, value->>6, "
                       "value->>7, value->>8, value->>9, value->>10 FROM json_each(?)"_s);
        // The records an imported batch replaces, as they were, for the trail.
        QSqlQuery replaced(connection);
        replaced.prepare(u"SELECT json_group_array(json_array(a.child_id, a.day, a.status, a.arrival, a.departure, "
                         "a.check_result, a.check_note, a.temperature_tenths, a.hours, a.symptom, a.note)) "
                         "FROM json_each(?) j JOIN attendance a ON a.child_id = j.value->>0 AND a.day = j.value->>1"_s);
        for (qsizetype first = 0; first < records.size(); first += RowsPerStatement) {
            const qsizetype count = std::min(RowsPerStatement, records.size() - first);
            const QString rows = jsonRows({records.constData() + first, size_t(count)});
            QString before;
            if (importedFrom) {
                if (Status s = Sql::exec(replaced, {rows}); !s)
                    return s;
                if (replaced.next() && replaced.value(0).toString() != u"[]"_s)
                    before = u"{\"columns\":%1,\"rows\":%2}"_s.arg(rowColumns, replaced.value(0).toString());
            }
            if (Status s = Sql::exec(insert, {rows}); !s)
                return s;
            if (importedFrom) {
                // Stored text, read later in either language: no words, only the file and the range of its rows.
                const QString key
                    = u"%1 [%2–%3/%4]"_s.arg(*importedFrom).arg(first + 1).arg(first + count).arg(records.size());
                const QString after = u"{\"columns\":%1,\"rows\":%2}"_s.arg(rowColumns, rows);
                if (Status s = AuditTrail::recordBulk(connection, u"attendance"_s, u"import"_s, key, before, after); !s)
                    return s;
            }
        }
        return {};
    };
    return m_db.transaction([&]() -> Status {
        const Status written
            = importedFrom ? AuditTrail::withoutRowTriggers(connection, u"attendance"_s, insertAll) : insertAll();
        if (!written)
            return written;
        return FollowUpRepository(m_db).openForSickDays(records);
    });
}

Result<QDate> AttendanceRepository::firstRecordedDay() const
{
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewRoster); !allowed)
        return Result<QDate>::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.prepare(u"SELECT min(day) FROM attendance"_s);
    if (Status s = Sql::exec(query); !s)
        return Result<QDate>::failure(s.error());
    return query.next() ? QDate::fromString(query.value(0).toString(), Qt::ISODate) : QDate();
}

Result<QList<AttendanceRecord>> AttendanceRepository::records(QDate first, QDate last) const
{
    using R = Result<QList<AttendanceRecord>>;
    if (Status allowed = Access::require(m_db.actor(), Permission::ViewRoster); !allowed)
        return R::failure(allowed.error());
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT child_id, day, status, arrival, departure, check_result, check_note, temperature_tenths, "
                  "hours, symptom, note FROM attendance WHERE day BETWEEN ? AND ? ORDER BY day, child_id"_s);
    if (Status s = Sql::exec(query, {Sql::date(first), Sql::date(last)}); !s)
        return R::failure(s.error());
    QList<AttendanceRecord> list;
    while (query.next()) {
        AttendanceRecord r;
        r.childId = query.value(0).toLongLong();
        r.day = QDate::fromString(query.value(1).toString(), Qt::ISODate);
        r.status = AttendanceStatuses::fromKey(query.value(2).toString()).value_or(AttendanceStatus::Other);
        r.arrival = QTime::fromString(query.value(3).toString(), u"HH:mm"_s);
        r.departure = QTime::fromString(query.value(4).toString(), u"HH:mm"_s);
        if (!query.value(5).isNull())
            r.checkNormal = query.value(5).toString() == u"normal";
        r.checkNote = query.value(6).toString();
        r.temperatureTenths = optionalInt(query.value(7));
        r.hours = optionalInt(query.value(8));
        r.symptom = query.value(9).toString();
        r.note = query.value(10).toString();
        list << r;
    }
    return list;
}

Result<QList<SickAbsence>> AttendanceRepository::sickAbsences(QDate first, QDate last) const
{
    using R = Result<QList<SickAbsence>>;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    query.prepare(
        u"SELECT a.child_id, p.class_id, a.day, a.symptom FROM attendance a JOIN placements p "
        "ON p.child_id = a.child_id AND p.valid_from <= a.day AND (p.valid_to IS NULL OR p.valid_to >= a.day) "
        "WHERE a.status = 'sick' AND a.day BETWEEN ? AND ? ORDER BY a.day, a.child_id"_s);
    if (Status s = Sql::exec(query, {Sql::date(first), Sql::date(last)}); !s)
        return R::failure(s.error());
    QList<SickAbsence> absences;
    while (query.next())
        absences << SickAbsence {query.value(0).toLongLong(), query.value(1).toLongLong(),
                                 QDate::fromString(query.value(2).toString(), Qt::ISODate), query.value(3).toString()};
    return absences;
}
