#include "DailySheet.h"

#include "AttendanceRepository.h"
#include "access/Access.h"
#include "store/CalendarRepository.h"
#include "store/ClosedMonths.h"
#include "store/Database.h"
#include "store/Sql.h"

#include <QHash>
#include <QLocale>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace {

bool mayOpen(const Actor& actor, qint64 classId)
{
    return actor.system || actor.role != Role::Caregiver || actor.classIds.contains(classId);
}

Status loadChildren(Database& db, DailySheet& sheet)
{
    QSqlQuery query(db.connection());
    query.setForwardOnly(true);
    query.prepare(u"SELECT c.id, c.name, p.care_type FROM placements p JOIN children c ON c.id = p.child_id "
                  "WHERE p.class_id = :class AND p.valid_from <= :day AND (p.valid_to IS NULL OR p.valid_to >= :day) "
                  "AND c.enrolled_on IS NOT NULL AND c.enrolled_on <= :day "
                  "AND (c.withdrawn_on IS NULL OR c.withdrawn_on >= :day) ORDER BY c.name, c.id"_s);
    query.bindValue(u":class"_s, sheet.classId);
    query.bindValue(u":day"_s, Sql::date(sheet.day));
    if (!query.exec())
        return Sql::failure(query);
    while (query.next())
        sheet.children << SheetChild {
            query.value(0).toLongLong(), query.value(1).toString(),
            RosterTypes::careTypeFromKey(query.value(2).toString()).value_or(CareType::FullDay), std::nullopt};
    return {};
}

} // namespace

QString DailySheet::noSheetReason() const
{
    const QString date = QLocale().toString(day, QLocale::LongFormat);
    switch (kind) {
    case CareCalendar::DayKind::CareDay:
    case CareCalendar::DayKind::MakeUpWorkday:
        return {};
    case CareCalendar::DayKind::Weekend:
        return tr("%1 is a weekend day: no care, no attendance sheet.").arg(date);
    case CareCalendar::DayKind::Holiday:
        return tr("%1 is a public holiday: no care, no attendance sheet.").arg(date);
    case CareCalendar::DayKind::Closure:
        return tr("The institution is closed on %1 (%2): no attendance sheet.").arg(date, closureReason);
    }
    return {};
}

Result<DailySheet> DailySheet::load(Database& db, qint64 classId, QDate day)
{
    using R = Result<DailySheet>;
    if (Status allowed = Access::require(db.actor(), Permission::ViewRoster); !allowed)
        return R::failure(allowed.error());
    if (!mayOpen(db.actor(), classId))
        return R::failure(tr("%1 is not assigned to this class.").arg(db.actor().name));
    const Result<CareCalendar> calendar = CalendarRepository(db).load();
    if (!calendar)
        return R::failure(calendar.error());
    DailySheet sheet;
    sheet.classId = classId;
    sheet.day = day;
    sheet.kind = calendar->kind(day);
    sheet.closureReason = calendar->closures().value(day);
    if (!sheet.isCareDay())
        return sheet;
    const Result<ClosedMonths> closed = ClosedMonths::load(db);
    if (!closed)
        return R::failure(closed.error());
    if (Status open = closed->requireOpen(Month::of(day)); !open)
        sheet.lockedReason = open.error();
    if (Status s = loadChildren(db, sheet); !s)
        return R::failure(s.error());
    const Result<QList<AttendanceRecord>> records = AttendanceRepository(db).records(day, day);
    if (!records)
        return R::failure(records.error());
    QHash<qint64, qsizetype> rowOf;
    for (qsizetype i = 0; i < sheet.children.size(); ++i)
        rowOf.insert(sheet.children.at(i).childId, i);
    for (const AttendanceRecord& r : records.value())
        if (const auto row = rowOf.constFind(r.childId); row != rowOf.cend())
            sheet.children[*row].saved = r;
    return sheet;
}
