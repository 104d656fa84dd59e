#include "AttendanceMonth.h"

#include "AttendanceRecord.h"
#include "access/Access.h"
#include "common/Clock.h"
#include "store/CalendarRepository.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QSqlQuery>
#include <algorithm>
#include <array>
#include <optional>
#include <tuple>

using namespace Qt::StringLiterals;

AttendanceCounts& AttendanceCounts::operator+=(const AttendanceCounts& o)
{
    expected += o.expected;
    present += o.present;
    sick += o.sick;
    personal += o.personal;
    other += o.other;
    notRecorded += o.notRecorded;
    upcoming += o.upcoming;
    hours += o.hours;
    return *this;
}

namespace {

constexpr int NoRow = -1;

void sortByChild(QList<AttendanceDay>& days)
{
    std::sort(days.begin(), days.end(), [](const AttendanceDay& a, const AttendanceDay& b) {
        return std::tie(a.childName, a.childId, a.day) < std::tie(b.childName, b.childId, b.day);
    });
}

// One child's month as it is worked out: for each day of the month, the row (child in a class) counting it.
struct ChildDays
{
    QString name;
    std::array<int, 31> row;
    std::array<CareType, 31> careType {};
    std::array<int, 31> hours {};
    std::array<std::optional<AttendanceStatus>, 31> status {};

    ChildDays() { row.fill(NoRow); }
};

struct Builder
{
    Month month;
    QDate today;
    std::array<bool, 31> careDay {};
    QHash<qint64, ChildDays> children;
    QList<ChildAttendance> rows;
    QList<qint64> rowClass;
    QHash<QPair<qint64, qint64>, int> rowOf; // (class, child) → row
    QHash<qint64, QString> classNames;
    AttendanceMonthSummary summary;

    QDate dayOf(int index) const { return month.firstDay().addDays(index); }

    // A placement from first to last (inside the month and the enrolment), both included.
    void place(qint64 childId, const QString& name, const QString& idNumber, qint64 classId, CareType careType,
               QDate first, QDate last)
    {
        const auto key = qMakePair(classId, childId);
        int row = rowOf.value(key, NoRow);
        if (row == NoRow) {
            row = int(rows.size());
            rowOf.insert(key, row);
            rows.append(
                ChildAttendance {childId, name, idNumber, careType, {}, QList<AttendanceCell>(month.daysInMonth())});
            rowClass.append(classId);
        }
        ChildDays& days = children[childId];
        days.name = name;
        for (int d = first.day() - 1; d < last.day(); ++d) {
            days.row[d] = row;
            days.careType[d] = careType;
            if (careDay[d] && dayOf(d) <= today)
                ++rows[row].counts.expected;
        }
        // Placements come in date order, so the last one sets the care type shown.
        rows[row].careType = careType;
    }

    void record(qint64 childId, int day, AttendanceStatus status, int hours)
    {
        const auto found = children.find(childId);
        const bool inMonth = day >= 0 && day < month.daysInMonth();
        const int row = found == children.end() || !inMonth ? NoRow : found->row[day];
        if (row == NoRow || !careDay[day]) {
            const QString name = found == children.end() ? QString() : found->name;
            summary.outside.append({childId, name, inMonth ? dayOf(day) : QDate(), row == NoRow ? 0 : rowClass[row]});
            return;
        }
        found->status[day] = status;
        AttendanceCounts& c = rows[row].counts;
        if (dayOf(day) > today)
            ++c.expected;
        switch (status) {
        case AttendanceStatus::Present:
            ++c.present;
            break;
        case AttendanceStatus::Sick:
            ++c.sick;
            break;
        case AttendanceStatus::Personal:
            ++c.personal;
            break;
        case AttendanceStatus::Other:
            ++c.other;
            break;
        }
        if (found->careType[day] == CareType::Hourly || found->careType[day] == CareType::Home) {
            found->hours[day] = hours;
            c.hours += hours;
        }
    }

    // Fills each row's days from the row counting each day, and lists the gaps.
    void collectDays()
    {
        for (auto it = children.cbegin(); it != children.cend(); ++it) {
            for (int d = 0; d < month.daysInMonth(); ++d) {
                const int row = it->row[d];
                if (row == NoRow || !careDay[d])
                    continue;
                AttendanceCell& cell = rows[row].days[d];
                cell.careType = it->careType[d];
                if (it->status[d]) {
                    cell.kind = AttendanceCell::Kind::Recorded;
                    cell.status = *it->status[d];
                    cell.hours = it->hours[d];
                    continue;
                }
                if (dayOf(d) > today) {
                    cell.kind = AttendanceCell::Kind::Upcoming;
                    ++rows[row].counts.upcoming;
                    continue;
                }
                cell.kind = AttendanceCell::Kind::Gap;
                ++rows[row].counts.notRecorded;
                summary.gaps.append({it.key(), it->name, dayOf(d), rowClass[row]});
            }
        }
        sortByChild(summary.gaps);
    }

    void collectClasses()
    {
        QHash<qint64, int> classIndex;
        for (int r = 0; r < rows.size(); ++r) {
            const qint64 classId = rowClass[r];
            int index = classIndex.value(classId, NoRow);
            if (index == NoRow) {
                index = int(summary.classes.size());
                classIndex.insert(classId, index);
                summary.classes.append(ClassAttendance {classId, classNames.value(classId), {}, {}});
            }
            summary.classes[index].totals += rows[r].counts;
            summary.classes[index].children.append(rows[r]);
        }
        for (ClassAttendance& c : summary.classes) {
            std::sort(c.children.begin(), c.children.end(), [](const ChildAttendance& a, const ChildAttendance& b) {
                return std::tie(a.name, a.childId) < std::tie(b.name, b.childId);
            });
        }
        std::sort(summary.classes.begin(), summary.classes.end(),
                  [](const ClassAttendance& a, const ClassAttendance& b) { return a.name < b.name; });
    }
};

QDate isoDate(const QVariant& value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

// Runs a statement whose :first and :last are the month's first and last days.
Status execForMonth(QSqlQuery& query, const QString& statement, Month month)
{
    query.setForwardOnly(true);
    query.prepare(statement);
    query.bindValue(u":first"_s, Sql::date(month.firstDay()));
    query.bindValue(u":last"_s, Sql::date(month.lastDay()));
    return query.exec() ? Status() : Sql::failure(query);
}

Status loadPlacements(Database& db, Builder& b)
{
    QSqlQuery query(db.connection());
    // Placements and enrolments that overlap the month; a child's days are those both cover.
    const QString statement(
        u"SELECT p.child_id, c.name, c.id_number, c.enrolled_on, c.withdrawn_on, p.class_id, cl.name, "
        "p.care_type, p.valid_from, p.valid_to "
        "FROM placements p JOIN children c ON c.id = p.child_id JOIN classes cl ON cl.id = p.class_id "
        "WHERE p.valid_from <= :last AND (p.valid_to IS NULL OR p.valid_to >= :first) "
        "AND c.enrolled_on IS NOT NULL AND c.enrolled_on <= :last "
        "AND (c.withdrawn_on IS NULL OR c.withdrawn_on >= :first) "
        "ORDER BY p.child_id, p.valid_from"_s);
    if (Status s = execForMonth(query, statement, b.month); !s)
        return s;
    while (query.next()) {
        const QDate withdrawn = isoDate(query.value(4));
        const QDate to = isoDate(query.value(9));
        const QDate first = std::max({b.month.firstDay(), isoDate(query.value(3)), isoDate(query.value(8))});
        QDate last = b.month.lastDay();
        if (withdrawn.isValid())
            last = std::min(last, withdrawn);
        if (to.isValid())
            last = std::min(last, to);
        if (first > last)
            continue;
        const qint64 classId = query.value(5).toLongLong();
        b.classNames.insert(classId, query.value(6).toString());
        b.place(query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toString(), classId,
                RosterTypes::careTypeFromKey(query.value(7).toString()).value_or(CareType::FullDay), first, last);
    }
    return {};
}

Status loadRecords(Database& db, Builder& b)
{
    QSqlQuery query(db.connection());
    // The status as its AttendanceStatus value, and no join: this reads every record of the month.
    const QString statement(u"SELECT child_id, CAST(substr(day, 9, 2) AS INTEGER), "
                            "CASE status WHEN 'present' THEN 0 WHEN 'sick' THEN 1 WHEN 'personal' THEN 2 ELSE 3 END, "
                            "hours FROM attendance WHERE day BETWEEN :first AND :last"_s);
    if (Status s = execForMonth(query, statement, b.month); !s)
        return s;
    while (query.next())
        b.record(query.value(0).toLongLong(), query.value(1).toInt() - 1,
                 static_cast<AttendanceStatus>(query.value(2).toInt()), query.value(3).toInt());
    return {};
}

// Names the children whose records fell outside the month's counts and who were in no class this month.
Status nameOutsideRecords(Database& db, Builder& b)
{
    const auto unnamed = [](const AttendanceDay& d) { return d.childName.isEmpty(); };
    if (std::none_of(b.summary.outside.cbegin(), b.summary.outside.cend(), unnamed))
        return {};
    QSqlQuery query(db.connection());
    const QString statement(u"SELECT id, name FROM children c WHERE EXISTS (SELECT 1 FROM attendance "
                            "WHERE child_id = c.id AND day BETWEEN :first AND :last)"_s);
    if (Status s = execForMonth(query, statement, b.month); !s)
        return s;
    QHash<qint64, QString> names;
    while (query.next())
        names.insert(query.value(0).toLongLong(), query.value(1).toString());
    for (AttendanceDay& d : b.summary.outside) {
        if (unnamed(d))
            d.childName = names.value(d.childId);
    }
    return {};
}

} // namespace

Result<AttendanceMonthSummary> AttendanceMonth::compute(Database& db, Month month)
{
    using Outcome = Result<AttendanceMonthSummary>;
    if (Status allowed = Access::require(db.actor(), Permission::ViewRoster); !allowed)
        return Outcome::failure(allowed.error());
    if (!month.isValid())
        return Outcome::failure(tr("No month was given."));
    const Result<CareCalendar> calendar = CalendarRepository(db).load();
    if (!calendar)
        return Outcome::failure(calendar.error());
    Builder b;
    b.month = month;
    b.today = Clock::today();
    b.summary.month = month;
    b.summary.careDays = calendar->careDays(month);
    for (const QDate& day : b.summary.careDays)
        b.careDay[day.day() - 1] = true;
    if (Status s = loadPlacements(db, b); !s)
        return Outcome::failure(s.error());
    if (Status s = loadRecords(db, b); !s)
        return Outcome::failure(s.error());
    if (Status s = nameOutsideRecords(db, b); !s)
        return Outcome::failure(s.error());
    b.collectDays();
    b.collectClasses();
    sortByChild(b.summary.outside);
    return b.summary;
}
